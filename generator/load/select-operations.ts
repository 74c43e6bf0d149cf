/**
 * `--operation ID…`: which operations of a spec file to generate. The bundler then follows only what those
 * operations reach, so a partial checkout (an Azure spec whose other operations need files that are absent)
 * still loads. An id the file does not define is an error naming the closest ids it does define.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { appendPointer } from "../util/json-pointer.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface OperationSelection {
  /** Pointers of the chosen operations (`#/paths/~1a/post`). */
  pointers: Set<string>;
  /** Chosen ids this file does not define. */
  missing: string[];
  /** Every operationId the file defines, sorted. */
  available: string[];
}

export function selectOperations(document: Readonly<Record<string, unknown>>, operationIds: readonly string[]): OperationSelection {
  const wanted = new Set(operationIds);
  const pointers = new Set<string>();
  const found = new Set<string>();
  const available: string[] = [];
  for (const key of ["paths", "x-ms-paths"]) {
    const paths = document[key];
    if (paths === null || typeof paths !== "object") continue;
    for (const [path, item] of Object.entries(paths as Record<string, unknown>)) {
      if (item === null || typeof item !== "object") continue;
      for (const method of METHODS) {
        const op = (item as Record<string, unknown>)[method];
        if (op === null || typeof op !== "object") continue;
        const id = (op as Record<string, unknown>)["operationId"];
        if (typeof id !== "string") continue;
        available.push(id);
        if (wanted.has(id)) {
          pointers.add(appendPointer("#", key, path, method));
          found.add(id);
        }
      }
    }
  }
  return { pointers, missing: operationIds.filter((id) => !found.has(id)), available: [...new Set(available)].sort() };
}

export function unknownOperationDiagnostic(file: string, id: string, available: readonly string[]): Diagnostic {
  const lower = id.toLowerCase();
  const group = lower.split("_")[0]!;
  const close = available.filter((a) => a.toLowerCase() === lower || a.toLowerCase().startsWith(group)).slice(0, 8);
  return {
    severity: "error",
    code: "unknown-operation",
    file,
    pointer: "#/paths",
    message: `No operation in this file has the operationId "${id}".`,
    hint: close.length > 0 ? `Operation ids are case-sensitive; close ones here: ${close.join(", ")}.` : `This file defines ${available.length} operations${available.length > 0 ? `, e.g. ${available.slice(0, 5).join(", ")}` : ""}.`,
  };
}
