/**
 * Which runtime modules (`generator/runtime/*.ts`) the package ships: decided once, from what the IR needs, then
 * closed over the modules' own imports (read from the runtime sources with the TypeScript pre-processor, not by
 * scanning printed output). A generated file that imports a runtime module the plan did not select is an oagen
 * bug, caught when its imports are written (`FileScope`).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ts } from "ts-morph";
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
    const info = ts.preProcessFile(text, true, true);
    const local = info.importedFiles.map((f) => f.fileName).filter((f) => /^\.\/[\w-]+\.js$/.test(f)).map((f) => f.slice(2, -3));
    map.set(file.slice(0, -3), [...new Set(local)].sort());
  }
  importsCache = map;
  return map;
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
