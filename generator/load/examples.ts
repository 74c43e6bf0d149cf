/**
 * `x-ms-examples` are data, loaded lazily: only for the operations kept in the bundle, after bundling, and
 * never a reason to fail. An entry `{ "$ref": "./examples/X.json" }` is replaced by the file's content when it
 * is present (inside the spec root, like every `$ref`); a missing or unreadable file is one warning naming it,
 * and the entry is dropped. A reference outside the spec root is refused (error), as for any `$ref`.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { appendPointer, resolvePointer } from "../util/json-pointer.js";
import { setOwn, type SourceFile } from "./bundle.js";
import { readSource } from "./read-source.js";
import { resolveRefTarget } from "./spec-root.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Loads the example files of every operation in `document` (the bundle, mutated in place). */
export async function loadExamples(document: Record<string, unknown>, root: SourceFile, specRoot: string, display: (absolutePath: string) => string): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const cache = new Map<string, unknown>();
  const report = (severity: "error" | "warning", pointer: string, code: string, message: string, hint: string): void => {
    diagnostics.push({ severity, code, file: root.display, pointer, ...root.locate(pointer), message, hint });
  };
  for (const key of ["paths", "x-ms-paths"]) {
    const paths = document[key];
    if (!isRecord(paths)) continue;
    for (const [path, item] of Object.entries(paths)) {
      if (!isRecord(item)) continue;
      for (const method of METHODS) {
        const op = item[method];
        if (!isRecord(op) || !isRecord(op["x-ms-examples"])) continue;
        const examples = op["x-ms-examples"];
        for (const name of Object.keys(examples)) {
          const entry = examples[name];
          const ref = isRecord(entry) ? entry["$ref"] : undefined;
          if (typeof ref !== "string") continue;
          const pointer = appendPointer("#", key, path, method, "x-ms-examples", name);
          const target = resolveRefTarget(ref, root.absolutePath, specRoot);
          if (!target.ok) {
            report("error", appendPointer(pointer, "$ref"), `ref-${target.reason}`, target.message, target.hint);
            delete examples[name];
            continue;
          }
          if (!cache.has(target.absolutePath)) {
            const source = await readSource(display(target.absolutePath), target.absolutePath);
            cache.set(target.absolutePath, Array.isArray(source) ? source : { data: source.data });
          }
          const loaded = cache.get(target.absolutePath);
          if (Array.isArray(loaded)) {
            const problem = (loaded as Diagnostic[])[0]!;
            report("warning", pointer, problem.code === "unreadable-file" ? "example-file-missing" : "example-file-invalid", `Example "${name}" is not used: ${display(target.absolutePath)} ${problem.code === "unreadable-file" ? "is not in the checkout" : `cannot be read (${problem.message})`}.`, "Add the example file to use it for fixtures and tests; generation does not need it.");
            delete examples[name];
            continue;
          }
          const data = target.fragment === "#" ? (loaded as { data: unknown }).data : resolvePointer((loaded as { data: unknown }).data, target.fragment);
          if (!isRecord(data)) {
            report("warning", pointer, "example-file-invalid", `Example "${name}" is not used: ${ref} does not hold an example object.`, "Point the entry at an x-ms-examples file ({ parameters, responses }).");
            delete examples[name];
            continue;
          }
          setOwn(examples, name, structuredClone(data));
        }
      }
    }
  }
  return diagnostics;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
