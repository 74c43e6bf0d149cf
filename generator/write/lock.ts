/**
 * One oagen run per output folder: an exclusive lock file `.oagen-lock-<folder>` beside `--out`, created with
 * O_EXCL and holding the owner's pid and host. A second run waits up to `waitMs` (default 5 s, env
 * `OAGEN_LOCK_WAIT_MS`) and then fails with an `output-locked` diagnostic (exit 2). A lock whose pid is no
 * longer running on this host is stale: it is removed, and the dead run's leftovers are cleaned up.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SpecError } from "../diagnostics/index.js";

export const DEFAULT_LOCK_WAIT_MS = 5_000;
const POLL_MS = 100;

export interface OutputLock {
  readonly file: string;
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
}

/** Locks held by this process (re-entrant per output folder). */
const held = new Map<string, { lock: OutputLock; count: number }>();

export function lockFileFor(outDir: string): string {
  return path.join(path.dirname(outDir), `.oagen-lock-${path.basename(outDir)}`);
}

export function acquireOutputLock(outDir: string, options: { waitMs?: number } = {}): OutputLock {
  const key = path.resolve(outDir);
  const mine = held.get(key);
  if (mine) {
    mine.count++;
    return { file: mine.lock.file, release: () => releaseHeld(key) };
  }
  const file = lockFileFor(key);
  mkdirSync(path.dirname(file), { recursive: true });
  const waitMs = options.waitMs ?? lockWaitFromEnv();
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreate(file)) break;
    const owner = readOwner(file);
    if (owner && isStale(owner)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw lockedError(key, file, owner);
    sleep(POLL_MS);
  }
  const lock: OutputLock = { file, release: () => releaseHeld(key) };
  held.set(key, { lock, count: 1 });
  return lock;
}

/** Runs `fn` holding the lock of `outDir`. */
export function withOutputLock<T>(outDir: string, fn: () => T): T {
  const lock = acquireOutputLock(outDir);
  try {
    return fn();
  } finally {
    lock.release();
  }
}

/** Runs the async `fn` holding the lock of `outDir` (a whole `generate`, so a second run cannot interleave). */
export async function withOutputLockAsync<T>(outDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = acquireOutputLock(outDir);
  try {
    return await fn();
  } finally {
    lock.release();
  }
}

function releaseHeld(key: string): void {
  const entry = held.get(key);
  if (!entry) return;
  if (--entry.count > 0) return;
  held.delete(key);
  const owner = readOwner(entry.lock.file);
  if (owner && owner.pid === process.pid && owner.host === os.hostname()) rmSync(entry.lock.file, { force: true });
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname() }) + "\n");
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as Partial<LockOwner>;
    if (typeof data.pid === "number" && Number.isInteger(data.pid) && data.pid > 0 && typeof data.host === "string") return { pid: data.pid, host: data.host };
  } catch {
    // Missing (released meanwhile), being written, or not ours: undefined.
  }
  return undefined;
}

/** A lock of this host whose process is gone. Another host's lock is never taken over. */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function lockWaitFromEnv(): number {
  const value = Number(process.env["OAGEN_LOCK_WAIT_MS"]);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_LOCK_WAIT_MS;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lockedError(outDir: string, file: string, owner: LockOwner | undefined): SpecError {
  const who = owner ? `process ${owner.pid} on ${owner.host}` : "another process";
  return new SpecError([
    {
      severity: "error",
      code: "output-locked",
      file: outDir,
      pointer: "",
      message: `Another oagen run (${who}) is writing this output folder; it holds ${file}.`,
      hint: "Wait for that run to finish and retry (OAGEN_LOCK_WAIT_MS sets how long to wait). If no oagen is running, delete the lock file.",
    },
  ]);
}
