/**
 * compile: each generated (or runtime) `src/**.ts` file becomes `dist/**.js` + `.d.ts` (and their source maps)
 * on its own, from one parse: oxc's transform erases the types (ES2022 modules) and emits the isolated
 * declarations. That works because the output is written for `isolatedModules` and `isolatedDeclarations` (every
 * export has an explicit type), so no file needs the program to be compiled. The declarations are TypeScript's
 * own `transpileDeclaration` output, token for token (test/compile/declarations.test.ts checks that on every
 * generated file); oxc takes about a thirtieth of the time (a 10.9 MB validators file: 0.14 s against 4.7 s).
 * No type-check happens here: that is `typecheck.ts`, run by the test suite and by `oagen generate --typecheck`.
 *
 * Anything the transform reports — a syntax error, a declaration that cannot be emitted in isolation, a helper
 * the output would need — is an oagen bug (exit 3), never a user mistake.
 */
import type { OxcError, SourceMap } from "oxc-transform";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";

/**
 * oxc-transform, loaded on the first transform: a run whose sources all come from the compile cache never loads it,
 * and its allocator can be told how to behave before it starts (`preferLowMemory`).
 */
let oxc: Promise<typeof import("oxc-transform")> | undefined;
const loadOxc = () => (oxc ??= import("oxc-transform"));

/**
 * For a large output: oxc's allocator (mimalloc) then returns freed memory to the system at once instead of keeping
 * it for reuse. Compiling the largest files of a 5,000-operation package otherwise leaves about 400 MB of freed arenas
 * in the process (peak RSS 1.13 GB → 0.95 GB); it costs about a tenth more compile time, which is why small runs keep
 * the default. Takes effect only before oxc is loaded, and never overrides a value the user set.
 */
export function preferLowMemory(): void {
  if (oxc === undefined) process.env["MIMALLOC_PURGE_DELAY"] ??= "0";
}

/** Where a `src/` file's outputs go: `dist/<same path>` without the extension. */
function distBase(unit: TextUnit): { distPath: string; base: string; source: string } {
  const distPath = "dist/" + unit.path.slice("src/".length).replace(/\.ts$/, "");
  const depth = distPath.split("/").length - 1;
  return { distPath, base: distPath.slice(distPath.lastIndexOf("/") + 1), source: "../".repeat(depth) + unit.path };
}

/**
 * `dist/**.js`, `dist/**.d.ts` and their maps. Runs on libuv's thread pool, so files compile in parallel.
 * Imports used only as types are dropped (`onlyRemoveTypeImports: false`), import attributes are kept (Node needs
 * `with { type: "json" }` on the fixtures' JSON imports), comments stay.
 */
export async function transpileUnit(unit: TextUnit): Promise<TextUnit[]> {
  const { distPath, base, source } = distBase(unit);
  const { transform } = await loadOxc();
  const result = await transform(unit.path, unit.contents, {
    lang: "ts",
    sourceType: "module",
    target: "es2022",
    sourcemap: true,
    typescript: { onlyRemoveTypeImports: false, declaration: { stripInternal: false } },
  });
  const helpers = Object.keys(result.helpersUsed);
  if (result.errors.length > 0 || helpers.length > 0 || result.declaration === undefined) {
    const problems = result.errors.slice(0, 20).map((error) => `${unit.path}:${position(unit.contents, error)} ${error.message}`);
    if (helpers.length > 0) problems.push(`${unit.path}: the output would need the helpers ${helpers.join(", ")}`);
    throw new GeneratedCodeError(problems.join("\n") || `${unit.path}: no declarations were emitted`);
  }
  return [
    { kind: "text", path: `${distPath}.js`, contents: withMapComment(result.code, `${base}.js.map`) },
    { kind: "text", path: `${distPath}.js.map`, contents: sourceMap(result.map, `${base}.js`, source) },
    { kind: "text", path: `${distPath}.d.ts`, contents: withMapComment(result.declaration, `${base}.d.ts.map`) },
    { kind: "text", path: `${distPath}.d.ts.map`, contents: sourceMap(result.declarationMap, `${base}.d.ts`, source) },
  ];
}

/** `line:column` of an error's first label, or `?`. */
function position(text: string, error: OxcError): string {
  const start = error.labels[0]?.start;
  if (start === undefined) return "?";
  const before = text.slice(0, start);
  const line = before.split("\n").length;
  return `${line}:${start - before.lastIndexOf("\n")}`;
}

/** One `//# sourceMappingURL` comment, whatever the compiler wrote. */
function withMapComment(text: string, mapFile: string): string {
  const body = text.replace(/\n?\/\/# sourceMappingURL=[^\n]*\n?$/, "\n").replace(/\n*$/, "\n");
  return `${body}//# sourceMappingURL=${mapFile}\n`;
}

/** The compiler's map with stable `file` and `sources` (pointing at the shipped `src/`), no `sourceRoot` or contents. */
function sourceMap(map: SourceMap | undefined, file: string, source: string): string {
  return JSON.stringify({ version: 3, file, sources: [source], names: map?.names ?? [], mappings: map?.mappings ?? "" }) + "\n";
}
