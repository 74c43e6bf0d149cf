/**
 * The content-hash cache of compiled files: a `src/**.ts` file's outputs (`.js`, `.d.ts` and their maps) keyed by
 * sha256 of its path, its contents' sha256 (the one the manifest records) and the compiler's own sources and tool
 * versions. Kept in memory for the
 * process (a `--watch` session) and on disk under `<cache>/compiled/` (util/cache-store.ts), so a regeneration
 * compiles only the files whose text changed: a change to one service recompiles only that service's files. A
 * cache is only an optimisation: anything unreadable means compiling again.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TextUnit } from "../emit/index.js";
import { cacheKey, packageVersion, readCacheEntry, writeCacheEntry } from "../util/cache-store.js";
import { unitHash } from "../write/fingerprint.js";

const memory = new Map<string, TextUnit[]>();
let salt: string | undefined;

/** The compiler's identity: this folder's sources (options, transpile code) and the oxc-transform version. */
function compilerSalt(): string {
  if (salt !== undefined) return salt;
  const hash = createHash("sha256");
  const dir = path.dirname(fileURLToPath(import.meta.url));
  for (const file of readdirSync(dir).sort()) hash.update(file).update("\0").update(readFileSync(path.join(dir, file), "utf8")).update("\0");
  hash.update(packageVersion("oxc-transform"));
  salt = hash.digest("hex");
  return salt;
}

export function compileKey(unit: TextUnit): string {
  return cacheKey(compilerSalt(), unit.path, unitHash(unit));
}

/**
 * The outputs cached under `key` (compileKey of the source), or undefined. `keepInMemory: false` (a one-shot run
 * that hands its files on as it finishes them) reads the disk cache without keeping what it read.
 */
export function cachedCompile(key: string, { keepInMemory = true }: { keepInMemory?: boolean } = {}): TextUnit[] | undefined {
  const hit = memory.get(key);
  if (hit) return hit;
  const text = readCacheEntry("compiled", key);
  if (text === undefined) return undefined;
  try {
    const files = JSON.parse(text) as TextUnit[];
    if (!Array.isArray(files) || !files.every((f) => f.kind === "text" && typeof f.path === "string" && typeof f.contents === "string")) return undefined;
    if (keepInMemory) memory.set(key, files);
    return files;
  } catch {
    return undefined;
  }
}

export function rememberCompile(key: string, files: TextUnit[], { keepInMemory = true }: { keepInMemory?: boolean } = {}): void {
  if (keepInMemory) memory.set(key, files);
  writeCacheEntry("compiled", key, JSON.stringify(files));
}

/** Forgets the in-memory entries (tests). */
export function clearCompileMemory(): void {
  memory.clear();
}
