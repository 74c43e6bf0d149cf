/**
 * The content-hash cache of compiled files: a `src/**.ts` file's outputs (`.js`, `.d.ts` and their maps) keyed by
 * sha256 of its path, its contents and the compiler's own sources and tool versions. Kept in memory for the
 * process (a `--watch` session) and on disk under `<cache>/compiled/` (util/cache-dir.ts), so a regeneration
 * compiles only the files whose text changed: a change to one service recompiles only that service's files. A
 * cache is only an optimisation: anything unreadable means compiling again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TextUnit } from "../emit/index.js";
import { cacheDir } from "../util/cache-dir.js";

const memory = new Map<string, TextUnit[]>();
let salt: string | undefined;

/** The compiler's identity: this folder's sources (options, transpile code) and the oxc-transform version. */
function compilerSalt(): string {
  if (salt !== undefined) return salt;
  const hash = createHash("sha256");
  const dir = path.dirname(fileURLToPath(import.meta.url));
  for (const file of readdirSync(dir).sort()) hash.update(file).update("\0").update(readFileSync(path.join(dir, file), "utf8")).update("\0");
  const require = createRequire(import.meta.url);
  for (const tool of ["oxc-transform"]) {
    try {
      hash.update((JSON.parse(readFileSync(require.resolve(`${tool}/package.json`), "utf8")) as { version?: string }).version ?? "?");
    } catch {
      hash.update("absent");
    }
  }
  salt = hash.digest("hex");
  return salt;
}

export function compileKey(unit: TextUnit): string {
  return createHash("sha256").update(compilerSalt()).update("\0").update(unit.path).update("\0").update(unit.contents).digest("hex");
}

export function cachedCompile(unit: TextUnit): TextUnit[] | undefined {
  const key = compileKey(unit);
  const hit = memory.get(key);
  if (hit) return hit;
  const dir = cacheDir("compiled");
  if (!dir) return undefined;
  try {
    const files = JSON.parse(readFileSync(path.join(dir, key), "utf8")) as TextUnit[];
    if (!Array.isArray(files) || !files.every((f) => f.kind === "text" && typeof f.path === "string" && typeof f.contents === "string")) return undefined;
    memory.set(key, files);
    return files;
  } catch {
    return undefined;
  }
}

export function rememberCompile(unit: TextUnit, files: TextUnit[]): void {
  const key = compileKey(unit);
  memory.set(key, files);
  const dir = cacheDir("compiled");
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, key);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(files));
    renameSync(temporary, file);
  } catch {
    // A read-only cache only costs the next run a compile.
  }
}

/** Forgets the in-memory entries (tests). */
export function clearCompileMemory(): void {
  memory.clear();
}
