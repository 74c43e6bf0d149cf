/**
 * The shared runtime (`generator/runtime/*.ts`: real, unit-tested TypeScript) is copied verbatim into
 * `src/runtime/` — exactly the modules the generated code imports, and what those import in turn. Unused
 * runtime never ships, and the package stays as small as what it uses.
 */
import { existsSync, readFileSync } from "node:fs";
import type { TextUnit } from "./types.js";

const RUNTIME_DIR = new URL("../runtime/", import.meta.url);
const RUNTIME_IMPORT = /(?:from|import)\s*\(?\s*"\.\.\/runtime\/([\w-]+)\.js"/g;
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*"\.\/([\w-]+)\.js"/g;

export function runtimeUnitsFor(generated: readonly TextUnit[]): TextUnit[] {
  const pending = new Set<string>();
  for (const unit of generated) {
    if (unit.path.endsWith(".ts")) for (const m of unit.contents.matchAll(RUNTIME_IMPORT)) pending.add(m[1]!);
  }
  const copied = new Map<string, string>();
  while (pending.size > 0) {
    const name = pending.values().next().value!;
    pending.delete(name);
    if (copied.has(name)) continue;
    const url = new URL(`${name}.ts`, RUNTIME_DIR);
    if (!existsSync(url)) throw new Error(`internal error: generated code imports runtime module "${name}", which generator/runtime/ does not have`);
    const text = readFileSync(url, "utf8");
    copied.set(name, text);
    for (const m of text.matchAll(RELATIVE_IMPORT)) if (!copied.has(m[1]!)) pending.add(m[1]!);
  }
  return [...copied.keys()].sort().map((name) => ({ kind: "text" as const, path: `src/runtime/${name}.ts`, contents: copied.get(name)! }));
}
