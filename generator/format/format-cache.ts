/**
 * Prettier's output for a given input, parser and options, remembered by the sha256 of those and prettier's
 * version (`<cache>/formatted/<hash>`, see util/cache-store.ts). A full rebuild whose scaffolding did not change
 * then never loads prettier.
 */
import { cacheKey, packageVersion, readCacheEntry, writeCacheEntry } from "../util/cache-store.js";

const keyOf = (key: object) => cacheKey(packageVersion("prettier"), JSON.stringify(key));

export function cachedFormat(key: object): string | undefined {
  return readCacheEntry("formatted", keyOf(key));
}

export function rememberFormat(key: object, formatted: string): void {
  writeCacheEntry("formatted", keyOf(key), formatted);
}
