/**
 * Finds and reads the configuration: `--config FILE`, else the first of `oagen.config.ts`, `oagen.config.mts`,
 * `oagen.config.mjs`, `oagen.config.js`, `oagen.config.json` in the working directory. JSON is read with
 * positions (a problem names its line and column); a module is transpiled by esbuild when it is TypeScript,
 * imported from beside the config file (so its own imports resolve as the user's do) and its default export
 * taken. Problems are diagnostics (exit 2), never stack traces.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SpecError, type Diagnostic } from "../diagnostics/index.js";
import { parseYaml } from "../load/parse-yaml.js";
import { createLocator } from "../load/source-map.js";
import { findJsonSyntaxError } from "./json-syntax.js";
import { validateConfig } from "./validate-config.js";
import type { OagenConfig } from "./define-config.js";

export const CONFIG_FILE_NAMES: readonly string[] = ["oagen.config.ts", "oagen.config.mts", "oagen.config.mjs", "oagen.config.js", "oagen.config.json"];

export interface LoadedConfig {
  /** Absolute path of the config file. */
  absolutePath: string;
  /** The path as reported in diagnostics (relative to the working directory). */
  file: string;
  config: OagenConfig;
}

/** The config file of `cwd` (or `explicit`), undefined when there is none. */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) return path.resolve(cwd, explicit);
  return CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)).find((file) => existsSync(file));
}

export async function readConfig(absolutePath: string, cwd: string): Promise<LoadedConfig> {
  const file = path.relative(cwd, absolutePath).split(path.sep).join("/") || absolutePath;
  const fail = (message: string, hint: string, pointer = ""): never => {
    throw new SpecError([{ severity: "error", code: "invalid-config", file, pointer, message, hint }]);
  };
  if (!existsSync(absolutePath)) fail("This config file does not exist.", "Check the path given to --config, or run `oagen init` to write one.");
  let value: unknown;
  let locate: ((pointer: string) => { line: number; column: number } | undefined) | undefined;
  if (absolutePath.endsWith(".json")) {
    const text = blankComments(readFileSync(absolutePath, "utf8"));
    const parsed = parseYaml(text, { maxDepth: 64, maxAliasCount: 0 });
    const syntax = findJsonSyntaxError(text);
    if (syntax || !isJsonText(text)) {
      const where = syntax ? parsed.lines.linePos(syntax.offset) : undefined;
      const d: Diagnostic = { severity: "error", code: "invalid-config", file, pointer: "", message: `The file is not valid JSON${syntax ? `: expected ${syntax.expected} here` : ""}.`, hint: "Fix the JSON syntax: quoted keys, no trailing commas; // comments are allowed (oagen init writes a valid starter file)." };
      throw new SpecError([where ? { ...d, line: where.line, column: where.col } : d]);
    }
    value = JSON.parse(text);
    if (parsed.ok) locate = createLocator(parsed.doc, parsed.lines);
  } else {
    value = await importConfigModule(absolutePath, fail);
  }
  const problems = validateConfig(value, file);
  if (problems.length > 0) {
    throw new SpecError(problems.map((d) => {
      const at = locate?.(d.pointer);
      return at ? { ...d, line: at.line, column: at.column } : d;
    }));
  }
  return { absolutePath, file, config: value as OagenConfig };
}

/**
 * JSON with comments (like tsconfig.json): `//` and `/* *\/` comments outside strings become spaces (newlines
 * kept), so offsets, lines and columns stay those of the file.
 */
export function blankComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "/" && text[i + 1] === "/") {
      let j = i;
      while (j < text.length && text[j] !== "\n") j++;
      out += " ".repeat(j - i);
      i = j - 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const j = end < 0 ? text.length : end + 2;
      out += text.slice(i, j).replace(/[^\n]/g, " ");
      i = j - 1;
    } else out += c;
  }
  return out;
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function importConfigModule(absolutePath: string, fail: (message: string, hint: string) => never): Promise<unknown> {
  let url = pathToFileURL(absolutePath).href;
  let temporary: string | undefined;
  if (/\.m?ts$/.test(absolutePath)) {
    const { transform } = await import("esbuild");
    const { code } = await transform(readFileSync(absolutePath, "utf8"), { loader: "ts", format: "esm", target: "es2022", sourcefile: absolutePath });
    temporary = `${absolutePath}.${process.pid}.${Date.now()}.mjs`;
    writeFileSync(temporary, code);
    url = pathToFileURL(temporary).href;
  }
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    return fail(`The config module could not be loaded: ${(error as Error).message}`, "Fix the error above; the file must `export default defineConfig({ … })` (defineConfig comes from \"oagen\").");
  } finally {
    if (temporary) rmSync(temporary, { force: true });
  }
  if (module.default === undefined) fail("The config module has no default export.", "Write `export default defineConfig({ … })` (import { defineConfig } from \"oagen\").");
  return typeof module.default === "function" ? await (module.default as () => unknown)() : module.default;
}
