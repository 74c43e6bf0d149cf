/**
 * The fingerprint of everything that decides the output: the spec files' bytes, oagen's own sources and
 * templates, and the versions of the tools that shape the output (parser, ts-morph/TypeScript, prettier, the
 * Azure packages the output is type-checked against). Equal fingerprints give byte-identical output, so
 * `generate` can skip the whole pipeline when the output's manifest records the same fingerprint. Contents
 * only (line endings normalised), never paths or times: the same on every machine.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GENERATOR_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const TEMPLATES_DIR = path.join(path.dirname(GENERATOR_DIR), "templates");
const TOOLS = ["@readme/openapi-parser", "yaml", "ts-morph", "prettier", "handlebars", "recheck", "randexp", "@azure/core-rest-pipeline", "@azure/core-auth", "@azure/logger", "msw"];

export function computeFingerprint(specFiles: readonly string[], specRoot: string): string {
  const hash = createHash("sha256");
  const add = (label: string, content: string) => hash.update(`${label}\0${content.replace(/\r\n/g, "\n")}\0`);
  for (const file of [...specFiles].sort()) add(`spec:${path.relative(specRoot, file).split(path.sep).join("/")}`, readFileSync(file, "utf8"));
  for (const file of listFiles(GENERATOR_DIR)) add(`generator:${file}`, readFileSync(path.join(GENERATOR_DIR, file), "utf8"));
  for (const file of listFiles(TEMPLATES_DIR)) add(`template:${file}`, readFileSync(path.join(TEMPLATES_DIR, file), "utf8"));
  const require = createRequire(path.join(GENERATOR_DIR, "package.json"));
  for (const tool of TOOLS) add(`tool:${tool}`, toolVersion(require, tool));
  return hash.digest("hex");
}

function toolVersion(require: NodeRequire, name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "absent";
  }
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
