/**
 * One generation of the long-running-operation fixture (test/specs/lro/purview-lro.yaml) shared by a test
 * file: written into a scratch folder in the repository (so `@azure/*` resolve), checked by the real
 * `tsc --strict`, and its compiled service entry imported.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/index.ts";
import type { IrService } from "../../../generator/model/ir.ts";
import { createWorkspace, generatePackage, runTsc, writeSpecs } from "../../hostile/support/generated-package.ts";
import { REPO_ROOT } from "../../support/pipeline.ts";

export const LRO_SPEC = path.join(REPO_ROOT, "test/specs/lro/purview-lro.yaml");
export const SERVICE = "purview-lro";

export interface LroPackage {
  outDir: string;
  service: IrService;
  warnings: Diagnostic[];
  tsc: { status: number | null; output: string };
  /** The compiled service entry (`dist/purview-lro/index.js`). */
  entry: Record<string, unknown>;
  /** The compiled mocks entry. */
  mocks: Record<string, unknown>;
}

export function useLroPackage(label: string, options: { tsc?: boolean } = {}): LroPackage {
  const generated = {} as LroPackage;
  const workspace = createWorkspace(label);
  beforeAll(async () => {
    const specs = writeSpecs(workspace.dir, "specs", [{ service: SERVICE, file: "purview-lro.yaml", text: readFileSync(LRO_SPEC, "utf8") }]);
    const result = await generatePackage(workspace.dir, specs);
    generated.outDir = result.outDir;
    generated.service = result.ir.services[0]!;
    generated.warnings = result.warnings;
    generated.tsc = options.tsc === false ? { status: null, output: "not run" } : runTsc(result.outDir);
    generated.entry = (await import(pathToFileURL(path.join(result.outDir, "dist", SERVICE, "index.js")).href)) as Record<string, unknown>;
    generated.mocks = (await import(pathToFileURL(path.join(result.outDir, "dist", SERVICE, "mocks.js")).href)) as Record<string, unknown>;
  }, 180_000);
  afterAll(() => workspace.dispose());
  return generated;
}
