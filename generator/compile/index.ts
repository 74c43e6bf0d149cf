/**
 * compile: every `src/**.ts` file of the package → `dist/` (.js, .d.ts, maps), file by file (transpile.ts), on
 * libuv's thread pool: as many files at a time as the machine has cores (more at once only hold more syntax trees
 * in memory). The result is sorted by path, so it is the same whatever the scheduling.
 */
import { availableParallelism } from "node:os";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { cachedCompile, compileKey, rememberCompile } from "./compile-cache.js";
import { preferLowMemory, transpileUnit } from "./transpile.js";

export { preferLowMemory };

export interface CompileResult {
  files: TextUnit[];
  /** The sources compiled in this run (the others came from the content-hash cache, compile-cache.ts). */
  compiled: string[];
}

/** Every source of `units` compiled (or taken from the cache), largest first. */
export async function compileUnits(units: readonly TextUnit[]): Promise<TextUnit[]> {
  const queue = new CompileQueue();
  for (const unit of [...units].sort((a, b) => b.contents.length - a.contents.length || (a.path < b.path ? -1 : 1))) queue.add(unit);
  return (await queue.finish()).files;
}

export interface CompileQueueOptions {
  /**
   * Takes each source's outputs as they are ready (in completion order), instead of the queue keeping them for
   * `finish`; they are then not kept in the in-memory compile cache either (the disk cache still gets them).
   */
  onFiles?: (files: readonly TextUnit[]) => void;
}

/**
 * Compiles sources as they are handed in, so compilation runs on the thread pool while the main thread is still
 * printing the next files (core/pipeline.ts hands each one in as it is printed): at most one transform per core at a
 * time (more at once only hold more syntax trees in memory). A transform starts when one finishes, which the main
 * thread learns when it yields; the printer yields every few files. Sources compiled before come from the cache.
 */
export class CompileQueue {
  readonly #lanes = Math.max(1, availableParallelism());
  readonly #onFiles: ((files: readonly TextUnit[]) => void) | undefined;
  readonly #waiting: { unit: TextUnit; key: string }[] = [];
  readonly #files: TextUnit[] = [];
  readonly #compiled: string[] = [];
  #running = 0;
  #error: unknown;
  #failed = false;
  #idle: (() => void) | undefined;

  constructor(options: CompileQueueOptions = {}) {
    this.#onFiles = options.onFiles;
  }

  /** Takes a unit; anything but a `src/**.ts` source is ignored. */
  add(unit: TextUnit): void {
    if (this.#failed || !unit.path.startsWith("src/") || !unit.path.endsWith(".ts")) return;
    const key = compileKey(unit);
    const hit = cachedCompile(key, { keepInMemory: this.#onFiles === undefined });
    if (hit) this.#take(hit);
    else {
      this.#waiting.push({ unit, key });
      this.#start();
    }
  }

  /**
   * Every output, sorted by path, once the last transform is done (none when `onFiles` took them); the first
   * failure, if one failed.
   */
  async finish(): Promise<CompileResult> {
    if (this.#running > 0 || this.#waiting.length > 0) await new Promise<void>((resolve) => (this.#idle = resolve));
    if (this.#failed) throw this.#error;
    const files = this.#files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, compiled: this.#compiled.sort() };
  }

  #start(): void {
    while (this.#running < this.#lanes && this.#waiting.length > 0) {
      const { unit, key } = this.#waiting.shift()!;
      this.#running++;
      transpileUnit(unit).then(
        (files) => {
          try {
            rememberCompile(key, files, { keepInMemory: this.#onFiles === undefined });
            // After a failure the run is over: nothing more is handed on.
            if (!this.#failed) this.#take(files);
            this.#compiled.push(unit.path);
          } catch (error) {
            // `onFiles` failed (the output could not be staged): the run stops as for a failed transform.
            this.#fail(error);
          }
          this.#done();
        },
        (error: unknown) => {
          this.#fail(error);
          this.#done();
        },
      );
    }
  }

  #fail(error: unknown): void {
    if (!this.#failed) [this.#failed, this.#error] = [true, error];
    this.#waiting.length = 0;
  }

  #take(files: readonly TextUnit[]): void {
    if (this.#onFiles) this.#onFiles(files);
    else this.#files.push(...files);
  }

  #done(): void {
    this.#running--;
    this.#start();
    if (this.#running === 0 && this.#waiting.length === 0) this.#idle?.();
  }
}

export { typecheckUnits } from "./typecheck.js";
export { GeneratedCodeError };
