/**
 * The loader on Azure's real upstream files (a partial checkout) and on small cross-file fixtures:
 * refs resolved from each file's own folder and confined to the spec root, names kept, loading limited to what
 * the chosen operations reach, path parameters from common-types, lazy examples, sanitised definition names.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SpecError, type Diagnostic } from "../../generator/diagnostics/index.ts";
import { loadSpec, type LoadedSpec } from "../../generator/load/index.ts";
import { resolvePointer } from "../../generator/util/json-pointer.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { upstreamOperation } from "./support/upstream.ts";

const temp = mkdtempSync(path.join(os.tmpdir(), "oagen-load-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function write(rel: string, value: unknown): string {
  const file = path.join(temp, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

async function loadFails(file: string, options: Parameters<typeof loadSpec>[2] = {}): Promise<Diagnostic[]> {
  try {
    await loadSpec(file, REPO_ROOT, options);
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics;
    throw e;
  }
  throw new Error("expected the load to fail");
}

/** Every `$ref` in the document resolves inside it. */
function danglingRefs(document: unknown): string[] {
  const out: string[] = [];
  const stack = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const ref = (node as Record<string, unknown>)["$ref"];
    if (typeof ref === "string" && (!ref.startsWith("#") || resolvePointer(document, ref) === undefined)) out.push(ref);
    for (const [key, child] of Object.entries(node)) if (key !== "x-ms-examples") stack.push(child);
  }
  return out;
}

const swagger = (paths: unknown, extra: Record<string, unknown> = {}) => ({
  swagger: "2.0",
  info: { title: "Refs", version: "2024-01-01" },
  host: "management.azure.com",
  schemes: ["https"],
  paths,
  ...extra,
});
const getThing = (schemaRef: string) => ({
  "/things": { get: { operationId: "Things_Get", responses: { "200": { description: "OK", schema: { $ref: schemaRef } } } } },
});

describe("$ref confinement to the spec root (issue 13, finding 1)", () => {
  const secret = write("outside/secret.json", { definitions: { Secret: { type: "string", description: "TOP-SECRET-CONTENT" } } });
  const root = path.join(temp, "root");
  const cases: [string, string, string][] = [
    ["an absolute path", "/etc/passwd-oagen-does-not-exist", "ref-absolute"],
    ["an absolute path to a real file", `${secret}#/definitions/Secret`, "ref-absolute"],
    ["a file: URL", `file://${secret}#/definitions/Secret`, "ref-url"],
    ["an http URL", "http://169.254.169.254/latest/meta-data#/x", "ref-url"],
    ["an https URL", "https://example.com/spec.json#/definitions/X", "ref-url"],
    ["../ past the root", "../outside/secret.json#/definitions/Secret", "ref-outside-root"],
    ["../ past the root to a file that does not exist", "../nowhere/missing.json#/definitions/X", "ref-outside-root"],
    ["an encoded ../", "%2e%2e/outside/secret.json#/definitions/Secret", "ref-outside-root"],
  ];
  it.each(cases)("refuses %s before reading anything", async (_name, ref, code) => {
    const file = write(`root/${code}-${Math.random().toString(36).slice(2)}.json`, swagger(getThing(ref)));
    const diagnostics = await loadFails(file, { specRoot: root });
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    expect(diagnostics[0]).toMatchObject({ severity: "error", pointer: "#/paths/~1things/get/responses/200/schema/$ref", line: expect.any(Number) });
    // Refused on the text of the ref: a missing target is not reported as missing (it was never looked up).
    expect(JSON.stringify(diagnostics)).not.toContain("TOP-SECRET-CONTENT");
    expect(diagnostics[0]!.hint).toContain("spec root");
  });

  it("refuses a symbolic link inside the root that points out of it", async () => {
    mkdirSync(path.join(temp, "root/links"), { recursive: true });
    symlinkSync(secret, path.join(temp, "root/links/secret.json"));
    const file = write("root/link.json", swagger(getThing("./links/secret.json#/definitions/Secret")));
    expect((await loadFails(file, { specRoot: root })).map((d) => d.code)).toEqual(["ref-outside-root"]);
  });

  it("refuses refs outside the root from a referenced file and from x-ms-examples too", async () => {
    write("root/nested/types.json", { definitions: { Thing: { $ref: "../../outside/secret.json#/definitions/Secret" } } });
    const nested = write("root/nested-user.json", swagger(getThing("./nested/types.json#/definitions/Thing")));
    const fromNested = await loadFails(nested, { specRoot: root });
    expect(fromNested.map((d) => [d.code, d.file.endsWith("nested/types.json")])).toEqual([["ref-outside-root", true]]);

    const paths = getThing("#/definitions/Thing") as Record<string, Record<string, Record<string, unknown>>>;
    paths["/things"]!["get"]!["x-ms-examples"] = { leak: { $ref: "../outside/secret.json" } };
    const examples = write("root/examples-escape.json", swagger(paths, { definitions: { Thing: { type: "string" } } }));
    expect((await loadFails(examples, { specRoot: root })).map((d) => d.code)).toEqual(["ref-outside-root"]);
  });

  it("a spec file's default root is its folder (its own relative refs inside it still work)", async () => {
    write("plain/types.json", { definitions: { Thing: { type: "string" } } });
    const inside = write("plain/spec.json", swagger(getThing("./types.json#/definitions/Thing")));
    const loaded = await loadSpec(inside, REPO_ROOT);
    expect(loaded.specRoot).toBe(path.join(temp, "plain"));
    expect(loaded.document["definitions"]).toEqual({ Thing: { type: "string" } });
    const escaping = write("plain/escape.json", swagger(getThing("../outside/secret.json#/definitions/Secret")));
    expect((await loadFails(escaping)).map((d) => d.code)).toEqual(["ref-outside-root"]);
  });
});

describe("cross-file bundling", () => {
  it("keeps definition names, resolves refs from each file's folder, and copies recursive definitions once", async () => {
    write("bundle/common/types.json", {
      parameters: { SubscriptionId: { name: "subscriptionId", in: "path", required: true, type: "string" } },
      definitions: {
        ErrorDetail: { type: "object", properties: { code: { type: "string" }, details: { type: "array", items: { $ref: "#/definitions/ErrorDetail" } } } },
        ErrorResponse: { type: "object", properties: { error: { $ref: "#/definitions/ErrorDetail" } } },
        Unused: { type: "string" },
      },
    });
    write("bundle/svc/stable/entity.json", { definitions: { Thing: { type: "object", properties: { name: { type: "string" } } }, ErrorResponse: { type: "string" } } });
    const file = write(
      "bundle/svc/stable/spec.json",
      swagger({
        "/subscriptions/{subscriptionId}/things": {
          get: {
            operationId: "Things_List",
            parameters: [{ $ref: "../../common/types.json#/parameters/SubscriptionId" }],
            responses: {
              "200": { description: "OK", schema: { $ref: "./entity.json#/definitions/Thing" } },
              default: { description: "Error", schema: { $ref: "../../common/types.json#/definitions/ErrorResponse" } },
            },
          },
        },
        "/other": { get: { operationId: "Other_Get", responses: { "200": { description: "OK", schema: { $ref: "./entity.json#/definitions/ErrorResponse" } } } } },
      }),
    );
    const loaded = await loadSpec(file, REPO_ROOT, { specRoot: path.join(temp, "bundle") });
    const definitions = loaded.document["definitions"] as Record<string, unknown>;
    // Two files name a definition ErrorResponse: the second is renamed, and its original name kept for the model.
    expect(Object.keys(definitions).sort()).toEqual(["ErrorDetail", "ErrorResponse", "ErrorResponse_2", "Thing"]);
    expect(Object.values(loaded.originalNames)).toEqual(["ErrorResponse"]);
    expect(danglingRefs(loaded.document)).toEqual([]);
    expect(loaded.document["parameters"]).toEqual({ SubscriptionId: { name: "subscriptionId", in: "path", required: true, type: "string" } });
  });

  it("follows discriminator subtypes of a reached base in the files it read", async () => {
    write("poly/types.json", {
      definitions: {
        Pet: { type: "object", discriminator: "kind", required: ["kind"], properties: { kind: { type: "string" } } },
        Cat: { "x-ms-discriminator-value": "cat", allOf: [{ $ref: "#/definitions/Pet" }], properties: { meows: { type: "boolean" } } },
        Rock: { type: "string" },
      },
    });
    const file = write("poly/spec.json", swagger(getThing("./types.json#/definitions/Pet")));
    const loaded = await loadSpec(file, REPO_ROOT);
    expect(Object.keys(loaded.document["definitions"] as object).sort()).toEqual(["Cat", "Pet"]);
  });

  it("bounds the copies of places inlined from other files (a 2^30 fan-out stops at the value limit)", async () => {
    const levels: Record<string, unknown> = {};
    for (let i = 0; i < 30; i++) levels[`l${i}`] = { type: "object", properties: { a: { $ref: `#/l${i + 1}` }, b: { $ref: `#/l${i + 1}` } } };
    levels["l30"] = { type: "string" };
    write("fanout/other.json", levels);
    const file = write("fanout/spec.json", swagger(getThing("./other.json#/l0")));
    const diagnostics = await loadFails(file);
    expect(diagnostics.map((d) => d.code)).toEqual(["document-too-large"]);
  }, 600_000);

  it("reports a missing referenced file once, naming it, with a pointer to the ref", async () => {
    const file = write("missing/spec.json", swagger(getThing("./entityTypes/Pipeline.json#/definitions/Pipeline")));
    const diagnostics = await loadFails(file);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "missing-ref-file", pointer: "#/paths/~1things/get/responses/200/schema/$ref" });
    expect(diagnostics[0]!.message).toContain("entityTypes/Pipeline.json");
  });
});

describe("Azure's upstream files (partial checkout)", () => {
  const load = (service: string, operations?: string[]): Promise<LoadedSpec> =>
    loadSpec(upstreamOperation(service).file, REPO_ROOT, operations ? { operations } : {});

  it("datafactory.json: one operation loads, reading only the entity file it needs", async () => {
    const loaded = await load("datafactory", ["IntegrationRuntimes_RegenerateAuthKey"]);
    expect(Object.keys(loaded.document["paths"] as object)).toHaveLength(1);
    expect(Object.keys(loaded.document["definitions"] as object).sort()).toEqual(["CloudError", "CloudErrorBody", "IntegrationRuntimeAuthKeys", "IntegrationRuntimeRegenerateKeyParameters"]);
    expect(danglingRefs(loaded.document)).toEqual([]);
    // The one present example is loaded (inlined), and nothing warns.
    const op = Object.values(loaded.document["paths"] as Record<string, Record<string, Record<string, unknown>>>)[0]!["post"]!;
    expect(Object.values(op["x-ms-examples"] as object)[0]).toHaveProperty("responses.200.body");
    expect(loaded.warnings).toEqual([]);
  });

  it("datafactory.json whole: each absent entity file is one error naming it", async () => {
    const diagnostics = await loadFails(upstreamOperation("datafactory").file);
    expect(diagnostics.every((d) => d.code === "missing-ref-file")).toBe(true);
    expect(diagnostics.map((d) => /entityTypes\/(\w+)\.json/.exec(d.message)![1]).sort()).toEqual(["Credential", "DataFlow", "Dataset", "LinkedService", "ManagedPrivateEndpoint", "ManagedVirtualNetwork", "Pipeline", "Trigger"]);
  });

  it("apimtenant.json and workspaceRP.json: path parameters from common-types count, and the recursive ErrorDetail bundles", async () => {
    const apim = await load("apimanagement");
    expect(Object.keys(apim.document["paths"] as object).length).toBeGreaterThan(5);
    expect(danglingRefs(apim.document)).toEqual([]);
    expect(apim.document["definitions"]).toHaveProperty("ErrorDetail");
    const ml = await load("machinelearningservices", ["Workspaces_ListKeys", "Workspaces_Get", "Workspaces_ResyncKeys"]);
    expect(danglingRefs(ml.document)).toEqual([]);
  });

  it("unknown operation ids are reported with the close ones", async () => {
    const loaded = await load("deviceprovisioningservices", ["IotDpsResource_Listkeys"]);
    expect(loaded.missingOperations).toEqual(["IotDpsResource_Listkeys"]);
    expect(loaded.availableOperations).toContain("IotDpsResource_ListKeys");
  });

  it("iotdps.json: the invalid definition name is sanitised with one warning, its original name kept", async () => {
    const loaded = await load("deviceprovisioningservices");
    expect(loaded.warnings.map((d) => d.code)).toContain("invalid-definition-name");
    expect(loaded.warnings.filter((d) => d.code === "invalid-definition-name")).toHaveLength(1);
    expect(loaded.originalNames).toEqual({ "#/definitions/SharedAccessSignatureAuthorizationRule_AccessRightsDescription": "SharedAccessSignatureAuthorizationRule[AccessRightsDescription]" });
    expect(danglingRefs(loaded.document)).toEqual([]);
  });

  it("scanningService.json: every absent example file is one warning naming it; the present one is loaded", async () => {
    const loaded = await load("purview-scanning");
    const missing = loaded.warnings.filter((d) => d.code === "example-file-missing");
    expect(missing).toHaveLength(57);
    expect(new Set(missing.map((d) => d.pointer)).size).toBe(57);
    for (const d of missing) expect(d.message).toMatch(/examples\/[\w-]+\.json is not in the checkout/);
    expect(missing.map((d) => d.message).join("\n")).not.toContain("IntegrationRuntimes_ListAuthKeys.json");
  });
});
