/**
 * A full garbage collection between pipeline stages, for large inputs. Each stage leaves its working data behind
 * (the parsed document, the emitted structures, the printed text before compilation); V8 grows the heap rather
 * than collect it, so at 5,000 operations the process peaked at 2.2 GB while the live data after each stage stayed
 * under 600 MB. Collecting at the boundary, where that data has just become garbage, brought the peak to 1.3 GB
 * and the run from 41.5 s to 38.8 s (fewer collections of a smaller heap later). Below `fromBytes` (256 MB) of heap
 * added by the run a collection is not worth its pause: small specs never pay it, 1,000 operations pay about
 * 0.15 s, and a long-lived process (a test worker, `--watch`) that holds much more between runs does not collect
 * for every stage of every small run.
 *
 * Node exposes `gc` only with `--expose-gc`; the flag is set at run time and the function taken from a new
 * context, as Node's own documentation of `v8.setFlagsFromString` shows. Where that is not possible, nothing
 * happens: the collection is an optimisation, never needed for a correct result.
 */
import v8 from "node:v8";
import vm from "node:vm";

const FROM_BYTES = 256 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** The heap in use when the current run began (a long-lived process, a test worker or `--watch`, holds more). */
let baseline = 0;

/** Marks the start of a run: collections count only what the run itself added to the heap. */
export function markGarbageBaseline(): void {
  baseline = v8.getHeapStatistics().used_heap_size;
}

/**
 * Runs a full collection when the heap holds more than `fromBytes` beyond what it held when the run began; returns
 * whether it did.
 */
export function collectGarbageIfLarge(fromBytes = FROM_BYTES): boolean {
  if (v8.getHeapStatistics().used_heap_size < baseline + fromBytes) return false;
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      collect = vm.runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  if (!collect) return false;
  collect();
  return true;
}
