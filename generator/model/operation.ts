/**
 * Path items → IrOperations (names are assigned later, in names.ts, once every operation is known).
 * Reads OpenAPI 3.x and Swagger 2.0 parameter, body and response shapes.
 */
import { appendPointer } from "../util/json-pointer.js";
import { fail, isRecord, warn, type ModelContext } from "./context.js";
import { readExamples } from "./examples.js";
import type { HttpMethod, IrHeader, IrOperation, IrParameter, IrRequestBody, IrResponse, IrSchema } from "./ir.js";
import { lroAllowsPaging, readLro } from "./lro.js";
import { readPaging } from "./paging.js";
import { followRefs } from "./refs.js";
import { buildSchema } from "./schema.js";

const METHODS: readonly HttpMethod[] = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS"];
/** Action names Azure exposes as POST that only read (`listKeys`, `getDetails`, `checkNameAvailability`). */
const READ_ONLY_ACTION = /^(list|get|check|query|search|validate|export|preview)/i;

/** A parameter the model binds on the client (subscriptionId, api-version) rather than per call. */
export interface ClientParameterSource {
  param: IrParameter;
  isApiVersion: boolean;
}

export interface OperationDraft {
  operation: Omit<IrOperation, "group" | "method" | "pascalName" | "functionName" | "parametersTypeName" | "parametersValidatorName" | "headersTypeName">;
  /** `Group_Method` pieces before casing. */
  rawOperationId: string;
  clientParameters: ClientParameterSource[];
  /** The operation object, for passes that run after named schemas are built (paging). */
  source: Readonly<Record<string, unknown>>;
}

export function readOperations(ctx: ModelContext): OperationDraft[] {
  const drafts: OperationDraft[] = [];
  const paths = ctx.document["paths"];
  if (!isRecord(paths)) return drafts;
  for (const [path, rawItem] of Object.entries(paths)) {
    const itemPointer = appendPointer("#/paths", path);
    const item = followRefs(ctx, rawItem, itemPointer)?.node;
    if (!item) continue;
    for (const method of METHODS) {
      const op = item[method.toLowerCase()];
      if (!isRecord(op)) continue;
      drafts.push(readOperation(ctx, path, method, item, op, appendPointer(itemPointer, method.toLowerCase())));
    }
  }
  return drafts;
}

function readOperation(
  ctx: ModelContext,
  path: string,
  httpMethod: HttpMethod,
  item: Record<string, unknown>,
  op: Record<string, unknown>,
  pointer: string,
): OperationDraft {
  let operationId = typeof op["operationId"] === "string" ? op["operationId"] : "";
  if (operationId === "") {
    operationId = `${httpMethod.toLowerCase()}_${path}`;
    warn(ctx, pointer, "missing-operation-id", `This operation has no operationId; it is named from its method and path.`, "Add an operationId such as Group_Method.");
  }
  const { parameters, clientParameters, body } = readParameters(ctx, item, op, pointer);
  const responses: IrResponse[] = [];
  let errorResponse: IrResponse | undefined;
  const errorResponses: IrResponse[] = [];
  const rawResponses = op["responses"];
  if (isRecord(rawResponses)) {
    for (const status of Object.keys(rawResponses).sort()) {
      const response = readResponse(ctx, status, rawResponses[status], appendPointer(pointer, "responses", status), operationId);
      if (!response) continue;
      if (status === "default") errorResponse = response;
      else if (response.isError) errorResponses.push(response);
      else responses.push(response);
    }
  }
  // `x-ms-error-response` statuses are errors (thrown), never results; without a `default`, the first is the error model.
  errorResponse ??= errorResponses[0];
  const explicitIdempotent = op["x-oagen-idempotent"];
  const methodPart = operationId.includes("_") ? operationId.slice(operationId.indexOf("_") + 1) : operationId;
  const idempotent =
    typeof explicitIdempotent === "boolean"
      ? explicitIdempotent
      : httpMethod === "POST" || httpMethod === "PATCH"
        ? httpMethod === "POST" && READ_ONLY_ACTION.test(methodPart)
        : true;
  const operation: OperationDraft["operation"] = {
    operationId,
    pointer,
    groupOriginal: operationId.includes("_") ? operationId.slice(0, operationId.indexOf("_")) : "",
    httpMethod,
    path,
    ...(typeof op["summary"] === "string" ? { summary: op["summary"] } : {}),
    ...(typeof op["description"] === "string" ? { description: op["description"] } : {}),
    ...(op["deprecated"] === true ? { deprecated: true } : {}),
    tags: Array.isArray(op["tags"]) ? op["tags"].filter((t): t is string => typeof t === "string") : [],
    parameters,
    clientParameters: clientParameters.map((c) => c.param.name).sort(),
    ...(body ? { body } : {}),
    responses,
    ...(errorResponse ? { errorResponse } : {}),
    ...(errorResponses.length > 0 ? { errorResponses } : {}),
    idempotent,
    ...lroOf(readLro(ctx, op, pointer, responses)),
    security: readSecurityRequirement(ctx, op),
    examples: readExamples(ctx, op, pointer, body),
  };
  return { operation, rawOperationId: operationId, clientParameters, source: op };
}

function lroOf(lro: IrOperation["lro"]): Pick<IrOperation, "lro"> {
  return lro === undefined ? {} : { lro };
}

/** Paging reads the response schemas through named refs, so it runs once every named schema is built. */
export function attachPaging(ctx: ModelContext, drafts: OperationDraft[]): void {
  for (const draft of drafts) {
    const paging = readPaging(ctx, draft.source, draft.operation.pointer, draft.operation.responses);
    if (paging && lroAllowsPaging(ctx, draft.operation, paging)) draft.operation.paging = paging;
  }
}

function readParameters(
  ctx: ModelContext,
  item: Record<string, unknown>,
  op: Record<string, unknown>,
  pointer: string,
): { parameters: IrParameter[]; clientParameters: ClientParameterSource[]; body?: IrRequestBody } {
  // Operation-level parameters override path-item ones with the same name and location.
  const merged = new Map<string, { node: Record<string, unknown>; pointer: string }>();
  const collect = (list: unknown, listPointer: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const resolved = followRefs(ctx, raw, appendPointer(listPointer, i));
      if (!resolved) return;
      const { node } = resolved;
      if (typeof node["name"] !== "string" || typeof node["in"] !== "string") return;
      merged.set(`${node["in"]}:${node["name"]}`, { node, pointer: resolved.pointer });
    });
  };
  collect(item["parameters"], pointer.replace(/\/[^/]+$/, "/parameters"));
  collect(op["parameters"], appendPointer(pointer, "parameters"));

  const parameters: IrParameter[] = [];
  const clientParameters: ClientParameterSource[] = [];
  let body: IrRequestBody | undefined;
  for (const { node, pointer: paramPointer } of merged.values()) {
    const location = node["in"] as string;
    const name = node["name"] as string;
    if (location === "body") {
      body = {
        tsName: "body",
        wireName: name,
        required: node["required"] === true,
        contentType: firstJsonType(ctx.document["consumes"], op["consumes"]),
        schema: nameInlineSchema(ctx, buildSchema(ctx, node["schema"], appendPointer(paramPointer, "schema")), `${operationIdOf(op)}_Body`),
        ...(typeof node["description"] === "string" ? { description: node["description"] } : {}),
      };
      continue;
    }
    if (location === "formData" || location === "cookie") {
      warn(ctx, paramPointer, "unsupported-parameter", `Parameters in "${location}" are not supported; "${name}" is left out of the client.`, "Use a JSON request body.");
      continue;
    }
    if (location !== "path" && location !== "query" && location !== "header") continue;
    const schemaNode = node["schema"] ?? swaggerParameterSchema(node);
    const param: IrParameter = {
      name,
      tsName: "",
      location,
      required: location === "path" ? true : node["required"] === true,
      schema: buildSchema(ctx, schemaNode, node["schema"] !== undefined ? appendPointer(paramPointer, "schema") : paramPointer),
      ...(typeof node["description"] === "string" ? { description: node["description"] } : {}),
      ...(node["x-ms-skip-url-encoding"] === true ? { skipUrlEncoding: true } : {}),
      ...(typeof node["x-ms-client-name"] === "string" && node["x-ms-client-name"] !== "" ? { clientName: node["x-ms-client-name"] } : {}),
      pointer: paramPointer,
    };
    if (location === "path" && node["required"] !== true) {
      fail(ctx, paramPointer, "optional-path-parameter", `Path parameter "${name}" must be required.`, "Add required: true.");
    }
    const isApiVersion = location === "query" && name === "api-version";
    const declared = node["x-ms-parameter-location"];
    const isClient = isApiVersion || declared === "client" || (declared !== "method" && location === "path" && name === "subscriptionId");
    if (isClient && param.schema.kind !== "string") {
      fail(ctx, param.schema.pointer, "non-string-client-parameter", `Client parameter "${name}" is declared as ${param.schema.kind === "unknown" ? "a value of no type" : `"${param.schema.kind}"`}; client options (${isApiVersion ? "the api-version" : "values set once on the client"}) are strings.`, `Declare it inline as type: string (Azure's subscriptionId is a GUID string), or add x-ms-parameter-location: method to pass it on each call.`);
      continue;
    }
    if (isClient) clientParameters.push({ param, isApiVersion });
    else parameters.push(param);
  }
  const requestBody = followRefs(ctx, op["requestBody"], appendPointer(pointer, "requestBody"));
  if (op["requestBody"] !== undefined && requestBody) {
    const content = requestBody.node["content"];
    const type = isRecord(content) ? pickJsonContentType(Object.keys(content)) : undefined;
    if (!type || !isRecord(content)) {
      warn(ctx, requestBody.pointer, "unsupported-body", "The request body has no JSON content type; it is left out of the client.", "Describe the body under content.application/json.");
    } else {
      const media = content[type];
      body = {
        tsName: "body",
        ...(typeof op["x-ms-requestBody-name"] === "string" ? { wireName: op["x-ms-requestBody-name"] } : {}),
        required: requestBody.node["required"] === true,
        contentType: type,
        schema: nameInlineSchema(ctx, buildSchema(ctx, isRecord(media) ? media["schema"] : undefined, appendPointer(requestBody.pointer, "content", type, "schema")), `${operationIdOf(op)}_Body`),
        ...(typeof requestBody.node["description"] === "string" ? { description: requestBody.node["description"] } : {}),
      };
    }
  }
  return { parameters, clientParameters, ...(body ? { body } : {}) };
}

/**
 * Inline-or-named is decided here, once: a request body or response schema written inline becomes a named
 * schema (its id is the JSON pointer where it is written, its name from the operation), so every emitter —
 * types, validators, clients, mocks — refers to bodies and responses the same way.
 */
function nameInlineSchema(ctx: ModelContext, schema: IrSchema, originalName: string): IrSchema {
  if (schema.kind === "ref") return schema;
  const id = schema.pointer;
  if (!ctx.named.has(id)) {
    ctx.named.set(id, { id, originalName, node: {} });
    ctx.built.set(id, schema);
  }
  return { kind: "ref", ref: id, pointer: id };
}

function operationIdOf(op: Record<string, unknown>): string {
  return typeof op["operationId"] === "string" ? op["operationId"] : "Operation";
}

/** Swagger 2.0 non-body parameters carry their schema keywords on the parameter itself. */
function swaggerParameterSchema(node: Record<string, unknown>): Record<string, unknown> {
  const { name: _n, in: _i, required: _r, description: _d, ...schema } = node;
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !k.startsWith("x-ms-") || k === "x-ms-enum" || k === "x-nullable" || k === "x-ms-secret"));
}

function readResponse(ctx: ModelContext, status: string, raw: unknown, pointer: string, operationId: string): IrResponse | undefined {
  const resolved = followRefs(ctx, raw, pointer);
  if (!resolved) return undefined;
  const { node } = resolved;
  const response: IrResponse = {
    status,
    ...(node["x-ms-error-response"] === true && status !== "default" ? { isError: true } : {}),
    headers: readHeaders(ctx, node["headers"], appendPointer(resolved.pointer, "headers")),
    ...(typeof node["description"] === "string" ? { description: node["description"] } : {}),
  };
  let schema: IrSchema | undefined;
  const content = node["content"];
  if (isRecord(content)) {
    const type = pickJsonContentType(Object.keys(content));
    const media = type ? content[type] : undefined;
    if (type && isRecord(media) && media["schema"] !== undefined) {
      response.contentType = type;
      schema = buildSchema(ctx, media["schema"], appendPointer(resolved.pointer, "content", type, "schema"));
    } else if (Object.keys(content).length > 0 && !type) {
      warn(ctx, resolved.pointer, "unsupported-response", "This response has no JSON content type; its body is returned as text.", "Describe the body under content.application/json.");
    }
  } else if (node["schema"] !== undefined) {
    response.contentType = firstJsonType(ctx.document["produces"], undefined);
    schema = buildSchema(ctx, node["schema"], appendPointer(resolved.pointer, "schema"));
  }
  if (schema) response.schema = nameInlineSchema(ctx, schema, `${operationId}_${status === "default" ? "Error" : status}Response`);
  return response;
}

function readHeaders(ctx: ModelContext, raw: unknown, pointer: string): IrHeader[] {
  if (!isRecord(raw)) return [];
  return Object.keys(raw)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
    .flatMap((name) => {
      const resolved = followRefs(ctx, raw[name], appendPointer(pointer, name));
      if (!resolved) return [];
      const node = resolved.node;
      const schemaNode = node["schema"] ?? swaggerParameterSchema(node);
      return [
        {
          name,
          tsName: "",
          required: node["required"] === true,
          schema: buildSchema(ctx, schemaNode, node["schema"] !== undefined ? appendPointer(resolved.pointer, "schema") : resolved.pointer),
          ...(typeof node["description"] === "string" ? { description: node["description"] } : {}),
        },
      ];
    });
}

function readSecurityRequirement(ctx: ModelContext, op: Record<string, unknown>): { scheme: string; scopes: string[] }[] {
  const requirement = Array.isArray(op["security"]) ? op["security"] : ctx.document["security"];
  if (!Array.isArray(requirement)) return [];
  return requirement.flatMap((entry) =>
    isRecord(entry)
      ? Object.keys(entry)
          .sort()
          .map((scheme) => ({ scheme, scopes: Array.isArray(entry[scheme]) ? (entry[scheme] as unknown[]).filter((s): s is string => typeof s === "string") : [] }))
      : [],
  );
}

function pickJsonContentType(types: string[]): string | undefined {
  return types.find((t) => t === "application/json") ?? types.find((t) => /^application\/([\w.+-]+\+)?json\b/.test(t));
}

function firstJsonType(documentLevel: unknown, operationLevel: unknown): string {
  const list = Array.isArray(operationLevel) ? operationLevel : Array.isArray(documentLevel) ? documentLevel : [];
  return pickJsonContentType(list.filter((t): t is string => typeof t === "string")) ?? "application/json";
}
