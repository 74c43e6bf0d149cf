/**
 * Remembers documents that passed @readme/openapi-parser's validation, keyed by the sha256 of the parser's
 * version and the document's content, in `node_modules/.cache/oagen/validated/` (the conventional cache
 * place; `OAGEN_CACHE_DIR` moves it, `OAGEN_NO_CACHE=1` turns it off). The parser compiles the whole
 * OpenAPI meta-schema on every call (~100 ms), so this is most of an incremental run's load time. Only
 * successes are cached; any failure to read or write the cache just means validating again.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PACKAGE_ROOT as GENERATOR_DIR } from "../util/package-root.js";

function cacheDir(): string | undefined {
  if (process.env["OAGEN_NO_CACHE"] === "1") return undefined;
  if (process.env["OAGEN_CACHE_DIR"]) return path.join(process.env["OAGEN_CACHE_DIR"], "validated");
  let dir = GENERATOR_DIR;
  while (path.basename(dir) !== "node_modules" && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const modules = path.basename(dir) === "node_modules" ? dir : path.join(path.dirname(GENERATOR_DIR), "node_modules");
  return path.join(modules, ".cache", "oagen", "validated");
}

let parserVersion: string | undefined;
function keyOf(document: unknown): string {
  parserVersion ??= (JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@readme/openapi-parser/package.json"), "utf8")) as { version: string }).version;
  return createHash("sha256").update(parserVersion).update("\0").update(JSON.stringify(document)).digest("hex");
}

export function isKnownValid(document: unknown): boolean {
  const dir = cacheDir();
  return dir !== undefined && existsSync(path.join(dir, keyOf(document)));
}

export function rememberValid(document: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, keyOf(document)), "");
  } catch {
    // A read-only or missing node_modules only costs the next run a validation.
  }
}
