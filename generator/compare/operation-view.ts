/**
 * One operation of an IR, flattened into `key → value` facts for comparing two specs of the same operation:
 * the request line (method, full URL template), every parameter with its constraints, the body, each response
 * and the error response down to every property (named schemas resolved, `allOf` merged, descriptions left
 * out), secrets, paging and the token scopes. Keys read like paths: `response 200 .passwords[].value secret`.
 */
import type { IrSchema, IrService, IrOperation } from "../model/ir.js";

export type OperationView = Map<string, string>;

export function viewOperation(service: IrService, operation: IrOperation): OperationView {
  const view: OperationView = new Map();
  const set = (key: string, value: unknown) => {
    if (value !== undefined) view.set(key, typeof value === "string" ? value : JSON.stringify(value));
  };
  set("method", operation.httpMethod);
  set("url", `${service.server.urlTemplate}${operation.path}`);
  set("credential scopes", [...service.credentialScopes].sort());
  const parameters = [
    ...service.clientParameters.filter((p) => operation.clientParameters.includes(p.name)).map((p) => ({ name: p.name, location: p.location, required: p.required, schema: p.schema, level: "client", skip: undefined as boolean | undefined })),
    ...operation.parameters.map((p) => ({ name: p.name, location: p.location, required: p.required, schema: p.schema, level: "method", skip: p.skipUrlEncoding })),
  ];
  for (const variable of service.server.variables) set(`parameter ${variable.name} location`, "host");
  for (const p of parameters) {
    const key = `parameter ${p.name}`;
    set(`${key} location`, p.location);
    set(`${key} required`, p.required);
    set(`${key} level`, p.level);
    if (p.skip) set(`${key} skip-url-encoding`, true);
    flattenSchema(service, p.schema, key, set, new Set());
  }
  if (operation.body) {
    set("body required", operation.body.required);
    set("body content-type", operation.body.contentType);
    flattenSchema(service, operation.body.schema, "body", set, new Set());
  }
  for (const response of operation.responses) describeResponse(service, response, `response ${response.status}`, set);
  if (operation.errorResponse) describeResponse(service, operation.errorResponse, "error response", set);
  if (operation.paging) {
    set("paging items", operation.paging.itemsProperty);
    set("paging next-link", operation.paging.nextLinkProperty ?? "(one page)");
  }
  set("idempotent", operation.idempotent);
  return view;
}

function describeResponse(service: IrService, response: IrOperation["responses"][number], key: string, set: (k: string, v: unknown) => void): void {
  set(`${key} content-type`, response.contentType);
  for (const header of response.headers) flattenSchema(service, header.schema, `${key} header ${header.name.toLowerCase()}`, set, new Set());
  if (response.schema) flattenSchema(service, response.schema, key, set, new Set());
}

/** Writes the facts of `schema` under `key`; named schemas are resolved, a recursive one is named where it recurs. */
function flattenSchema(service: IrService, schema: IrSchema, key: string, set: (k: string, v: unknown) => void, open: Set<string>): void {
  let current = schema;
  let nullable = schema.nullable === true;
  let readOnly = schema.readOnly === true;
  let secret = schema.secret === true;
  for (let hops = 0; current.kind === "ref" && hops < 64; hops++) {
    const named = service.schemas[current.ref];
    if (!named) break;
    if (hops === 0) set(`${key} type name`, named.typeName);
    if (open.has(current.ref)) {
      set(`${key} recursive`, named.originalName);
      return;
    }
    open = new Set([...open, current.ref]);
    current = named.schema;
    nullable ||= current.nullable === true;
    readOnly ||= current.readOnly === true;
    secret ||= current.secret === true;
  }
  if (nullable) set(`${key} nullable`, true);
  if (readOnly) set(`${key} read-only`, true);
  if (secret) set(`${key} secret`, true);
  switch (current.kind) {
    case "string":
      set(`${key} type`, "string");
      set(`${key} format`, current.format);
      set(`${key} pattern`, current.pattern?.source);
      set(`${key} minLength`, current.minLength);
      set(`${key} maxLength`, current.maxLength);
      if (current.enum) set(`${key} enum`, [...current.enum].sort());
      if (current.enum) set(`${key} enum extensible`, current.extensible === true);
      set(`${key} const`, current.const);
      return;
    case "number":
    case "integer":
      set(`${key} type`, current.kind);
      for (const k of ["format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"] as const) set(`${key} ${k}`, current[k]);
      if (current.enum) set(`${key} enum`, [...current.enum].sort());
      return;
    case "boolean":
    case "null":
    case "unknown":
      set(`${key} type`, current.kind);
      return;
    case "array":
      set(`${key} type`, "array");
      set(`${key} minItems`, current.minItems);
      set(`${key} maxItems`, current.maxItems);
      flattenSchema(service, current.items, `${key}[]`, set, open);
      return;
    case "object":
    case "allOf": {
      const properties = mergedProperties(service, current, open);
      if (!properties) break;
      set(`${key} type`, "object");
      set(`${key} required`, properties.filter((p) => p.required).map((p) => p.name).sort());
      set(`${key} additionalProperties`, properties.additional);
      for (const p of properties) flattenSchema(service, p.schema, `${key} .${p.name}`, set, open);
      return;
    }
    default:
      break;
  }
  set(`${key} type`, current.kind);
  if (current.kind === "anyOf" || current.kind === "oneOf") current.members.forEach((m, i) => flattenSchema(service, m, `${key} ${current.kind}[${i}]`, set, open));
}

type MergedProperties = { name: string; required: boolean; schema: IrSchema }[] & { additional?: string };

/** Properties of an object, or of every member of an `allOf` (Azure's inheritance) merged; undefined otherwise. */
function mergedProperties(service: IrService, schema: IrSchema, open: Set<string>): MergedProperties | undefined {
  let current = schema;
  for (let hops = 0; current.kind === "ref" && hops < 64 && service.schemas[current.ref]; hops++) current = service.schemas[current.ref]!.schema;
  if (current.kind === "object") {
    const out: MergedProperties = current.properties.map((p) => ({ name: p.name, required: p.required, schema: p.schema }));
    out.additional = current.additionalProperties === true ? undefined : current.additionalProperties === false ? "false" : "schema";
    return out;
  }
  if (current.kind !== "allOf") return undefined;
  const out: MergedProperties = [];
  for (const member of current.members) {
    const props = mergedProperties(service, member, open);
    if (!props) return undefined;
    for (const p of props) {
      const existing = out.findIndex((q) => q.name === p.name);
      if (existing >= 0) out[existing] = { ...p, required: p.required || out[existing]!.required };
      else out.push(p);
    }
    if (props.additional) out.additional = props.additional;
  }
  return out;
}
