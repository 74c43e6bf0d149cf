/**
 * Handlebars templates from `templates/`, for scaffolding only (package.json, README, file headers).
 * Compiled with `noEscape` and `strict`; each has a typed context whose values are already escaped for the
 * template's output context — or go through the `json` helper, the one escaping path for JSON.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Handlebars from "handlebars";
import { TEMPLATES_DIR } from "../util/package-root.js";

const TEMPLATE_DIR = pathToFileURL(TEMPLATES_DIR + path.sep);
const hb = Handlebars.create();
hb.registerHelper("json", (value: unknown) => JSON.stringify(value, null, 2));

const cache = new Map<string, Handlebars.TemplateDelegate>();

function compile(name: string): Handlebars.TemplateDelegate {
  let template = cache.get(name);
  if (!template) {
    template = hb.compile(readFileSync(new URL(name, TEMPLATE_DIR), "utf8"), { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template;
}

export interface FileHeaderContext {
  /** Already passed through `lineCommentText`. */
  source: string;
}

export interface PackageJsonContext {
  packageName: string;
  version: string;
  description: string;
  /** `license` and `repository`, when configured. */
  metadata: Record<string, unknown>;
  main: string;
  types: string;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional: boolean }>;
}

export interface ReadmeContext {
  /** Escaped for Markdown text. */
  packageName: string;
  description: string;
  license: string | undefined;
  /** Table cells, each already escaped for a Markdown table cell (`entry` and `specFile` as whole code spans). */
  services: { entry: string; clientName: string; operations: string; specFile: string; apiVersion: string }[];
  /** One per service entry: Markdown text escaped, `code`/`paging`/`test` built by readme-samples.ts (escaped literals). */
  samples: { service: string; entry: string; namespace: string; clientName: string; apiVersion: string; code: string; paging: string | undefined; test: string }[];
}

export interface TsconfigContext {
  compilerOptions: Record<string, unknown>;
  include: string[];
}

export const renderFileHeader = (ctx: FileHeaderContext): string => compile("file-header.hbs")(ctx);
export const renderPackageJson = (ctx: PackageJsonContext): string => compile("package.json.hbs")(ctx);
export const renderReadme = (ctx: ReadmeContext): string => compile("README.md.hbs")(ctx);
export const renderTsconfig = (ctx: TsconfigContext): string => compile("tsconfig.json.hbs")(ctx);
