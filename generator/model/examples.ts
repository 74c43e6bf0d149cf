/**
 * Examples from `x-ms-examples` (Azure's whole-exchange examples: parameters by wire name, responses by
 * status). Inline examples are read as they are; an entry that refers to an example file is data the model
 * does not need, so it is skipped with a warning (a partial checkout often lacks those files).
 */
import { appendPointer } from "../util/json-pointer.js";
import { isRecord, warn, type ModelContext } from "./context.js";
import type { IrExample, IrRequestBody } from "./ir.js";

export function readExamples(ctx: ModelContext, op: Record<string, unknown>, pointer: string, body: IrRequestBody | undefined): IrExample[] {
  const raw = op["x-ms-examples"];
  if (!isRecord(raw)) return [];
  const examples: IrExample[] = [];
  for (const name of Object.keys(raw).sort()) {
    const entry = raw[name];
    const entryPointer = appendPointer(pointer, "x-ms-examples", name);
    if (!isRecord(entry)) continue;
    if (typeof entry["$ref"] === "string") {
      warn(ctx, entryPointer, "example-not-loaded", `Example "${name}" is in another file (${entry["$ref"]}); oagen uses inline examples only.`, "Inline the example to use it for fixtures and tests.");
      continue;
    }
    const parameters = isRecord(entry["parameters"]) ? { ...entry["parameters"] } : {};
    const responses: IrExample["responses"] = {};
    if (isRecord(entry["responses"])) {
      for (const status of Object.keys(entry["responses"]).sort()) {
        const response = entry["responses"][status];
        if (!isRecord(response)) continue;
        const headers: Record<string, string> = {};
        if (isRecord(response["headers"])) {
          for (const [h, v] of Object.entries(response["headers"])) if (v !== undefined && v !== null) headers[h] = String(v);
        }
        responses[status] = { headers, ...(response["body"] !== undefined ? { body: response["body"] } : {}) };
      }
    }
    const example: IrExample = { name, parameters, responses };
    const bodyName = body?.wireName ?? "body";
    if (body && parameters[bodyName] !== undefined) example.requestBody = parameters[bodyName];
    examples.push(example);
  }
  return examples;
}
