/**
 * Entries of oagen's on-disk caches: text stored under `<cache>/<kind>/<key>` (util/cache-dir.ts), the key a
 * sha256 of what decides the entry. A cache is only ever an optimisation: a read that fails is a miss, a write
 * that fails is ignored, and a write is atomic (a temporary file renamed into place), so a concurrent reader sees
 * no entry or the whole one.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cacheDir } from "./cache-dir.js";

/** The sha256 (hex) of `parts`, each ended by a NUL so that no two lists of parts give the same text. */
export function cacheKey(...parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

export function readCacheEntry(kind: string, key: string): string | undefined {
  return readCacheBytes(kind, key)?.toString("utf8");
}

export function readCacheBytes(kind: string, key: string): Buffer | undefined {
  const dir = cacheDir(kind);
  if (!dir) return undefined;
  try {
    return readFileSync(path.join(dir, key));
  } catch {
    return undefined;
  }
}

export function writeCacheEntry(kind: string, key: string, contents: string | Uint8Array): void {
  const dir = cacheDir(kind);
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, key);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, file);
  } catch {
    // A read-only or missing cache folder only costs the next run the work.
  }
}

const versions = new Map<string, string>();
const requireHere = createRequire(import.meta.url);

/** The installed version of a package oagen depends on ("?" without one, "absent" when it is not installed). */
export function packageVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    try {
      version = (JSON.parse(readFileSync(requireHere.resolve(`${name}/package.json`), "utf8")) as { version?: string }).version ?? "?";
    } catch {
      version = "absent";
    }
    versions.set(name, version);
  }
  return version;
}
