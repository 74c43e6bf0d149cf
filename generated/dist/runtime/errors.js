/**
* The errors a client throws besides core's own (`AbortError`, credential errors):
* - `RequestValidationError`: a parameter failed its schema or a wire-safety rule; thrown before any token is
*   fetched or byte is sent.
* - `ResponseValidationError`: a 2xx body does not match the operation's response schema.
* - core's `RestError` for a non-2xx response, carrying the service's error fields and typed error body.
* None of them ever holds a secret: messages name parameters and JSON pointers, not values, except for the
* value of a non-secret path, query or header parameter that broke a rule.
*/
import { createHttpHeaders, RestError } from "@azure/core-rest-pipeline";
import { REDACTED } from "./redact.js";
import { escapePointerToken } from "./validation.js";
/** Longest stretch of an offending value quoted in a message (the full value stays on `error.value`). */
const QUOTED_VALUE_LIMIT = 64;
export class RequestValidationError extends Error {
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
		const shown = init.value === undefined ? "" : ` (got ${quote(init.value)})`;
		super(`Invalid parameter "${init.parameter}": ${init.reason} [${init.rule}]${shown}`);
		this.parameter = init.parameter;
		this.rule = init.rule;
		this.value = init.value;
		this.issues = init.issues ?? [{
			path: "/" + escapePointerToken(init.parameter),
			keyword: init.rule,
			message: init.reason
		}];
	}
}
export class ResponseValidationError extends Error {
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
/**
* Builds core's `RestError` for a non-2xx response. `fields` come from the error body (if it had any),
* `code` falls back to the `x-ms-error-code` header. The response's request must already be scrubbed.
*
* The service's answer may hold secrets (a key echoed in a 409, a connection string in `additionalInfo`). The
* error never carries the raw text: `error.response` is a copy whose `bodyAsText` is the redacted body (JSON),
* whose headers are only the logged allow-list, and `details` is the redacted typed body. So neither
* `err.response.bodyAsText`, `util.inspect(err)` nor `JSON.stringify(err)` can show a secret.
*/
export function createServiceRestError(response, fields, typedBody, body) {
	const safeFields = redactErrorBody(fields);
	const code = safeFields.code ?? response.headers.get("x-ms-error-code");
	const message = safeFields.message ?? `The service returned status ${response.status}${code === undefined ? "" : ` (${code})`}`;
	const safeBody = body === undefined ? undefined : redactErrorBody(body);
	const headers = createHttpHeaders();
	for (const [name, value] of response.headers) if (ERROR_HEADER_NAMES.has(name.toLowerCase())) headers.set(name, value);
	const safeResponse = {
		status: response.status,
		headers,
		request: response.request,
		...safeBody === undefined ? {} : { bodyAsText: JSON.stringify(safeBody) }
	};
	const error = new RestError(message, {
		statusCode: response.status,
		response: safeResponse,
		request: response.request,
		...code === undefined ? {} : { code }
	});
	if (typedBody !== undefined) error.details = redactErrorBody(typedBody);
	if (safeFields.target !== undefined) error.target = safeFields.target;
	const requestId = response.headers.get("x-ms-request-id");
	if (requestId !== undefined) error.requestId = requestId;
	return error;
}
/** Response headers an error keeps (the rest may carry secrets; they stay on `onResponse`'s raw headers). */
const ERROR_HEADER_NAMES = new Set([
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
/** Keys whose string values describe the error and are kept (after scrubbing key-shaped text). */
const ERROR_TEXT_KEYS = new Set([
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
/** Key-shaped: padded or with `+`; or 32+ mixed-case characters with digits and no `/` (not a resource path). */
function isKeyShaped(run) {
	if (/=$/.test(run) || run.includes("+")) return true;
	return !run.includes("/") && run.length >= 32 && /\d/.test(run) && /[A-Z]/.test(run) && /[a-z]/.test(run);
}
function scrubText(text) {
	let out = text;
	for (const pattern of SECRET_TEXT) out = out.replace(pattern, (m) => /^[A-Za-z]+=/.test(m) ? m.slice(0, m.indexOf("=") + 1) + REDACTED : REDACTED);
	return out.replace(BASE64_RUN, (run) => isKeyShaped(run) ? REDACTED : run);
}
/**
* A deep copy of an error body without secrets: strings under descriptive keys (`code`, `message`, `target`,
* `type`, `details`, tracking ids; `ERROR_TEXT_KEYS`) are kept with key-shaped parts (`AccountKey=…`, JWTs, PEM, base64 keys) replaced by `REDACTED`; every
* other string — `additionalInfo.info`, a `key` field, anything the error model does not describe — is
* `REDACTED`. Numbers, booleans, null and the shape stay.
*/
export function redactErrorBody(value, key = "", depth = 0) {
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
//# sourceMappingURL=errors.js.map
