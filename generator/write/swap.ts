/**
 * The crash-safe swap of an output folder. Only files oagen owns are ever written, replaced or deleted; files
 * the manifest does not list (a user's notes, node_modules) are never moved.
 *
 * 1. Stage: every changed file is written under a staging folder beside `--out`
 *    (`.oagen-tmp-<folder>-<pid>-<nonce>/files/…`) and flushed to disk (`flush.ts`), then the journal (what to
 *    move, what to delete) is written and flushed as `journal.json.tmp`.
 * 2. Commit: ONE atomic rename, `journal.json.tmp` → `journal.json`. Before it, the output folder is the old
 *    tree, untouched; a crash leaves only a staging folder, discarded at the next start. (When `--out` does
 *    not exist yet, the commit is the rename of the staged tree to `--out` itself.)
 * 3. Apply: removed owned files are unlinked, staged files renamed over their targets (each rename atomic),
 *    the manifest last. A crash here is rolled forward from the journal at the next start (`recoverOutput`,
 *    run under the output lock before anything else): every step is idempotent.
 * So after any crash, the next oagen run sees the old tree or the new one, and `--out` never disappears.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { flushToDisk } from "./flush.js";
import { MANIFEST_FILE } from "./manifest.js";

/** Fault injection for tests: called before every write, rename and delete step; throwing aborts there. */
export interface WriteHooks {
  beforeStep?: (step: string) => void;
}

export interface SwapPlan {
  /** Owned files to write (path → contents). */
  write: readonly { path: string; contents: string }[];
  /** Owned files to delete. */
  remove: readonly string[];
}

interface Journal {
  oagenJournal: 1;
  write: string[];
  remove: string[];
}

const JOURNAL = "journal.json";
const MARKER = "oagen-staging.json";

export function stagingPrefix(outDir: string): string {
  return `.oagen-tmp-${path.basename(outDir)}-`;
}

export function swapOutput(outDir: string, plan: SwapPlan, hooks: WriteHooks = {}): void {
  const staged = new StagedOutput(outDir, hooks, plan);
  for (const file of plan.write) staged.write(file.path, file.contents);
  staged.commit(plan.remove);
}

/**
 * Step 1 of the swap, one file at a time, then steps 2 and 3 (`commit`): what `swapOutput` does for a list of files
 * in memory, and what `generate` does as the pipeline finishes each file, so the whole output is never held at once
 * (write/stage.ts). Until `commit`, the output folder is untouched; `discard` removes the staging folder (a run
 * that failed), and a crash leaves it for `recoverOutput`.
 */
export class StagedOutput {
  readonly #outDir: string;
  readonly #staging: string;
  readonly #files: string;
  readonly #fresh: boolean;
  readonly #stagedDirs: Set<string>;
  readonly #written: string[] = [];
  readonly #step: (name: string) => void;
  readonly #checkedUpFront: boolean;

  /** `plan`, when the files to write are known up front: their targets are checked before anything is staged. */
  constructor(outDir: string, hooks: WriteHooks = {}, plan?: SwapPlan) {
    this.#outDir = outDir;
    this.#step = (name) => hooks.beforeStep?.(name);
    const parent = path.dirname(outDir);
    mkdirSync(parent, { recursive: true });
    this.#staging = path.join(parent, `${stagingPrefix(outDir)}${process.pid}-${randomBytes(4).toString("hex")}`);
    this.#fresh = !existsSync(outDir);
    if (!this.#fresh && plan) checkTargets(outDir, plan.write.map((f) => f.path), plan.remove);
    this.#checkedUpFront = plan !== undefined;
    this.#files = path.join(this.#staging, "files");
    mkdirSync(this.#files, { recursive: true });
    writeFileSync(path.join(this.#staging, MARKER), JSON.stringify({ outDir: path.basename(outDir) }) + "\n");
    this.#stagedDirs = new Set([this.#staging, this.#files]);
  }

  /** Stages one file (a path relative to the output folder). */
  write(file: string, contents: string): void {
    this.#step(`stage:${file}`);
    const target = path.join(this.#files, file);
    const dir = path.dirname(target);
    if (!this.#stagedDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      for (let d = dir; d !== this.#files && !this.#stagedDirs.has(d); d = path.dirname(d)) this.#stagedDirs.add(d);
    }
    writeFileSync(target, contents);
    this.#written.push(file);
  }

  /** Commits the staged files and the removal of `remove` (owned files the new output does not have). */
  commit(remove: readonly string[]): void {
    const outDir = this.#outDir;
    const staging = this.#staging;
    const step = this.#step;
    const written = this.#written;
    if (!this.#fresh && !this.#checkedUpFront) checkTargets(outDir, written, remove);
    if (this.#fresh) {
      flushToDisk(staging, [path.join(staging, MARKER), ...written.map((f) => path.join(this.#files, f))], [...this.#stagedDirs]);
      step("commit");
      renameSync(this.#files, outDir);
      flushToDisk(path.dirname(outDir), [], [path.dirname(outDir)]);
    } else {
      const journal: Journal = { oagenJournal: 1, write: [...written], remove: [...remove] };
      step("journal");
      writeFileSync(path.join(staging, `${JOURNAL}.tmp`), JSON.stringify(journal) + "\n");
      flushToDisk(staging, [path.join(staging, MARKER), path.join(staging, `${JOURNAL}.tmp`), ...written.map((f) => path.join(this.#files, f))], [...this.#stagedDirs]);
      step("commit");
      renameSync(path.join(staging, `${JOURNAL}.tmp`), path.join(staging, JOURNAL));
      flushToDisk(staging, [], [staging]);
      applyJournal(outDir, staging, journal, step);
    }
    step("cleanup");
    rmSync(staging, { recursive: true, force: true });
  }

  /** Removes the staging folder of a run that did not commit. */
  discard(): void {
    rmSync(this.#staging, { recursive: true, force: true });
  }
}

/**
 * Finishes or discards what a crashed run left beside `outDir`: committed staging folders are rolled
 * forward, uncommitted ones deleted, as are the leftovers of older oagen versions (restoring a moved-away
 * output folder if `--out` is missing). Call it holding the output lock.
 */
export function recoverOutput(outDir: string): void {
  const parent = path.dirname(outDir);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  const prefix = stagingPrefix(outDir);
  for (const name of entries.filter((e) => e.startsWith(prefix)).sort()) {
    const dir = path.join(parent, name);
    const rest = name.slice(prefix.length);
    if (existsSync(path.join(dir, MARKER))) {
      const journal = readJournal(path.join(dir, JOURNAL));
      if (journal && existsSync(outDir)) applyJournal(outDir, dir, journal, () => {});
      rmSync(dir, { recursive: true, force: true });
    } else if (/^\d+-old$/.test(rest)) {
      // oagen before the journal: the old tree moved aside; bring it back if the new one never arrived.
      if (!existsSync(outDir)) renameSync(dir, outDir);
      else rmSync(dir, { recursive: true, force: true });
    } else if (/^\d+$/.test(rest)) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function applyJournal(outDir: string, staging: string, journal: Journal, step: (name: string) => void): void {
  for (const file of journal.remove) {
    const target = path.join(outDir, file);
    if (!isFile(target)) continue;
    step(`remove:${file}`);
    unlinkSync(target);
    pruneEmptyDirs(outDir, path.dirname(target));
  }
  const ordered = [...journal.write.filter((f) => f !== MANIFEST_FILE), ...journal.write.filter((f) => f === MANIFEST_FILE)];
  for (const file of ordered) {
    const source = path.join(staging, "files", file);
    if (!existsSync(source)) continue;
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    step(`move:${file}`);
    renameSync(source, target);
  }
  flushToDisk(outDir, [], [...new Set([...journal.write, ...journal.remove].map((f) => path.dirname(path.join(outDir, f))))]);
}

/** Before committing: every target must be writable as a file (no foreign folder in the way). */
function checkTargets(outDir: string, write: readonly string[], remove: readonly string[]): void {
  const removed = new Set(remove);
  for (const file of write) {
    const parts = file.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join("/");
      const stat = lstatOrUndefined(path.join(outDir, rel));
      if (!stat) break;
      const isLast = i === parts.length;
      if (isLast ? stat.isDirectory() : !stat.isDirectory() && !removed.has(rel)) {
        throw new Error(`cannot write ${file} in ${outDir}: ${rel} is in the way (not a file oagen owns); move it and rerun.`);
      }
    }
  }
}

function readJournal(file: string): Journal | undefined {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as Partial<Journal>;
    const safe = (list: unknown): list is string[] => Array.isArray(list) && list.every((f) => typeof f === "string" && !path.isAbsolute(f) && !f.split("/").includes(".."));
    if (data.oagenJournal === 1 && safe(data.write) && safe(data.remove)) return { oagenJournal: 1, write: data.write, remove: data.remove };
  } catch {
    // No journal: the run never committed.
  }
  return undefined;
}

function pruneEmptyDirs(root: string, dir: string): void {
  while (dir.startsWith(root + path.sep)) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
    dir = path.dirname(dir);
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
