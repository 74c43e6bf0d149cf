/**
 * The fingerprint of everything that decides the output: the spec files' bytes, oagen's own sources and
 * templates, and the versions of the tools that shape the output (parser, ts-morph/TypeScript, oxc-transform, prettier, the
 * Azure packages the output is type-checked against). Equal fingerprints give byte-identical output, so
 * `generate` can skip the whole pipeline when the output's manifest records the same fingerprint. Contents
 * only (line endings normalised), never paths or times: the same on every machine.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { packageVersion } from "../util/cache-store.js";
import { PACKAGE_ROOT as GENERATOR_DIR, RUNS_COMPILED, TEMPLATES_DIR } from "../util/package-root.js";

/** Written by the build (scripts/build.mjs): the hash of the sources `dist/` was compiled from. */
export const BUILD_INFO_FILE = "dist/build-info.json";
/** Top-level folders of the package that are build products, not sources. */
const NOT_SOURCES = new Set(["dist", "templates", "node_modules"]);
const TOOLS = ["@readme/openapi-parser", "yaml", "js-yaml", "ts-morph", "oxc-transform", "prettier", "handlebars", "recheck", "randexp", "@azure/core-rest-pipeline", "@azure/core-auth", "@azure/logger", "msw"];

export function computeFingerprint(specFiles: readonly string[], specRoot: string, settings = ""): string {
  const hash = createHash("sha256");
  const add = (label: string, content: string) => hash.update(`${label}\0${content.replace(/\r\n/g, "\n")}\0`);
  add("settings", settings);
  for (const file of [...specFiles].sort()) add(`spec:${path.relative(specRoot, file).split(path.sep).join("/")}`, readFileSync(file, "utf8"));
  add("generator", generatorSourceHash());
  for (const tool of TOOLS) add(`tool:${tool}`, packageVersion(tool));
  return hash.digest("hex");
}

/**
 * The hash of oagen's own sources and templates: computed from the TypeScript sources when oagen runs from them,
 * read from `dist/build-info.json` when it runs compiled (the build computed it from the same sources), so both
 * give the same fingerprint.
 */
let sourceHash: string | undefined;
export function generatorSourceHash(): string {
  if (sourceHash) return sourceHash;
  if (RUNS_COMPILED) {
    try {
      return (sourceHash = (JSON.parse(readFileSync(path.join(GENERATOR_DIR, BUILD_INFO_FILE), "utf8")) as { sourceHash: string }).sourceHash);
    } catch {
      // not built by scripts/build.mjs: fall through (a tree without sources hashes only its templates)
    }
  }
  return (sourceHash = hashSources(GENERATOR_DIR, TEMPLATES_DIR));
}

/** Hashes the package's source files (not dist/, node_modules/ nor the templates copy) and the templates. */
export function hashSources(generatorDir: string, templatesDir: string): string {
  const hash = createHash("sha256");
  const add = (label: string, content: string) => hash.update(`${label}\0${content.replace(/\r\n/g, "\n")}\0`);
  for (const file of listFiles(generatorDir).filter((f) => !NOT_SOURCES.has(f.split("/")[0]!))) add(`generator:${file}`, readFileSync(path.join(generatorDir, file), "utf8"));
  for (const file of listFiles(templatesDir)) add(`template:${file}`, readFileSync(path.join(templatesDir, file), "utf8"));
  return hash.digest("hex");
}

function listFiles(dir: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.name !== "node_modules" && !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    });
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const unitHashes = new WeakMap<{ readonly contents: string }, string>();

/**
 * The sha256 of a finished file's text, computed once per file object: the manifest records it and the compile
 * cache keys a source by it (at 1,000 operations the sources are 20 MB, hashed twice before).
 */
export function unitHash(unit: { readonly contents: string }): string {
  let hash = unitHashes.get(unit);
  if (hash === undefined) unitHashes.set(unit, (hash = sha256(unit.contents)));
  return hash;
}
