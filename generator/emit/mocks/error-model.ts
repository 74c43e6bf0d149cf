/**
 * Where a service's error model keeps its code, message, target and status, as JSON pointers for the mock
 * runtime: `code` and `message` string properties at the root (DPS `ErrorDetails`) or one property down (ARM's
 * `{ error: { code, message } }` in CloudError, ErrorResponse, Purview's ErrorResponseModel). Names match
 * case-insensitively (DPS 2017 spells them `Code`, `Message`). An operation without a usable error model gets
 * ARM's common shape.
 */
import type { IrProperty, IrResponse, IrSchema, IrService } from "../../model/ir.js";
import type { MockErrorModel } from "../../runtime/mock-types.js";
import { escapePointerToken } from "../../util/json-pointer.js";

const ARM_ERROR_MODEL: MockErrorModel = { code: "/error/code", message: "/error/message", target: "/error/target" };
const ERROR_CODE_HEADER = "x-ms-error-code";

export function findErrorModel(service: IrService, response: IrResponse | undefined): MockErrorModel {
  const codeHeader = response?.headers.find((h) => h.name.toLowerCase() === ERROR_CODE_HEADER)?.name;
  const model = response?.schema ? modelIn(service, response.schema) : undefined;
  return { ...(model ?? ARM_ERROR_MODEL), ...(codeHeader !== undefined ? { codeHeader } : {}) };
}

function modelIn(service: IrService, schema: IrSchema): MockErrorModel | undefined {
  const root = propertiesOf(service, schema);
  const atRoot = modelAt(service, root, "");
  if (atRoot) return atRoot;
  for (const property of root) {
    const nested = modelAt(service, propertiesOf(service, property.schema), `/${escapePointerToken(property.name)}`);
    if (nested) return nested;
  }
  return undefined;
}

function modelAt(service: IrService, properties: IrProperty[], prefix: string): MockErrorModel | undefined {
  const find = (name: string, kinds: readonly string[]) =>
    properties.find((p) => p.name.toLowerCase() === name && kinds.includes(resolve(service, p.schema).kind));
  const code = find("code", ["string"]);
  const message = find("message", ["string"]);
  if (!code || !message) return undefined;
  const at = (p: IrProperty) => `${prefix}/${escapePointerToken(p.name)}`;
  const model: MockErrorModel = { code: at(code), message: at(message) };
  const target = find("target", ["string"]);
  if (target) model.target = at(target);
  const status = find("httpstatuscode", ["string", "integer", "number"]);
  if (status) {
    model.status = { pointer: at(status), type: resolve(service, status.schema).kind === "string" ? "string" : "number" };
  }
  return model;
}

/** Properties of an object schema, through references and `allOf`. */
function propertiesOf(service: IrService, schema: IrSchema, seen = new Set<string>()): IrProperty[] {
  if (schema.kind === "ref") {
    if (seen.has(schema.ref)) return [];
    seen.add(schema.ref);
    const named = service.schemas[schema.ref];
    return named ? propertiesOf(service, named.schema, seen) : [];
  }
  if (schema.kind === "object") return schema.properties;
  if (schema.kind === "allOf") return schema.members.flatMap((m) => propertiesOf(service, m, seen));
  return [];
}

function resolve(service: IrService, schema: IrSchema, depth = 0): IrSchema {
  if (schema.kind !== "ref" || depth > 20) return schema;
  const named = service.schemas[schema.ref];
  return named ? resolve(service, named.schema, depth + 1) : schema;
}
