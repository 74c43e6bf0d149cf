/**
 * compile: every `src/**.ts` file of the package → `dist/` (.js, .d.ts, maps), file by file (transpile.ts), on
 * libuv's thread pool: as many files at a time as the machine has cores, largest first (more at once only hold more
 * syntax trees in memory). The result is sorted by path, so it is the same whatever the scheduling.
 */
import { availableParallelism } from "node:os";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { cachedCompile, compileKey, rememberCompile } from "./compile-cache.js";
import { transpileUnit } from "./transpile.js";

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
  const sources: { unit: TextUnit; key: string }[] = [];
  for (const unit of all) {
    const key = compileKey(unit);
    const hit = cachedCompile(key);
    if (hit) cached.push(...hit);
    else sources.push({ unit, key });
  }
  const fresh = await compileSources(sources.map((s) => s.unit));
  sources.forEach(({ key }, i) => rememberCompile(key, fresh[i]!));
  const files = [...cached, ...fresh.flat()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, compiled: sources.map((s) => s.unit.path).sort() };
}

/** Each source's outputs, in the order of `sources`. */
async function compileSources(sources: readonly TextUnit[]): Promise<TextUnit[][]> {
  const results: TextUnit[][] = new Array(sources.length);
  const queue = sources.map((unit, index) => ({ unit, index })).sort((a, b) => b.unit.contents.length - a.unit.contents.length || (a.unit.path < b.unit.path ? -1 : 1));
  const lane = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) results[next.index] = await transpileUnit(next.unit);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), queue.length)) }, lane));
  return results;
}

export { typecheckUnits } from "./typecheck.js";
export { GeneratedCodeError };
