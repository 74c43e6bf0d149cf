/**
 * The errors a client throws besides core's own (`AbortError`, credential errors):
 * - `RequestValidationError`: a parameter failed its schema or a wire-safety rule; thrown before any token is
 *   fetched or byte is sent.
 * - `ResponseValidationError`: a 2xx body does not match the operation's response schema.
 * - core's `RestError` for a non-2xx response, carrying the service's error fields and typed error body.
 * None of them ever holds a secret: messages name parameters and JSON pointers, not values, except for the
 * value of a non-secret path, query or header parameter that broke a rule.
 */
import { RestError, type PipelineResponse } from "@azure/core-rest-pipeline";
import { escapePointerToken, type ValidationIssue } from "./validation.js";

/** Longest stretch of an offending value quoted in a message (the full value stays on `error.value`). */
const QUOTED_VALUE_LIMIT = 64;

export interface RequestValidationErrorInit {
  parameter: string;
  rule: string;
  /** The offending value, for non-secret path, query and header parameters only. */
  value?: string | undefined;
  /** Plain-English reason, without the value. */
  reason: string;
  issues?: readonly ValidationIssue[] | undefined;
}

export class RequestValidationError extends Error {
  override readonly name = "RequestValidationError";
  /** The parameter at fault: its key in the parameters object or client options (`body` for the body). */
  readonly parameter: string;
  /** The rule it broke: a JSON Schema keyword (`pattern`, `maxLength`, `enum`, …) or a wire-safety rule. */
  readonly rule: string;
  /** The offending value; undefined for the request body and secret parameters. */
  readonly value: string | undefined;
  /** Every problem found, as JSON pointers into the parameters object. */
  readonly issues: readonly ValidationIssue[];

  constructor(init: RequestValidationErrorInit) {
    const shown = init.value === undefined ? "" : ` (got ${quote(init.value)})`;
    super(`Invalid parameter "${init.parameter}": ${init.reason} [${init.rule}]${shown}`);
    this.parameter = init.parameter;
    this.rule = init.rule;
    this.value = init.value;
    this.issues = init.issues ?? [
      { path: "/" + escapePointerToken(init.parameter), keyword: init.rule, message: init.reason },
    ];
  }
}

export class ResponseValidationError extends Error {
  override readonly name = "ResponseValidationError";
  readonly statusCode: number;
  /** Where the body differs from the schema (JSON pointers into the body; messages never hold values). */
  readonly issues: readonly ValidationIssue[];
  /** The service's `x-ms-request-id`, for support requests. */
  readonly requestId: string | undefined;

  constructor(operationId: string, statusCode: number, issues: readonly ValidationIssue[], requestId?: string) {
    super(`${operationId}: the ${statusCode} response does not match its schema: ${describeIssues(issues)}`);
    this.statusCode = statusCode;
    this.issues = issues;
    this.requestId = requestId;
  }
}

/** A `RestError` for a non-2xx response; `details` holds the body when it matches the service's error model. */
export interface ServiceRestError<TErrorBody = unknown> extends RestError {
  details?: TErrorBody;
  /** `error.target` of the error body. */
  target?: string;
  /** The service's `x-ms-request-id`. */
  requestId?: string;
}

export interface ErrorBodyFields {
  code?: string | undefined;
  message?: string | undefined;
  target?: string | undefined;
}

/**
 * Builds core's `RestError` for a non-2xx response. `fields` come from the error body (if it had any),
 * `code` falls back to the `x-ms-error-code` header. The response's request must already be scrubbed.
 */
export function createServiceRestError(
  response: PipelineResponse,
  fields: ErrorBodyFields,
  typedBody: unknown,
): ServiceRestError {
  const code = fields.code ?? response.headers.get("x-ms-error-code");
  const message =
    fields.message ?? `The service returned status ${response.status}${code === undefined ? "" : ` (${code})`}`;
  const error: ServiceRestError = new RestError(message, {
    statusCode: response.status,
    response,
    request: response.request,
    ...(code === undefined ? {} : { code }),
  });
  if (typedBody !== undefined) error.details = typedBody;
  if (fields.target !== undefined) error.target = fields.target;
  const requestId = response.headers.get("x-ms-request-id");
  if (requestId !== undefined) error.requestId = requestId;
  return error;
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path || "(root)"} ${issue.message} [${issue.keyword}]`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : "";
  return shown.join("; ") + more;
}

function quote(value: string): string {
  if (value.length <= QUOTED_VALUE_LIMIT) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTED_VALUE_LIMIT))}… (${value.length} characters)`;
}

