/**
 * compile: each generated (or runtime) `src/**.ts` file becomes `dist/**.js` + `.d.ts` (and their source maps)
 * on its own — `transpileModule` for JavaScript, `transpileDeclaration` for declarations. That works because the
 * output is written for `isolatedModules` and `isolatedDeclarations` (every export has an explicit type), so no
 * file needs the program to be compiled. No type-check happens here: that is `typecheck.ts`, run by the test
 * suite and by `oagen generate --typecheck`.
 *
 * A declaration the compiler cannot emit in isolation is an oagen bug (exit 3), never a user mistake.
 */
import { ts } from "ts-morph";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { compilerOptionsForTranspile } from "./options.js";

/** The `dist/` files of one `src/` file. */
export function transpileUnit(unit: TextUnit): TextUnit[] {
  const distPath = "dist/" + unit.path.slice("src/".length).replace(/\.ts$/, "");
  const base = distPath.slice(distPath.lastIndexOf("/") + 1);
  const sourceFromDist = relativeSource(distPath, unit.path);
  const options = compilerOptionsForTranspile();

  const js = ts.transpileModule(unit.contents, { fileName: unit.path, compilerOptions: options, reportDiagnostics: false });
  const dts = ts.transpileDeclaration(unit.contents, { fileName: unit.path, compilerOptions: options, reportDiagnostics: true });
  const problems = dts.diagnostics ?? [];
  if (problems.length > 0) {
    const text = problems
      .slice(0, 20)
      .map((d) => `${unit.path}:${d.file && d.start !== undefined ? lineOf(d.file, d.start) : "?"} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`)
      .join("\n");
    throw new GeneratedCodeError(text);
  }
  return [
    { kind: "text", path: `${distPath}.js`, contents: withMapComment(js.outputText, `${base}.js.map`) },
    { kind: "text", path: `${distPath}.js.map`, contents: sourceMap(js.sourceMapText, `${base}.js`, sourceFromDist) },
    { kind: "text", path: `${distPath}.d.ts`, contents: withMapComment(dts.outputText, `${base}.d.ts.map`) },
    { kind: "text", path: `${distPath}.d.ts.map`, contents: sourceMap(dts.sourceMapText, `${base}.d.ts`, sourceFromDist) },
  ];
}

function lineOf(file: ts.SourceFile, pos: number): string {
  const { line, character } = file.getLineAndCharacterOfPosition(pos);
  return `${line + 1}:${character + 1}`;
}

/** `../../src/x/y.ts` seen from `dist/x/y` (both are at the same depth below the package root). */
function relativeSource(distPath: string, srcPath: string): string {
  const depth = distPath.split("/").length - 1;
  return "../".repeat(depth) + srcPath;
}

/** One `//# sourceMappingURL` comment, whatever the compiler wrote. */
function withMapComment(text: string, mapFile: string): string {
  const body = text.replace(/\n?\/\/# sourceMappingURL=[^\n]*\n?$/, "\n").replace(/\n*$/, "\n");
  return `${body}//# sourceMappingURL=${mapFile}\n`;
}

/** The compiler's map with stable `file` and `sources` (pointing at the shipped `src/`), no `sourceRoot`. */
function sourceMap(mapText: string | undefined, file: string, source: string): string {
  const map = JSON.parse(mapText ?? '{"version":3,"mappings":""}') as Record<string, unknown>;
  const { version, names, mappings } = map;
  return JSON.stringify({ version, file, sources: [source], names: names ?? [], mappings }) + "\n";
}
