/**
 * Which spec files make which service. A folder is searched recursively for .yaml/.yml/.json files; a file
 * inside it belongs to the service named by its first sub-folder (`specs/datafactory/2018-06-01/X.yaml` →
 * `datafactory`). A file given on its own, or lying directly in the folder, is named from `info.title`
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
      const rel = path.relative(absolute, file).split(path.sep);
      const service = serviceOverride ?? (rel.length > 1 ? rel[0] : undefined);
      refs.push({ absolutePath: file, ...(service ? { service } : {}) });
    }
  }
  return refs.sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
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
