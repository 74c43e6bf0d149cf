/**
 * Path templates and their parameters must agree: every `{name}` in a path has a `path` parameter (declared
 * on the operation or the path item), and every `path` parameter appears in the template. Server variables
 * (`{endpoint}`, or Swagger 2.0's `x-ms-parameterized-host`) belong to the server URL, not the path.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { appendPointer, resolvePointer } from "../util/json-pointer.js";
import type { Locate } from "./source-map.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export function checkPathParameters(file: string, document: Record<string, unknown>, locate: Locate): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const hostTemplate = (document["x-ms-parameterized-host"] as { hostTemplate?: unknown } | undefined)?.hostTemplate;
  const hostNames = typeof hostTemplate === "string" ? [...hostTemplate.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!) : [];
  const paths = document["paths"];
  if (paths === null || typeof paths !== "object") return diagnostics;
  for (const [path, item] of Object.entries(paths as Record<string, unknown>)) {
    if (item === null || typeof item !== "object") continue;
    const itemPointer = appendPointer("#/paths", path);
    const templateNames = [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
    const shared = pathParameterNames(document, (item as Record<string, unknown>)["parameters"]);
    for (const method of METHODS) {
      const op = (item as Record<string, unknown>)[method];
      if (op === null || typeof op !== "object") continue;
      const opPointer = appendPointer(itemPointer, method);
      const own = pathParameterNames(document, (op as Record<string, unknown>)["parameters"]);
      const declared = new Set([...shared, ...own]);
      for (const name of templateNames) {
        if (!declared.has(name)) {
          diagnostics.push({
            severity: "error",
            code: "undeclared-path-parameter",
            file,
            pointer: opPointer,
            ...locate(opPointer),
            message: `The path "${path}" uses {${name}}, but the ${method.toUpperCase()} operation declares no path parameter "${name}".`,
            hint: `Add a parameter with name: ${name}, in: path, required: true to the operation or its path item.`,
          });
        }
      }
      for (const name of declared) {
        if (!templateNames.includes(name) && !hostNames.includes(name)) {
          diagnostics.push({
            severity: "error",
            code: "unused-path-parameter",
            file,
            pointer: opPointer,
            ...locate(opPointer),
            message: `The ${method.toUpperCase()} operation declares the path parameter "${name}", but the path "${path}" has no {${name}}.`,
            hint: `Add {${name}} to the path or change the parameter's "in".`,
          });
        }
      }
    }
  }
  return diagnostics;
}

function pathParameterNames(document: unknown, parameters: unknown): string[] {
  if (!Array.isArray(parameters)) return [];
  const names: string[] = [];
  for (let param of parameters) {
    for (let hops = 0; param && typeof param === "object" && typeof param.$ref === "string" && hops < 32; hops++) {
      param = param.$ref.startsWith("#") ? resolvePointer(document, param.$ref) : undefined;
    }
    if (param && typeof param === "object" && param.in === "path" && typeof param.name === "string") names.push(param.name);
  }
  return names;
}
