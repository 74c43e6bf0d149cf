/**
 * The output of a `generate` run, staged as the pipeline finishes each file (core/pipeline.ts `sink`): a file whose
 * text equals the one already in the output folder is left alone, any other is written to the staging folder at once,
 * and the pipeline keeps neither. `commit` then swaps the staged files in crash-safely (swap.ts) and removes the owned
 * files the run no longer produces, as `writeOutput` does for files held in memory. At 5,000 operations the output is
 * about 340 MB of text; held whole until the swap, it was the run's memory peak.
 *
 * It holds the output folder's lock (lock.ts, re-entrant: `generate` already holds it) from its creation until
 * `commit` or `discard`, so no other run interleaves.
 */
import path from "node:path";
import { acquireOutputLock, type OutputLock } from "./lock.js";
import { recoverOutput, StagedOutput, type WriteHooks } from "./swap.js";
import { isUnchanged, removedFiles, type WriteResult } from "./write-output.js";

/** Where the pipeline hands each finished file (path relative to the output folder). */
export interface OutputSink {
  put(file: string, contents: string): void;
}

export class OutputStage implements OutputSink {
  readonly #outDir: string;
  readonly #hooks: WriteHooks;
  readonly #produced = new Set<string>();
  readonly #changed: string[] = [];
  #staged: StagedOutput | undefined;
  #lock: OutputLock | undefined;
  #closed = false;

  constructor(outDir: string, hooks: WriteHooks = {}) {
    this.#outDir = path.resolve(outDir);
    this.#hooks = hooks;
    this.#lock = acquireOutputLock(this.#outDir);
    try {
      recoverOutput(this.#outDir);
    } catch (error) {
      this.#release();
      throw error;
    }
  }

  put(file: string, contents: string): void {
    // A run that failed is discarded while transforms already on the thread pool may still finish: their files go nowhere.
    if (this.#closed) return;
    if (this.#produced.has(file)) throw new Error(`internal error: ${file} was produced twice`);
    this.#produced.add(file);
    if (isUnchanged(this.#outDir, file, contents)) return;
    (this.#staged ??= new StagedOutput(this.#outDir, this.#hooks)).write(file, contents);
    this.#changed.push(file);
  }

  /** Swaps the staged files in and removes owned files this run did not produce; nothing is written when nothing changed. */
  commit(): WriteResult {
    try {
      const removed = removedFiles(this.#outDir, this.#produced);
      const changed = [...this.#changed].sort();
      if (changed.length === 0 && removed.length === 0) {
        this.#staged?.discard();
      } else {
        (this.#staged ??= new StagedOutput(this.#outDir, this.#hooks)).commit(removed);
      }
      this.#staged = undefined;
      return { changed, removed };
    } finally {
      this.#release();
    }
  }

  /** Drops what was staged (the run failed): the output folder was never touched. */
  discard(): void {
    try {
      this.#staged?.discard();
      this.#staged = undefined;
    } finally {
      this.#release();
    }
  }

  #release(): void {
    this.#closed = true;
    this.#lock?.release();
    this.#lock = undefined;
  }
}
