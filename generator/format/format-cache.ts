/**
 * Prettier's output for a given input, parser and options, remembered by the sha256 of those and prettier's
 * version (`<cache>/formatted/<hash>`, see util/cache-dir.ts). A full rebuild whose scaffolding did not change
 * then never loads prettier.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cacheDir } from "../util/cache-dir.js";

let prettierVersion: string | undefined;

function keyOf(key: object): string {
  prettierVersion ??= (JSON.parse(readFileSync(createRequire(import.meta.url).resolve("prettier/package.json"), "utf8")) as { version: string }).version;
  return createHash("sha256").update(prettierVersion).update("\0").update(JSON.stringify(key)).digest("hex");
}

export function cachedFormat(key: object): string | undefined {
  const dir = cacheDir("formatted");
  if (!dir) return undefined;
  try {
    return readFileSync(path.join(dir, keyOf(key)), "utf8");
  } catch {
    return undefined;
  }
}

export function rememberFormat(key: object, formatted: string): void {
  const dir = cacheDir("formatted");
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, keyOf(key));
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, formatted);
    // rename is atomic: a concurrent reader sees no file or the whole one.
    renameSync(temporary, file);
  } catch {
    // A read-only or missing node_modules only costs the next run a prettier call.
  }
}
