import { createHttpHeaders, RestError } from "@azure/core-rest-pipeline";
import { REDACTED } from "./redact.js";
import { escapePointerToken } from "./validation.js";
const QUOTED_VALUE_LIMIT = 64;
class RequestValidationError extends Error {
  name = "RequestValidationError";
  /** The parameter at fault: its key in the parameters object or client options (`body` for the body). */
  parameter;
  /** The rule it broke: a JSON Schema keyword (`pattern`, `maxLength`, `enum`, …) or a wire-safety rule. */
  rule;
  /** The offending value; undefined for the request body and secret parameters. */
  value;
  /** Every problem found, as JSON pointers into the parameters object. */
  issues;
  constructor(init) {
    const shown = init.value === void 0 ? "" : ` (got ${quote(init.value)})`;
    super(`Invalid parameter "${init.parameter}": ${init.reason} [${init.rule}]${shown}`);
    this.parameter = init.parameter;
    this.rule = init.rule;
    this.value = init.value;
    this.issues = init.issues ?? [
      { path: "/" + escapePointerToken(init.parameter), keyword: init.rule, message: init.reason }
    ];
  }
}
class ResponseValidationError extends Error {
  name = "ResponseValidationError";
  statusCode;
  /** Where the body differs from the schema (JSON pointers into the body; messages never hold values). */
  issues;
  /** The service's `x-ms-request-id`, for support requests. */
  requestId;
  constructor(operationId, statusCode, issues, requestId) {
    super(`${operationId}: the ${statusCode} response does not match its schema: ${describeIssues(issues)}`);
    this.statusCode = statusCode;
    this.issues = issues;
    this.requestId = requestId;
  }
}
function createServiceRestError(response, fields, typedBody, body) {
  const safeFields = redactErrorBody(fields);
  const code = safeFields.code ?? response.headers.get("x-ms-error-code");
  const message = safeFields.message ?? `The service returned status ${response.status}${code === void 0 ? "" : ` (${code})`}`;
  const safeBody = body === void 0 ? void 0 : redactErrorBody(body);
  const headers = createHttpHeaders();
  for (const [name, value] of response.headers) if (ERROR_HEADER_NAMES.has(name.toLowerCase())) headers.set(name, value);
  const safeResponse = {
    status: response.status,
    headers,
    request: response.request,
    ...safeBody === void 0 ? {} : { bodyAsText: JSON.stringify(safeBody) }
  };
  const error = new RestError(message, {
    statusCode: response.status,
    response: safeResponse,
    request: response.request,
    ...code === void 0 ? {} : { code }
  });
  if (typedBody !== void 0) error.details = redactErrorBody(typedBody);
  if (safeFields.target !== void 0) error.target = safeFields.target;
  const requestId = response.headers.get("x-ms-request-id");
  if (requestId !== void 0) error.requestId = requestId;
  return error;
}
const ERROR_HEADER_NAMES = /* @__PURE__ */ new Set([
  "content-type",
  "content-length",
  "date",
  "retry-after",
  "retry-after-ms",
  "x-ms-retry-after-ms",
  "x-ms-request-id",
  "x-ms-correlation-request-id",
  "x-ms-client-request-id",
  "x-ms-error-code",
  "x-ms-failure-cause",
  "www-authenticate"
]);
const ERROR_TEXT_KEYS = /* @__PURE__ */ new Set([
  // ARM and data-plane error models, DPS's flat one, and RFC 7807 problem details.
  "code",
  "message",
  "target",
  "type",
  "status",
  "error",
  "errorcode",
  "errormessage",
  "details",
  "httpstatuscode",
  "statuscode",
  "reason",
  "reasonphrase",
  "trackingid",
  "timestamputc",
  "correlationid",
  "requestid",
  "activityid",
  "title",
  "detail",
  "instance"
]);
const SECRET_KEY = /(?:^|[a-z0-9_-])(?:key|password|passwd|pwd|secret|token|connectionstring|sas|credential|signature)s?\d*$/i;
const SECRET_TEXT = [
  /\b(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|Password|pwd|ClientSecret|ApiKey|AccessKey)=[^;&\s"']+/gi,
  /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g,
  /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g
];
const BASE64_RUN = /[A-Za-z0-9+/]{20,}(?:={1,2}(?![A-Za-z0-9+/=]))?/g;
function isKeyShaped(run) {
  if (/=$/.test(run) || run.includes("+")) return true;
  return !run.includes("/") && run.length >= 32 && /\d/.test(run) && /[A-Z]/.test(run) && /[a-z]/.test(run);
}
function scrubText(text) {
  let out = text;
  for (const pattern of SECRET_TEXT) out = out.replace(pattern, (m) => /^[A-Za-z]+=/.test(m) ? m.slice(0, m.indexOf("=") + 1) + REDACTED : REDACTED);
  return out.replace(BASE64_RUN, (run) => isKeyShaped(run) ? REDACTED : run);
}
function redactErrorBody(value, key = "", depth = 0) {
  if (typeof value === "string") {
    if (!ERROR_TEXT_KEYS.has(key.toLowerCase()) || SECRET_KEY.test(key)) return REDACTED;
    return scrubText(value);
  }
  if (value === null || typeof value !== "object") return value;
  if (depth > 32) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactErrorBody(item, key, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactErrorBody(v, k, depth + 1)]));
}
function describeIssues(issues) {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path || "(root)"} ${issue.message} [${issue.keyword}]`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : "";
  return shown.join("; ") + more;
}
function quote(value) {
  if (value.length <= QUOTED_VALUE_LIMIT) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTED_VALUE_LIMIT))}… (${value.length} characters)`;
}
export {
  RequestValidationError,
  ResponseValidationError,
  createServiceRestError,
  redactErrorBody
};
//# sourceMappingURL=errors.js.map
