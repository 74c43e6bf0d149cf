import {
  createHttpHeaders,
  createPipelineRequest,
  RestError
} from "@azure/core-rest-pipeline";
import { clientContext } from "./client.js";
import { createServiceRestError, RequestValidationError, ResponseValidationError } from "./errors.js";
import { readParameters } from "./parameters.js";
import { markStateChanging } from "./policies.js";
import { withOperationSpan } from "./tracing.js";
import { buildUrl, checkHeaderValue } from "./url.js";
import { hasOwn, pointerTokens } from "./validation.js";
const CREDENTIAL_HEADERS = ["authorization", "x-ms-authorization-auxiliary", "cookie"];
async function send(client, spec, params, options = {}) {
  const context = clientContext(client);
  const createRequest = prepareRequest(context, spec, params, options);
  return withOperationSpan(context.tracing, spec.spanName ?? spec.operationId, options.tracingOptions, async (tracingOptions) => {
    const request = createRequest(tracingOptions);
    return readResponse(context, spec, await execute(context, request), options);
  });
}
function prepareRequest(context, spec, params, options) {
  const parts = readParameters(spec, params, context.clientParameters, context.unknownEnumValues);
  const url = buildUrl(context.baseUrl, spec.path, parts.path, parts.query);
  const body = parts.body !== void 0 && spec.body !== void 0 ? { text: JSON.stringify(parts.body.value), contentType: spec.body.contentType } : void 0;
  checkRequestOptions(options);
  return (tracingOptions) => {
    const headers = createHttpHeaders({ accept: "application/json" });
    for (const [name, value] of parts.headers) headers.set(name, value);
    if (body !== void 0) headers.set("content-type", body.contentType);
    const request = createCallRequest({ url, method: spec.method, headers, body: body?.text }, options, tracingOptions);
    if (!spec.idempotent) markStateChanging(request);
    return request;
  };
}
function createCallRequest(init, options, tracingOptions) {
  const { abortSignal, requestOptions = {} } = options;
  for (const [name, value] of Object.entries(requestOptions.customHeaders ?? {})) init.headers.set(name, value);
  const request = createPipelineRequest({
    url: init.url,
    method: init.method,
    headers: init.headers,
    ...init.body === void 0 ? {} : { body: init.body },
    ...abortSignal === void 0 ? {} : { abortSignal },
    ...requestOptions.timeout === void 0 ? {} : { timeout: requestOptions.timeout },
    ...requestOptions.onUploadProgress === void 0 ? {} : { onUploadProgress: requestOptions.onUploadProgress },
    ...requestOptions.onDownloadProgress === void 0 ? {} : { onDownloadProgress: requestOptions.onDownloadProgress }
  });
  if (tracingOptions !== void 0) request.tracingOptions = tracingOptions;
  return request;
}
function checkRequestOptions(options) {
  const timeout = options.requestOptions?.timeout;
  if (timeout !== void 0 && !(Number.isFinite(timeout) && timeout >= 0)) {
    throw new RequestValidationError({ parameter: "requestOptions.timeout", rule: "minimum", reason: "must be a number of milliseconds, 0 or more" });
  }
  for (const [name, value] of Object.entries(options.requestOptions?.customHeaders ?? {})) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new RequestValidationError({ parameter: "requestOptions.customHeaders", rule: "header-name", value: name, reason: "must be an HTTP header name (token characters only)" });
    }
    if (typeof value !== "string") {
      throw new RequestValidationError({ parameter: `requestOptions.customHeaders.${name}`, rule: "type", reason: "must be a string" });
    }
    checkHeaderValue(`requestOptions.customHeaders.${name}`, value, true);
  }
}
async function execute(context, request) {
  if (request.abortSignal?.aborted) throw abortError();
  try {
    return await context.pipeline.sendRequest(context.httpClient, request);
  } finally {
    for (const name of CREDENTIAL_HEADERS) request.headers.delete(name);
    delete request.body;
  }
}
function abortError() {
  const error = new Error("The operation was aborted before the request was sent.");
  error.name = "AbortError";
  return error;
}
function readResponse(context, spec, response, options) {
  const { status } = response;
  const parsed = parseJson(response.bodyAsText);
  const declared = spec.responses.find((r) => r.status === status);
  options.onResponse?.({
    status,
    // The typed headers object is built from the operation's declared headers, which THeaders describes.
    headers: readHeaders(declared?.headers ?? [], response.headers),
    rawHeaders: response.headers,
    body: parsed.ok ? parsed.value : void 0
  });
  if (status < 200 || status >= 300) {
    throw errorFromResponse(spec.error, response, parsed.ok ? parsed.value : void 0);
  }
  if (!parsed.ok) {
    throw new RestError(`${spec.operationId}: the ${status} response body is not valid JSON`, {
      code: RestError.PARSE_ERROR,
      statusCode: status
    });
  }
  return checkBody(context, spec.operationId, declared, status, parsed.value, response.headers.get("x-ms-request-id"));
}
function checkBody(context, operationId, declared, status, body, requestId) {
  if (context.validateResponses === "off") return body;
  let issues;
  if (declared === void 0) {
    issues = [{ path: "", keyword: "status", message: `status ${status} is not a declared response of the operation` }];
  } else if (declared.validate === void 0) {
    return body;
  } else {
    const result = declared.validate(body);
    if (result.valid) return result.value;
    issues = result.errors;
  }
  const error = new ResponseValidationError(operationId, status, issues, requestId);
  if (context.validateResponses === "throw") throw error;
  context.logger.warning(error.message);
  return body;
}
function errorFromResponse(errorSpec, response, body) {
  const checked = errorSpec?.validate !== void 0 && body !== void 0 ? errorSpec.validate(body) : void 0;
  const model = errorSpec?.model ?? ARM_ERROR_MODEL;
  const fields = errorFields(body, model);
  if (fields.code === void 0 && model.codeHeader !== void 0) fields.code = response.headers.get(model.codeHeader);
  return createServiceRestError(response, fields, checked?.valid ? checked.value : void 0, body);
}
const ARM_ERROR_MODEL = { code: "/error/code", message: "/error/message", target: "/error/target" };
function errorFields(body, model) {
  const text = (pointer) => {
    if (pointer === void 0) return void 0;
    let node = body;
    for (const token of pointerTokens(pointer)) {
      if (!isRecord(node) || !hasOwn(node, token)) return void 0;
      node = node[token];
    }
    return typeof node === "string" ? node : void 0;
  };
  return { code: text(model.code), message: text(model.message), target: text(model.target) };
}
function readHeaders(specs, headers) {
  const typed = {};
  for (const spec of specs) {
    const raw = headers.get(spec.name);
    if (raw === void 0) continue;
    if (spec.type === "string") typed[spec.tsName] = raw;
    else if (spec.type === "number" && raw.trim() !== "" && Number.isFinite(Number(raw)))
      typed[spec.tsName] = Number(raw);
    else if (spec.type === "boolean" && /^(true|false)$/i.test(raw)) typed[spec.tsName] = raw.toLowerCase() === "true";
  }
  return typed;
}
function parseJson(text) {
  if (text === void 0 || text === null || text === "") return { ok: true, value: void 0 };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export {
  checkBody,
  createCallRequest,
  errorFromResponse,
  execute,
  parseJson,
  prepareRequest,
  readResponse,
  send
};
//# sourceMappingURL=send.js.map
