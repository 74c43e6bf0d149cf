/**
 * compile: every `src/**.ts` file of the package → `dist/` (.js, .d.ts, maps), file by file. Small packages are
 * compiled in this thread; large ones are split into balanced batches across worker threads (one per core, at
 * most four), because per-file transpilation needs no shared program. The result is sorted by path, so it is the
 * same whatever the scheduling.
 */
import { availableParallelism } from "node:os";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { transpileInWorkers } from "./pool.js";
import { transpileUnit } from "./transpile.js";

/** Below this many characters of source, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 1_500_000;

export async function compileUnits(units: readonly TextUnit[]): Promise<TextUnit[]> {
  const sources = units.filter((u) => u.path.startsWith("src/") && u.path.endsWith(".ts"));
  const size = sources.reduce((n, u) => n + u.contents.length, 0);
  const workers = Math.min(4, availableParallelism());
  const files = size >= PARALLEL_THRESHOLD && workers > 1 ? await transpileInWorkers(sources, workers) : sources.flatMap(transpileUnit);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export { typecheckUnits } from "./typecheck.js";
export { GeneratedCodeError };
