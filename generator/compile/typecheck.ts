/**
 * The whole-program strict type-check of a generated package, in memory. Not needed to write files (each file
 * compiles on its own, see transpile.ts); the test suite runs it on every output and `oagen generate --typecheck`
 * runs it on request. The sources are placed under a virtual folder inside the oagen package, so the packages the
 * output depends on (`@azure/*`, `msw`) resolve from oagen's own dependencies wherever the output goes. Output
 * that does not type-check is a generator bug (exit 3).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ts } from "ts-morph";
import { GENERATED_COMPILER_OPTIONS, PLATFORM_GLOBALS_FILE } from "../emit/compiler-options.js";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";

const VIRTUAL_ROOT = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), ".typecheck");

export function typecheckUnits(units: readonly TextUnit[]): void {
  // ts-morph (and TypeScript with it) is loaded for the type-check only: a run without it never needs them.
  const { Project, ts } = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");
  const root = VIRTUAL_ROOT;
  const options = { ...generatedCompilerOptions(ts, root), noEmit: true, declaration: false, resolveJsonModule: true };
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true });
  for (const unit of units) {
    const checked = (unit.path.startsWith("src/") && unit.path.endsWith(".ts")) || unit.path === PLATFORM_GLOBALS_FILE || (unit.path.startsWith("fixtures/") && unit.path.endsWith(".json"));
    if (checked) project.createSourceFile(path.join(root, unit.path), unit.contents, { overwrite: true });
  }
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    const text = project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 50)).replace(/\x1b\[[0-9;]*m/g, "");
    throw new GeneratedCodeError(text.split(root + path.sep).join("generated/"));
  }
}

/** The generated package's compiler options as the TypeScript API takes them. */
function generatedCompilerOptions(typescript: typeof ts, baseDir: string): ts.CompilerOptions {
  const { options, errors } = typescript.convertCompilerOptionsFromJson(GENERATED_COMPILER_OPTIONS, baseDir);
  if (errors.length > 0) throw new Error("internal error: invalid generated compiler options");
  return options;
}
