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
import { type ValidationIssue } from "./validation.js";
export interface RequestValidationErrorInit {
	parameter: string;
	rule: string;
	/** The offending value, for non-secret path, query and header parameters only. */
	value?: string | undefined;
	/** Plain-English reason, without the value. */
	reason: string;
	issues?: readonly ValidationIssue[] | undefined;
}
export declare class RequestValidationError extends Error {
	override readonly name = "RequestValidationError";
	/** The parameter at fault: its key in the parameters object or client options (`body` for the body). */
	readonly parameter: string;
	/** The rule it broke: a JSON Schema keyword (`pattern`, `maxLength`, `enum`, …) or a wire-safety rule. */
	readonly rule: string;
	/** The offending value; undefined for the request body and secret parameters. */
	readonly value: string | undefined;
	/** Every problem found, as JSON pointers into the parameters object. */
	readonly issues: readonly ValidationIssue[];
	constructor(init: RequestValidationErrorInit);
}
export declare class ResponseValidationError extends Error {
	override readonly name = "ResponseValidationError";
	readonly statusCode: number;
	/** Where the body differs from the schema (JSON pointers into the body; messages never hold values). */
	readonly issues: readonly ValidationIssue[];
	/** The service's `x-ms-request-id`, for support requests. */
	readonly requestId: string | undefined;
	constructor(operationId: string, statusCode: number, issues: readonly ValidationIssue[], requestId?: string);
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
*
* The service's answer may hold secrets (a key echoed in a 409, a connection string in `additionalInfo`). The
* error never carries the raw text: `error.response` is a copy whose `bodyAsText` is the redacted body (JSON),
* whose headers are only the logged allow-list, and `details` is the redacted typed body. So neither
* `err.response.bodyAsText`, `util.inspect(err)` nor `JSON.stringify(err)` can show a secret.
*/
export declare function createServiceRestError(response: PipelineResponse, fields: ErrorBodyFields, typedBody: unknown, body?: unknown): ServiceRestError;
/**
* A deep copy of an error body without secrets: strings under descriptive keys (`code`, `message`, `target`,
* `type`, `details`, tracking ids; `ERROR_TEXT_KEYS`) are kept with key-shaped parts (`AccountKey=…`, JWTs, PEM, base64 keys) replaced by `REDACTED`; every
* other string — `additionalInfo.info`, a `key` field, anything the error model does not describe — is
* `REDACTED`. Numbers, booleans, null and the shape stay.
*/
export declare function redactErrorBody(value: unknown, key?: string, depth?: number): unknown;
//# sourceMappingURL=errors.d.ts.map
