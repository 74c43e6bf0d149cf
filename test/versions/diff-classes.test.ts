/**
 * `oagen diff` on the hand-made pairs of test/specs/versions/: base.yaml against each cases/<name>.yaml, one change
 * class (or one direction of one) per case. Each row lists every change the diff must report
 * (`code:severity:subject.path`, severity B = breaking, n = non-breaking), the exit code and the semver bump.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../generator/diff/index.ts";
import { diffExitCode } from "../../generator/cli/commands/diff.ts";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";

const DIR = path.join(REPO_ROOT, "test/specs/versions");

const CASES: [name: string, changes: string[], exit: number, bump: string][] = [
  ["no-change", [], 0, "none"],
  ["operation-added", ["operation-added:n:Keys_Get."], 1, "minor"],
  ["operation-removed", ["operation-removed:B:Keys_List."], 4, "major"],
  ["operation-renamed", ["operation-renamed:B:Keys_RotateKey."], 4, "major"],
  ["path-changed", ["path-changed:B:Keys_Rotate."], 4, "major"],
  ["method-changed", ["method-changed:B:Keys_Rotate."], 4, "major"],
  ["parameter-added-required", ["parameter-added:B:Keys_Rotate.parameters.region"], 4, "major"],
  ["parameter-added-optional", ["parameter-added:n:Keys_Rotate.parameters.region"], 1, "minor"],
  ["parameter-removed", ["parameter-removed:B:Keys_Rotate.parameters.dryRun"], 4, "major"],
  ["parameter-moved", ["parameter-moved:n:Keys_Rotate.parameters.dryRun"], 1, "patch"],
  // From the method's parameters object to the client options: where the caller passes it changes.
  ["parameter-moved-to-client", ["parameter-moved:B:Keys_Rotate.parameters.keyName"], 4, "major"],
  ["parameter-required-changed", ["parameter-required-changed:B:Keys_Rotate.parameters.dryRun"], 4, "major"],
  ["pattern-changed", ["pattern-changed:B:Keys_List.parameters.vaultName", "pattern-changed:B:Keys_Rotate.parameters.vaultName"], 4, "major"],
  ["pattern-removed", ["pattern-changed:n:Keys_List.parameters.vaultName", "pattern-changed:n:Keys_Rotate.parameters.vaultName"], 1, "patch"],
  ["enum-value-removed-request", ["enum-value-removed:B:KeyType."], 4, "major"],
  ["enum-value-added-request", ["enum-value-added:n:KeyType."], 1, "minor"],
  ["enum-value-added-closed-response", ["enum-value-added:B:KeyStatus."], 4, "major"],
  ["enum-value-added-extensible-response", ["enum-value-added:n:KeyOrigin."], 1, "minor"],
  ["enum-value-removed-closed-response", ["enum-value-removed:n:KeyStatus."], 1, "patch"],
  ["enum-extensibility-changed", ["enum-extensibility-changed:B:KeyStatus."], 4, "major"],
  ["constraint-narrowed-length", ["constraint-narrowed:B:Keys_List.parameters.vaultName", "constraint-narrowed:B:Keys_Rotate.parameters.vaultName"], 4, "major"],
  ["constraint-narrowed-range", ["constraint-narrowed:B:RotateRequest.keySize"], 4, "major"],
  ["constraint-widened", ["constraint-widened:n:Keys_List.parameters.vaultName", "constraint-widened:n:Keys_Rotate.parameters.vaultName"], 1, "patch"],
  ["property-added-response", ["property-added:n:KeyBundle.updated"], 1, "minor"],
  ["property-added-required-request", ["property-added:B:RotateRequest.reason"], 4, "major"],
  ["property-removed", ["property-removed:B:KeyBundle.created"], 4, "major"],
  ["type-changed", ["type-changed:B:RotateRequest.keySize"], 4, "major"],
  ["property-required-changed-request", ["property-required-changed:B:RotateRequest.keySize"], 4, "major"],
  ["property-required-changed-response", ["property-required-changed:B:KeyBundle.kid"], 4, "major"],
  ["nullable-changed", ["nullable-changed:B:KeyBundle.created"], 4, "major"],
  ["secret-changed", ["secret-changed:B:KeyBundle.value"], 4, "major"],
  ["error-model-changed", ["error-model-changed:B:Keys_Rotate.error", "schema-added:n:ErrorResponse."], 4, "major"],
  ["paging-changed", ["paging-changed:B:Keys_List.paging", "property-removed:B:KeyList.nextLink"], 4, "major"],
  // A long-running operation's method becomes begin<Method>: the rename is reported too.
  ["lro-changed", ["operation-renamed:B:Keys_Rotate.", "lro-changed:B:Keys_Rotate.lro"], 4, "major"],
  ["default-api-version-changed", ["default-api-version-changed:n:keys."], 1, "minor"],
  ["schema-removed", ["constraint-widened:n:KeyBundle.origin", "schema-removed:B:KeyOrigin."], 4, "major"],
  // A 202 without a body: the method may now resolve to undefined.
  ["response-added", ["response-added:B:Keys_Rotate.responses.202"], 4, "major"],
  // A 202 with the 200's body: the result type is the same.
  ["response-added-same-body", ["response-added:n:Keys_Rotate.responses.202"], 1, "minor"],
];

const diff = async (name: string) => (await diffSpecs({ old: "base.yaml", new: `cases/${name}.yaml`, cwd: DIR })).report;

describe("oagen diff: every change class on a hand-made pair", () => {
  it.each(CASES)("%s", async (name, expected, exit, bump) => {
    const report = await diff(name);
    expect(report.changes.map((c) => `${c.code}:${c.severity === "breaking" ? "B" : "n"}:${c.subject.name}.${c.path}`)).toEqual(expected);
    expect(diffExitCode(report.summary)).toBe(exit);
    expect(report.summary.bump).toBe(bump);
    for (const c of report.changes) {
      // Every change names its place in both specs.
      expect(c.old?.file).toBe("base.yaml");
      expect(c.new?.file).toBe(`cases/${name}.yaml`);
      expect(c.old?.pointer).toMatch(/^#/);
      expect(c.new?.pointer).toMatch(/^#/);
      expect(c.message).not.toBe("");
    }
  });

  it("reports both patterns and their pointers for a changed pattern", async () => {
    const change = (await diff("pattern-changed")).changes.find((c) => c.subject.name === "Keys_Rotate")!;
    expect(change.old).toEqual({ file: "base.yaml", pointer: "#/components/parameters/vaultName/schema", value: "^[a-z][a-z0-9-]*$" });
    expect(change.new).toEqual({ file: "cases/pattern-changed.yaml", pointer: "#/components/parameters/vaultName/schema", value: "^[a-z][a-z0-9]*$" });
    expect(change.message).toContain('"^[a-z][a-z0-9-]*$"');
    expect(change.message).toContain('"^[a-z][a-z0-9]*$"');
  });

  it("points at the removed property in the old spec and at its parent in the new one", async () => {
    const [change] = (await diff("property-removed")).changes;
    expect(change!.old!.pointer).toBe("#/components/schemas/KeyBundle/properties/created");
    expect(change!.new!.pointer).toBe("#/components/schemas/KeyBundle");
    expect(change!.direction).toBe("response");
  });

  it("names the old and new operation of a rename", async () => {
    const [change] = (await diff("operation-renamed")).changes;
    expect(change!.old).toMatchObject({ pointer: "#/paths/~1vaults~1{vaultName}~1keys~1{keyName}~1rotate/post", value: "Keys_Rotate (keys.rotate)" });
    expect(change!.new).toMatchObject({ pointer: "#/paths/~1vaults~1{vaultName}~1keys~1{keyName}~1rotate/post", value: "Keys_RotateKey (keys.rotateKey)" });
  });

  it.each([
    ["no-change", 0, /No changes\.\n0 breaking, 0 non-breaking\. Implied semver bump: none\./],
    ["operation-added", 1, /Non-breaking changes \(1\):[\s\S]*Implied semver bump: minor\.\n$/],
    ["pattern-changed", 4, /Breaking changes \(2\):[\s\S]*old: base\.yaml#\/components\/parameters\/vaultName\/schema[\s\S]*Implied semver bump: major\.\n$/],
  ])("the CLI exits %s → %i and ends with the bump", async (name, code, text) => {
    const result = await runCli(["diff", "base.yaml", `cases/${name}.yaml`], DIR);
    expect(result.stdout).toMatch(text);
    expect(result.code).toBe(code);
  });

  it("--json prints the documented document", async () => {
    const result = await runCli(["diff", "base.yaml", "cases/secret-changed.yaml", "--json"], DIR);
    expect(result.code).toBe(4);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["oagenDiff", "old", "new", "changes", "summary"]);
    expect(json.oagenDiff).toBe(1);
    expect(json.old).toEqual({ input: "base.yaml", services: [{ name: "keys", apiVersion: "2024-01-01", specFile: "base.yaml" }] });
    expect(json.summary).toEqual({ breaking: 1, nonBreaking: 0, bump: "major" });
    expect(json.changes[0]).toEqual({
      code: "secret-changed",
      severity: "breaking",
      bump: "major",
      service: "keys",
      subject: { kind: "schema", name: "KeyBundle" },
      path: "value",
      direction: "response",
      message: "KeyBundle value: no longer marked secret (its values are no longer masked).",
      old: { file: "base.yaml", pointer: "#/components/schemas/KeyBundle/properties/value", value: true },
      new: { file: "cases/secret-changed.yaml", pointer: "#/components/schemas/KeyBundle/properties/value", value: false },
      facts: { secret: false },
    });
  });

  it("refuses a missing argument with exit 2", async () => {
    expect((await runCli(["diff", "base.yaml"], DIR)).code).toBe(2);
  });
});
