import { RestError } from "@azure/core-rest-pipeline";
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
function createServiceRestError(response, fields, typedBody) {
  const code = fields.code ?? response.headers.get("x-ms-error-code");
  const message = fields.message ?? `The service returned status ${response.status}${code === void 0 ? "" : ` (${code})`}`;
  const error = new RestError(message, {
    statusCode: response.status,
    response,
    request: response.request,
    ...code === void 0 ? {} : { code }
  });
  if (typedBody !== void 0) error.details = typedBody;
  if (fields.target !== void 0) error.target = fields.target;
  const requestId = response.headers.get("x-ms-request-id");
  if (requestId !== void 0) error.requestId = requestId;
  return error;
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
  createServiceRestError
};
//# sourceMappingURL=errors.js.map
