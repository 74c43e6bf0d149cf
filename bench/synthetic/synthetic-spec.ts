/**
 * A synthetic OpenAPI 3.1 document of N operations, cloned from the five fragments in `specs/` so that it has
 * their shapes (patterns, enums, nullable fields, secrets, the recursive error model, paging, request bodies,
 * examples) at any size. Copy `i` (0-based) clones fragment `i % 5`; every component it declares (schemas,
 * parameters, responses, …) gets the suffix `V<i>`, so names, paths and operationIds are all distinct while
 * the shapes stay the same. Operations are grouped `groupSize` to a tag (the operation group), like a real
 * Azure service. The result is one service on the ARM endpoint with one `api-version`, as in a real Azure
 * file: the data-plane fragment (Purview) gets a path prefix instead of its own server.
 *
 * Deterministic: the same options give the same document, byte for byte once printed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_FRAGMENTS_DIR = path.join(REPO_ROOT, "specs");
export const SYNTHETIC_API_VERSION = "2024-01-01";

export interface SyntheticSpecOptions {
  /** How many operations (≥ 1). */
  operations: number;
  /** How many clones of one fragment share a tag (operation group). Default 10. */
  groupSize?: number;
  /** The folder of fragments to clone. Default: the repository's `specs/`. */
  fragmentsDir?: string;
  /** `info.title`; the service name is derived from it. Default "SyntheticClient". */
  title?: string;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

interface Fragment {
  file: string;
  doc: JsonObject;
}

const COMPONENT_KINDS = ["schemas", "parameters", "responses", "requestBodies", "headers", "examples"] as const;
const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** Every `.yaml`/`.yml`/`.json` fragment under `dir`, in path order. */
export function readFragments(dir: string = DEFAULT_FRAGMENTS_DIR): Fragment[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/.test(entry.name)) files.push(full);
    }
  };
  walk(dir);
  if (files.length === 0) throw new Error(`no spec fragments in ${dir}`);
  return files.map((file) => ({ file: path.relative(dir, file), doc: parse(readFileSync(file, "utf8")) as JsonObject }));
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep copy with every local `$ref` to a renamed component rewritten. */
function cloneWithRefs(value: Json, rename: (ref: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => cloneWithRefs(v, rename));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === "$ref" && typeof v === "string" ? rename(v) : cloneWithRefs(v, rename);
  return out;
}

/** The path of copy `copy`: ARM paths get a numbered provider namespace, others a numbered prefix. */
function clonePath(original: string, copy: number): string {
  const provider = /\/providers\/([A-Za-z0-9.]+)\//;
  if (provider.test(original)) return original.replace(provider, (_, ns: string) => `/providers/${ns}V${copy}/`);
  return `/dataplane${copy}${original}`;
}

/** `Tag_Operation` → [Tag, Operation]; an operationId without `_` is its own operation name. */
function splitOperationId(operationId: string, fallbackTag: string): [string, string] {
  const at = operationId.indexOf("_");
  return at === -1 ? [fallbackTag, operationId] : [operationId.slice(0, at), operationId.slice(at + 1)];
}

/** Pins every api-version (parameter defaults/enums and example values) to the one synthetic version. */
function pinApiVersion(value: Json): Json {
  if (Array.isArray(value)) return value.map(pinApiVersion);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === "api-version" && typeof v === "string" ? SYNTHETIC_API_VERSION : pinApiVersion(v);
  if (out["name"] === "api-version" && out["in"] === "query" && isObject(out["schema"])) {
    const schema: JsonObject = { ...out["schema"] };
    if ("default" in schema) schema["default"] = SYNTHETIC_API_VERSION;
    if (Array.isArray(schema["enum"])) schema["enum"] = [SYNTHETIC_API_VERSION];
    if ("const" in schema) schema["const"] = SYNTHETIC_API_VERSION;
    out["schema"] = schema;
  }
  return out;
}

/** Builds the synthetic document (a plain JSON value). */
export function makeSyntheticSpec(options: SyntheticSpecOptions): JsonObject {
  const { operations } = options;
  const groupSize = options.groupSize ?? 10;
  if (!Number.isInteger(operations) || operations < 1) throw new Error(`operations must be a positive integer, not ${operations}`);
  if (!Number.isInteger(groupSize) || groupSize < 1) throw new Error(`groupSize must be a positive integer, not ${groupSize}`);
  const fragments = readFragments(options.fragmentsDir);
  // The service-wide parts come from the first ARM fragment (or the first fragment).
  const base = fragments.find((f) => JSON.stringify(f.doc["servers"] ?? "").includes("management.azure.com")) ?? fragments[0]!;
  const baseComponents = isObject(base.doc["components"]) ? base.doc["components"] : {};

  const paths: JsonObject = {};
  const components: Record<string, JsonObject> = {};
  const tags = new Set<string>();
  for (let i = 0; i < operations; i++) {
    const fragment = fragments[i % fragments.length]!;
    const copy = Math.floor(i / fragments.length);
    const group = Math.floor(copy / groupSize);
    const suffix = `V${i}`;
    const source = isObject(fragment.doc["components"]) ? fragment.doc["components"] : {};
    const rename = (ref: string): string => {
      const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
      if (!m || !(COMPONENT_KINDS as readonly string[]).includes(m[1]!)) return ref;
      return `#/components/${m[1]}/${m[2]}${suffix}`;
    };
    for (const kind of COMPONENT_KINDS) {
      const declared = source[kind];
      if (!isObject(declared)) continue;
      const target = (components[kind] ??= {});
      for (const [name, value] of Object.entries(declared)) {
        const newName = `${name}${suffix}`;
        if (newName in target) throw new Error(`synthetic component name collision: ${kind}/${newName}`);
        target[newName] = pinApiVersion(cloneWithRefs(value, rename));
      }
    }
    const fragmentPaths = isObject(fragment.doc["paths"]) ? fragment.doc["paths"] : {};
    for (const [original, item] of Object.entries(fragmentPaths)) {
      if (!isObject(item)) continue;
      const cloned = pinApiVersion(cloneWithRefs(item, rename)) as JsonObject;
      for (const method of HTTP_METHODS) {
        const op = cloned[method];
        if (!isObject(op)) continue;
        const originalTag = Array.isArray(op["tags"]) && typeof op["tags"][0] === "string" ? op["tags"][0] : "Operations";
        const [tag, name] = splitOperationId(typeof op["operationId"] === "string" ? op["operationId"] : `${method}Operation`, originalTag);
        const newTag = `${tag}G${group}`;
        op["operationId"] = `${newTag}_${name}${suffix}`;
        op["tags"] = [newTag];
        tags.add(newTag);
      }
      const newPath = clonePath(original, i);
      if (newPath in paths) throw new Error(`synthetic path collision: ${newPath}`);
      paths[newPath] = cloned;
    }
  }

  const sortedComponents: JsonObject = {};
  for (const kind of COMPONENT_KINDS) if (components[kind]) sortedComponents[kind] = components[kind]!;
  if (isObject(baseComponents["securitySchemes"])) sortedComponents["securitySchemes"] = baseComponents["securitySchemes"];
  return {
    openapi: "3.1.0",
    info: {
      title: options.title ?? "SyntheticClient",
      version: SYNTHETIC_API_VERSION,
      description: `Synthetic benchmark service: ${operations} operations cloned from ${fragments.map((f) => f.file).join(", ")}.`,
    },
    servers: (base.doc["servers"] as Json) ?? [{ url: "https://management.azure.com" }],
    ...(base.doc["security"] ? { security: base.doc["security"] } : {}),
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: sortedComponents,
  };
}

/** The document as YAML (or JSON when `format` is "json"). */
export function printSyntheticSpec(doc: JsonObject, format: "yaml" | "json" = "yaml"): string {
  return format === "json" ? `${JSON.stringify(doc, null, 2)}\n` : stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" });
}
