/**
 * Which runtime modules (`generator/runtime/*.ts`) the package ships: decided once, from what the IR needs, then
 * closed over the modules' own imports (read from the runtime sources, oagen's own files, not by scanning printed
 * output; test/plan/runtime-modules.test.ts holds the reading to TypeScript's pre-processor on every module). A
 * generated file that imports a runtime module the plan did not select is an oagen bug, caught when its imports are
 * written (`FileScope`).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_ROOT, RUNS_COMPILED } from "../util/package-root.js";
import type { IrDocument } from "../model/ir.js";

/** The runtime sources: `generator/runtime/`, or their copy in `dist/runtime-sources/` when oagen runs compiled. */
export const RUNTIME_DIR: URL = RUNS_COMPILED ? pathToFileURL(path.join(PACKAGE_ROOT, "dist", "runtime-sources") + path.sep) : new URL("../runtime/", import.meta.url);

/** What every package uses: validation (validators), the client core, and the mocks. */
const ALWAYS = ["validation", "client", "errors", "operation", "send", "redact", "mock-http-client", "mock-msw", "mock-types", "mock-credential"];

export function plannedRuntimeModules(doc: IrDocument): string[] {
  const wanted = new Set(ALWAYS);
  if (doc.services.some((s) => s.operations.some((op) => op.paging !== undefined))) wanted.add("paging");
  if (doc.services.some((s) => s.operations.some((op) => op.lro !== undefined))) wanted.add("lro");
  return closeOverImports(wanted);
}

let importsCache: Map<string, string[]> | undefined;

/** The runtime modules each runtime module imports (relative `./x.js` imports only). */
function runtimeImports(): Map<string, string[]> {
  if (importsCache) return importsCache;
  const map = new Map<string, string[]>();
  for (const file of readdirSync(RUNTIME_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).sort()) {
    const text = readFileSync(new URL(file, RUNTIME_DIR), "utf8");
    map.set(file.slice(0, -3), localImports(text));
  }
  importsCache = map;
  return map;
}

/**
 * The sibling modules (`./x.js`) a runtime source imports or re-exports, sorted: the specifier after `from`, or of
 * a side-effect `import "./x.js"` or an `import("./x.js")`.
 */
export function localImports(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)"\.\/([\w-]+)\.js"/g)) found.add(match[1]!);
  return [...found].sort();
}

function closeOverImports(wanted: Set<string>): string[] {
  const imports = runtimeImports();
  const done = new Set<string>();
  const pending = [...wanted];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (done.has(name)) continue;
    const deps = imports.get(name);
    if (!deps) throw new Error(`internal error: the plan selects runtime module "${name}", which generator/runtime/ does not have`);
    done.add(name);
    pending.push(...deps);
  }
  return [...done].sort();
}

export function runtimeSource(module: string): string {
  return readFileSync(new URL(`${module}.ts`, RUNTIME_DIR), "utf8");
}
