/**
 * V8's code cache for the large CommonJS bundles oagen loads: recheck on every run that checks patterns; TypeScript
 * inside ts-morph (9 MB), ts-morph and its common library when a run type-checks (`--typecheck`) or prints a file
 * only ts-morph prints (emit/print.ts). Compiling TypeScript alone took 0.8 s; with the bytecode V8 produced last
 * time (`vm.Script` `cachedData`, kept under `<cache>/v8-code/`), a run skips the parse. Node 22 has this built in (`module.enableCompileCache`); oagen supports Node 20, which has not.
 *
 * Only files of 512 KB and more under a `node_modules` folder take this path; everything else, and any file whose
 * cached code cannot be used, is compiled by Node as usual. The key is the file's path, size and modification time
 * (a reinstall rewrites the file) with Node's version and architecture; V8 itself also refuses code produced from a
 * source of another length or under other flags, and a refused entry is replaced. A cache is an optimisation
 * only: a failure to read or write it costs the parse, nothing else. Installed by `bin/oagen.js` before the CLI
 * is imported; never in tests or when oagen is used as a library.
 */
import Module from "node:module";
import { statSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { cacheKey, readCacheBytes, writeCacheEntry } from "./cache-store.js";

const KIND = "v8-code";
const LARGE = 512 * 1024;
const NODE_MODULES = `${path.sep}node_modules${path.sep}`;

interface CompilableModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string, ...rest: unknown[]): unknown;
}

interface ModuleInternals {
  prototype: CompilableModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CompilableModule, isMain: boolean, options?: unknown): string;
  _extensions: unknown;
  _cache: unknown;
}

let installed = false;
/** Files compiled through the cache in this process: `hit`, `miss` (compiled and stored) or `refused`. */
export const codeCacheLog: { file: string; outcome: "hit" | "miss" | "refused" }[] = [];

export function installCodeCache(): void {
  if (installed || process.env["OAGEN_NO_CACHE"] === "1") return;
  installed = true;
  const internals = Module as unknown as ModuleInternals;
  const compile = internals.prototype._compile;
  internals.prototype._compile = function (this: CompilableModule, content: string, filename: string, ...rest: unknown[]) {
    const key = content.length >= LARGE && filename.includes(NODE_MODULES) ? keyOf(filename, content.length) : undefined;
    if (key === undefined) return compile.call(this, content, filename, ...rest);
    const cached = readCacheBytes(KIND, key);
    let run: (...args: unknown[]) => unknown;
    let script: vm.Script;
    try {
      script = new vm.Script(internals.wrap(content), { filename, ...(cached ? { cachedData: cached } : {}) });
      run = script.runInThisContext() as typeof run;
    } catch {
      // Whatever Node makes of the file (a syntax error, say) is what the user should see.
      return compile.call(this, content, filename, ...rest);
    }
    const result = run.call(this.exports, this.exports, requireFor(this, internals), this, filename, path.dirname(filename));
    const outcome = !cached ? "miss" : script.cachedDataRejected ? "refused" : "hit";
    codeCacheLog.push({ file: filename, outcome });
    // Produced after the module ran, the cache holds the functions its start-up compiled too.
    if (outcome !== "hit") writeCacheEntry(KIND, key, script.createCachedData());
    return result;
  };
}

function keyOf(filename: string, length: number): string | undefined {
  try {
    const stat = statSync(filename);
    return cacheKey(process.version, process.arch, filename, String(length), String(stat.size), String(stat.mtimeMs));
  } catch {
    return undefined;
  }
}

/** The `require` Node gives a CommonJS module (what its wrapper function receives). */
function requireFor(module: CompilableModule, internals: ModuleInternals): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) => internals._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => (Module as unknown as { _resolveLookupPaths(r: string, m: unknown): string[] | null })._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = internals._extensions as NodeJS.RequireExtensions;
  require.cache = internals._cache as NodeJS.Dict<NodeModule>;
  return require;
}
