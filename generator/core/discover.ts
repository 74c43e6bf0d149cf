/**
 * Which spec files make which service. A folder is searched recursively for .yaml/.yml/.json files; a file
 * inside it belongs to the service named by its first sub-folder (`specs/datafactory/2018-06-01/X.yaml` →
 * `datafactory`), or by the folder itself when that sub-folder is an api-version (`specs/datafactory`). A file given on its own, or lying directly in the folder, is named from `info.title`
 * (kebab-cased, without a trailing "Client"), unless a service name is given.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SpecError } from "../diagnostics/index.js";
import { kebabCase } from "../naming/index.js";

const SPEC_EXTENSIONS = [".yaml", ".yml", ".json"];

export interface SpecFileRef {
  absolutePath: string;
  /** Service name from the folder layout; undefined: take it from `info.title`. */
  service?: string;
}

export function discoverSpecFiles(inputs: readonly string[], cwd: string, serviceOverride?: string): SpecFileRef[] {
  const refs: SpecFileRef[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let isDir = false;
    try {
      isDir = statSync(absolute).isDirectory();
    } catch {
      // Missing paths are reported by the loader with a proper diagnostic.
    }
    if (!isDir) {
      refs.push({ absolutePath: absolute, ...(serviceOverride ? { service: serviceOverride } : {}) });
      continue;
    }
    const files = listSpecFiles(absolute);
    if (files.length === 0) {
      throw new SpecError([{ severity: "error", code: "no-specs", file: input, pointer: "", message: "This folder holds no .yaml, .yml or .json spec files.", hint: "Pass a spec file or a folder of specs (specs/<service>/<api-version>/<Operation>.yaml)." }]);
    }
    for (const file of files) {
      const service = serviceOverride ?? serviceFromLayout(absolute, path.relative(absolute, file).split(path.sep));
      refs.push({ absolutePath: file, ...(service ? { service } : {}) });
    }
  }
  return refs.sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
}

/**
 * `<input>/<service>/<api-version>/X.yaml` → the service folder; `<input>/<api-version>/X.yaml` (the input IS a
 * service folder, `oagen generate specs/datafactory`) → the input folder's own name; a file lying directly in
 * an api-version folder (`specs/datafactory/2018-06-01`) → its parent's name; any other file lying directly in
 * the input folder → undefined (named from `info.title`).
 */
function serviceFromLayout(inputDir: string, rel: readonly string[]): string | undefined {
  if (rel.length < 2) return isApiVersion(path.basename(inputDir)) ? path.basename(path.dirname(inputDir)) : undefined;
  if (!isApiVersion(rel[0]!)) return rel[0];
  return path.basename(inputDir);
}

/** Azure's api-version folder names: `2018-06-01`, `2024-05-01-preview`, `v1`, `1.0`, `7.4-preview.1`. */
export function isApiVersion(name: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(-[a-z0-9.]+)?$/i.test(name) || /^v?\d+(\.\d+)*(-[a-z0-9.]+)?$/i.test(name);
}

function listSpecFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSpecFiles(full));
    else if (SPEC_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) out.push(full);
  }
  return out;
}

/** `DataFactoryClient` → `data-factory`. */
export function serviceNameFromTitle(title: string): string {
  return kebabCase(title.replace(/\s*Client$/, "")) || "service";
}

export function isValidServiceName(name: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(name);
}
