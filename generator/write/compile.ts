/**
 * Type-checks the generated sources and compiles them to JavaScript and declarations, all in memory. The
 * sources are placed under a virtual folder inside the oagen package, so the packages the output depends on
 * (`@azure/*`, `msw`) resolve from oagen's own dependencies wherever the output goes; nothing is written.
 * Output that does not type-check is a generator bug.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Project, ts } from "ts-morph";
import { GENERATED_COMPILER_OPTIONS, PLATFORM_GLOBALS_FILE } from "../emit/compiler-options.js";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "./generated-code-error.js";

const VIRTUAL_ROOT = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), ".typecheck");

export function compileUnits(units: readonly TextUnit[]): TextUnit[] {
  const outDir = VIRTUAL_ROOT;
  const { options, errors } = ts.convertCompilerOptionsFromJson(GENERATED_COMPILER_OPTIONS, outDir);
  if (errors.length > 0) throw new Error("internal error: invalid generated compiler options");
  const project = new Project({ compilerOptions: { ...options, rootDir: path.join(outDir, "src"), outDir: path.join(outDir, "dist") }, skipAddingFilesFromTsConfig: true });
  for (const unit of units) {
    const checked = (unit.path.startsWith("src/") && unit.path.endsWith(".ts")) || unit.path === PLATFORM_GLOBALS_FILE;
    if (checked) project.createSourceFile(path.join(outDir, unit.path), unit.contents, { overwrite: true });
  }
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    const text = project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 50)).replace(/\x1b\[[0-9;]*m/g, "");
    throw new GeneratedCodeError(text.split(outDir + path.sep).join("generated/"));
  }
  const result = project.emitToMemory();
  return result
    .getFiles()
    .map((f) => ({ kind: "text" as const, path: path.relative(outDir, f.filePath).split(path.sep).join("/"), contents: f.text }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
