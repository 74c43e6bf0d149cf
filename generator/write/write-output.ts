/**
 * write: the finished files replace the output folder atomically. Everything is written to a staging folder
 * beside it; only when that succeeded is the old folder swapped out (two renames) — a failed run leaves the
 * previous output untouched. Entries the manifest does not list are moved across as they are. When nothing
 * changed, nothing is touched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TextUnit } from "../emit/index.js";
import { ownedFiles } from "./manifest.js";

export interface WriteResult {
  changed: string[];
  removed: string[];
}

export function diffOutput(files: readonly TextUnit[], outDir: string): WriteResult {
  const owned = ownedFiles(outDir);
  const changed = files.filter((f) => readIfExists(path.join(outDir, f.path)) !== f.contents).map((f) => f.path);
  const next = new Set(files.map((f) => f.path));
  const removed = owned.filter((f) => !next.has(f) && existsSync(path.join(outDir, f)));
  return { changed, removed };
}

export function writeOutput(files: readonly TextUnit[], outDir: string): WriteResult {
  const result = diffOutput(files, outDir);
  if (result.changed.length === 0 && result.removed.length === 0) return result;
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const staging = path.join(parent, `.oagen-tmp-${base}-${process.pid}`);
  const backup = path.join(parent, `.oagen-tmp-${base}-${process.pid}-old`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(backup, { recursive: true, force: true });
  try {
    for (const file of files) {
      const target = path.join(staging, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    if (existsSync(outDir)) carryOverForeignEntries(outDir, staging, new Set([...ownedFiles(outDir), ...files.map((f) => f.path)]));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(outDir)) renameSync(outDir, backup);
  renameSync(staging, outDir);
  rmSync(backup, { recursive: true, force: true });
  return result;
}

/** Moves every file or folder of `from` that holds no owned file into `to` (e.g. node_modules). */
function carryOverForeignEntries(from: string, to: string, owned: Set<string>, prefix = ""): void {
  for (const entry of readdirSync(path.join(from, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (owned.has(rel)) continue;
    const holdsOwned = [...owned].some((f) => f.startsWith(rel + "/"));
    if (entry.isDirectory() && holdsOwned) {
      carryOverForeignEntries(from, to, owned, rel);
    } else if (!holdsOwned) {
      mkdirSync(path.dirname(path.join(to, rel)), { recursive: true });
      if (!existsSync(path.join(to, rel))) renameSync(path.join(from, rel), path.join(to, rel));
    }
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
