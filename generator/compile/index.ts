/**
 * compile: every `src/**.ts` file of the package → `dist/` (.js, .d.ts, maps), file by file. JavaScript goes to
 * esbuild (its own threads); declarations are emitted in this thread for small packages and, for large ones on a
 * machine with more than two cores, in worker threads (balanced batches, at most three) while esbuild runs. The result is
 * sorted by path, so it is the same whatever the scheduling.
 */
import { availableParallelism } from "node:os";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { cachedCompile, rememberCompile } from "./compile-cache.js";
import { declarationsInWorkers } from "./pool.js";
import { transpileDeclarations, transpileJavaScript } from "./transpile.js";

/** Below this many characters of source, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 1_500_000;

export interface CompileResult {
  files: TextUnit[];
  /** The sources compiled in this run (the others came from the content-hash cache, compile-cache.ts). */
  compiled: string[];
}

export async function compileUnits(units: readonly TextUnit[]): Promise<TextUnit[]> {
  return (await compileUnitsIncrementally(units)).files;
}

/** compileUnits, taking every source whose text was compiled before from the cache. */
export async function compileUnitsIncrementally(units: readonly TextUnit[]): Promise<CompileResult> {
  const all = units.filter((u) => u.path.startsWith("src/") && u.path.endsWith(".ts"));
  const cached: TextUnit[] = [];
  const sources: TextUnit[] = [];
  for (const unit of all) {
    const hit = cachedCompile(unit);
    if (hit) cached.push(...hit);
    else sources.push(unit);
  }
  const fresh = await compileSources(sources);
  for (const unit of sources) {
    const base = "dist/" + unit.path.slice("src/".length).replace(/\.ts$/, "");
    rememberCompile(unit, fresh.filter((f) => f.path === `${base}.js` || f.path === `${base}.js.map` || f.path === `${base}.d.ts` || f.path === `${base}.d.ts.map`));
  }
  const files = [...cached, ...fresh].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, compiled: sources.map((u) => u.path).sort() };
}

async function compileSources(sources: readonly TextUnit[]): Promise<TextUnit[]> {
  if (sources.length === 0) return [];
  const size = sources.reduce((n, u) => n + u.contents.length, 0);
  // Workers pay off only with a core to spare beside this thread and esbuild's: on 2 cores, loading TypeScript in
  // each worker and copying the sources cost more than they save (1,000 operations: 10.4 s in 2 workers, 8.7 s here).
  const workers = Math.min(3, availableParallelism() - 2);
  const javascript = Promise.all(sources.map(transpileJavaScript));
  const declarations = size >= PARALLEL_THRESHOLD && workers >= 1 ? declarationsInWorkers(sources, Math.max(2, workers)) : Promise.resolve(sources.flatMap(transpileDeclarations));
  const files = [...(await javascript).flat(), ...(await declarations)];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export { typecheckUnits } from "./typecheck.js";
export { GeneratedCodeError };
