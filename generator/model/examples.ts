/**
 * Examples from `x-ms-examples` (Azure's whole-exchange examples: parameters by wire name, responses by
 * status). Inline examples are read as they are; an entry that refers to an example file is data the model
 * does not need, so it is skipped with a warning (a partial checkout often lacks those files). Secrets in
 * examples are replaced with fake keys here, before anything reaches the IR (example-secrets.ts).
 */
import { appendPointer } from "../util/json-pointer.js";
import { isRecord, warn, type ModelContext } from "./context.js";
import { redactExampleValue, requestBodySchema, responseSchema } from "./example-secrets.js";
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
    // Object.fromEntries defines own properties, so keys such as `__proto__` stay data.
    const scan = { ctx, pointer: entryPointer };
    const bodyName = body?.wireName ?? "body";
    const bodySchema = requestBodySchema(ctx, op);
    const parameters: Record<string, unknown> = isRecord(entry["parameters"])
      ? Object.fromEntries(
          Object.entries(entry["parameters"]).map(([p, v]) => [p, redactExampleValue(scan, v, body && p === bodyName ? bodySchema : undefined, appendPointer(entryPointer, "parameters", p), p)]),
        )
      : {};
    const rawResponses = isRecord(entry["responses"]) ? entry["responses"] : {};
    const responses: IrExample["responses"] = Object.fromEntries(
      Object.keys(rawResponses)
        .sort()
        .flatMap((status) => {
          const response = rawResponses[status];
          if (!isRecord(response)) return [];
          const headerEntries = isRecord(response["headers"]) ? Object.entries(response["headers"]) : [];
          const statusPointer = appendPointer(entryPointer, "responses", status);
          const headers = Object.fromEntries(
            headerEntries.filter(([, v]) => v !== undefined && v !== null).map(([h, v]) => [h, redactExampleValue(scan, String(v), undefined, appendPointer(statusPointer, "headers", h), h) as string]),
          );
          const responseBody = response["body"] !== undefined ? redactExampleValue(scan, response["body"], responseSchema(ctx, op, status), appendPointer(statusPointer, "body"), "body") : undefined;
          return [[status, { headers, ...(responseBody !== undefined ? { body: responseBody } : {}) }]];
        }),
    );
    const example: IrExample = { name, parameters, responses };
    if (body && parameters[bodyName] !== undefined) example.requestBody = parameters[bodyName];
    examples.push(example);
  }
  return examples;
}
