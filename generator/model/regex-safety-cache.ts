/**
 * The ReDoS verdicts of `regex-safety.ts`, remembered across runs by the sha256 of recheck's version, the check's
 * settings and the pattern with its flags (`<cache>/regex-safety/<hash>`, see util/cache-dir.ts). recheck runs in
 * a worker that takes about half a second to start, so a rebuild whose patterns were all checked before never
 * starts it. Only verdicts that do not depend on the machine are stored (never a timeout).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cacheDir } from "../util/cache-dir.js";

export type PatternSafety = { safe: true } | { safe: false; reason: string };

let recheckVersion: string | undefined;

function fileOf(key: string): string | undefined {
  const dir = cacheDir("regex-safety");
  if (!dir) return undefined;
  recheckVersion ??= (JSON.parse(readFileSync(createRequire(import.meta.url).resolve("recheck/package.json"), "utf8")) as { version: string }).version;
  return path.join(dir, createHash("sha256").update(recheckVersion).update("\0").update(key).digest("hex"));
}

export function cachedSafety(key: string): PatternSafety | undefined {
  try {
    const file = fileOf(key);
    if (!file) return undefined;
    const data = JSON.parse(readFileSync(file, "utf8")) as Partial<{ safe: unknown; reason: unknown }>;
    if (data.safe === true) return { safe: true };
    if (data.safe === false && typeof data.reason === "string") return { safe: false, reason: data.reason };
  } catch {
    // No entry, or an unreadable one: check again.
  }
  return undefined;
}

export function rememberSafety(key: string, result: PatternSafety): void {
  try {
    const file = fileOf(key);
    if (!file) return;
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(result));
    // rename is atomic: a concurrent reader sees no file or the whole one.
    renameSync(temporary, file);
  } catch {
    // A read-only or missing cache folder only costs the next run a check.
  }
}
