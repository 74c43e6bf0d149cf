/**
 * The ReDoS verdicts of `regex-safety.ts`, remembered across runs under `<cache>/regex-safety/`, keyed by recheck's
 * version, the check's settings and the pattern with its flags (util/cache-store.ts). A rebuild whose patterns were
 * all checked before never loads recheck. Only
 * verdicts that do not depend on the machine are stored (never a timeout).
 */
import { cacheKey, packageVersion, readCacheEntry, writeCacheEntry } from "../util/cache-store.js";

export type PatternSafety = { safe: true } | { safe: false; reason: string };

const KIND = "regex-safety";

const keyOf = (key: string) => cacheKey(packageVersion("recheck"), key);

export function cachedSafety(key: string): PatternSafety | undefined {
  const text = readCacheEntry(KIND, keyOf(key));
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<{ safe: unknown; reason: unknown }>;
    if (data.safe === true) return { safe: true };
    if (data.safe === false && typeof data.reason === "string") return { safe: false, reason: data.reason };
  } catch {
    // A damaged entry: check again.
  }
  return undefined;
}

export function rememberSafety(key: string, result: PatternSafety): void {
  writeCacheEntry(KIND, keyOf(key), JSON.stringify(result));
}
