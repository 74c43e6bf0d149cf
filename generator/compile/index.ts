/**
 * compile: every `src/**.ts` file of the package → `dist/` (.js, .d.ts, maps), file by file (transpile.ts), on
 * libuv's thread pool: as many files at a time as the machine has cores, largest first (more at once only hold more
 * syntax trees in memory). The result is sorted by path, so it is the same whatever the scheduling.
 */
import { availableParallelism } from "node:os";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { cachedCompile, rememberCompile } from "./compile-cache.js";
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
  const queue = [...sources].sort((a, b) => b.contents.length - a.contents.length || (a.path < b.path ? -1 : 1));
  const files: TextUnit[] = [];
  const lane = async () => {
    for (let unit = queue.shift(); unit !== undefined; unit = queue.shift()) files.push(...(await transpileUnit(unit)));
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), queue.length)) }, lane));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export { typecheckUnits } from "./typecheck.js";
export { GeneratedCodeError };
