/**
 * write: the finished files replace the owned files of the output folder, crash-safely (`swap.ts`), under an
 * exclusive lock per output folder (`lock.ts`). Only changed files are staged; files the manifest does not
 * list are never touched. When nothing changed, nothing is written.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TextUnit } from "../emit/index.js";
import { withOutputLock } from "./lock.js";
import { ownedFiles } from "./manifest.js";
import { recoverOutput, swapOutput, type WriteHooks } from "./swap.js";

export interface WriteResult {
  changed: string[];
  removed: string[];
}

export function diffOutput(files: readonly TextUnit[], outDir: string): WriteResult {
  const changed = files.filter((f) => !isUnchanged(outDir, f.path, f.contents)).map((f) => f.path);
  return { changed, removed: removedFiles(outDir, new Set(files.map((f) => f.path))) };
}

/** Whether `outDir` already holds `file` with exactly `contents`. */
export function isUnchanged(outDir: string, file: string, contents: string): boolean {
  return readIfExists(path.join(outDir, file)) === contents;
}

/** The owned files of `outDir` (by its manifest) that a run producing `produced` no longer makes. */
export function removedFiles(outDir: string, produced: ReadonlySet<string>): string[] {
  return ownedFiles(outDir).filter((f) => !produced.has(f) && existsSync(path.join(outDir, f)));
}

export function writeOutput(files: readonly TextUnit[], outDir: string, hooks: WriteHooks = {}): WriteResult {
  const out = path.resolve(outDir);
  return withOutputLock(out, () => {
    recoverOutput(out);
    const result = diffOutput(files, out);
    if (result.changed.length === 0 && result.removed.length === 0) return result;
    const changed = new Set(result.changed);
    swapOutput(out, { write: files.filter((f) => changed.has(f.path)), remove: result.removed }, hooks);
    return result;
  });
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
