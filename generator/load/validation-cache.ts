/**
 * Remembers documents that passed @readme/openapi-parser's validation, keyed by the sha256 of the parser's
 * version and the document's content, in `node_modules/.cache/oagen/validated/` (the conventional cache
 * place; `OAGEN_CACHE_DIR` moves it, `OAGEN_NO_CACHE=1` turns it off). The parser compiles the whole
 * OpenAPI meta-schema on every call (~100 ms), so this is most of an incremental run's load time. Only
 * successes are cached; any failure to read or write the cache just means validating again.
 */
import { cacheKey, packageVersion, readCacheEntry, writeCacheEntry } from "../util/cache-store.js";

/** The cache key of a document, from its JSON (computed once by the caller: hashing 6 MB is not free). */
export const validationKey = (json: string) => cacheKey(packageVersion("@readme/openapi-parser"), json);

export function isKnownValid(key: string): boolean {
  return readCacheEntry("validated", key) !== undefined;
}

export function rememberValid(key: string): void {
  writeCacheEntry("validated", key, "");
}
