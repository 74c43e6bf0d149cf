/**
 * A service with more than `SCHEMAS_PER_VALIDATORS_FILE` named schemas gets its validators split over parts
 * (`validators/part-<n>.ts`, `shared.ts`, `parameters.ts`) behind one public `validators.ts`. Here a synthetic spec
 * of 100 operations (460 named schemas) goes through the whole pipeline; the compiled package is imported and its
 * validators run on the mocks' own fixtures. (The split's cross-file imports are type-checked with
 * `noUnusedLocals` in differential.test.ts; its declarations against TypeScript's here.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSyntheticSpec, printSyntheticSpec } from "../../bench/synthetic/synthetic-spec.ts";
import { runPipeline } from "../../generator/core/index.ts";
import { SCHEMAS_PER_VALIDATORS_FILE } from "../../generator/emit/validators.ts";
import type { IrService } from "../../generator/model/ir.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { createWorkspace, writeSpecs } from "../hostile/support/generated-package.ts";
import { compareDeclarations } from "../support/declarations.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

const workspace = createWorkspace("split");
const outDir = path.join(workspace.dir, "out");
let service: IrService;

beforeAll(async () => {
  const text = printSyntheticSpec(makeSyntheticSpec({ operations: 100 }));
  const specs = writeSpecs(workspace.dir, "specs", [{ service: "synthetic", file: "synthetic.yaml", text }]);
  // No whole-program type-check here: the split's imports are type-checked in differential.test.ts.
  const result = await runPipeline({ inputs: [specs], outDir, cwd: REPO_ROOT });
  writeOutput(result.files, outDir);
  service = result.ir.services[0]!;
}, 120_000);
afterAll(() => workspace.dispose());

describe("validators of a large service, split over files", () => {
  it("writes parts of at most the limit's schemas behind a validators.ts of re-exports only", () => {
    const named = Object.keys(service.schemas).length;
    expect(named).toBeGreaterThan(SCHEMAS_PER_VALIDATORS_FILE);
    const parts = readdirSync(path.join(outDir, "src/synthetic/2024-01-01/validators")).sort();
    expect(parts.filter((f) => f.startsWith("part-"))).toHaveLength(Math.ceil(named / SCHEMAS_PER_VALIDATORS_FILE));
    expect(parts).toContain("parameters.ts");
    const index = readFileSync(path.join(outDir, "src/synthetic/2024-01-01/validators.ts"), "utf8");
    const statements = index.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("//"));
    expect(statements.every((line) => /^export \{ [\w$, ]+ \} from "\.\/validators\/[\w-]+\.js";$/.test(line))).toBe(true);
  });

  it("exports every guard and validator from the public module, and nothing internal", async () => {
    const validators = (await import(pathToFileURL(path.join(outDir, "dist/synthetic/validators.js")).href)) as Record<string, unknown>;
    const expected = [
      ...Object.values(service.schemas).flatMap((s) => [s.guardName, s.validatorName]),
      ...service.operations.map((op) => op.parametersValidatorName),
      service.clientParametersValidatorName,
    ].sort();
    expect(Object.keys(validators).sort()).toEqual(expected);
    for (const name of expected) expect(typeof validators[name], name).toBe("function");
  });

  it("accepts the mocks' success fixtures and rejects a wrong type, across parts", async () => {
    const validators = (await import(pathToFileURL(path.join(outDir, "dist/synthetic/validators.js")).href)) as Record<string, (value: unknown) => { valid: boolean }>;
    let checked = 0;
    const stored = JSON.parse(readFileSync(path.join(outDir, "fixtures/synthetic/2024-01-01.json"), "utf8")) as Record<string, Record<string, { body?: unknown }>>;
    for (const op of service.operations) {
      const ok = op.responses.find((r) => r.status === "200" && r.schema?.kind === "ref");
      if (!ok || ok.schema?.kind !== "ref" || !Object.hasOwn(stored, op.operationId)) continue;
      const fixture = stored[op.operationId]!["200"];
      if (!fixture) continue;
      const validate = validators[service.schemas[ok.schema.ref]!.validatorName]!;
      expect(validate(fixture.body).valid, op.operationId).toBe(true);
      expect(validate(42).valid, op.operationId).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("writes TypeScript's declarations for every part (token by token)", () => {
    expect(compareDeclarations(outDir).mismatches).toEqual([]);
  });
});
