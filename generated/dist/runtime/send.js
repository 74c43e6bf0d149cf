/**
* One operation call: parameters → request (checked before anything is sent), the request through the
* client's pipeline, the response → typed body, `ResponseValidationError` or core's `RestError`.
*/
import { createHttpHeaders, createPipelineRequest, RestError } from "@azure/core-rest-pipeline";
import { clientContext } from "./client.js";
import { createServiceRestError, RequestValidationError, ResponseValidationError } from "./errors.js";
import { readParameters } from "./parameters.js";
import { markStateChanging } from "./policies.js";
import { withOperationSpan } from "./tracing.js";
import { buildUrl, checkHeaderValue } from "./url.js";
import { hasOwn, pointerTokens } from "./validation.js";
/** Request headers that hold credentials: removed from a request once it is done, before errors surface. */
const CREDENTIAL_HEADERS = [
	"authorization",
	"x-ms-authorization-auxiliary",
	"cookie"
];
/** Calls an operation and resolves to its validated response body, inside one tracing span. */
export async function send(client, spec, params, options = {}) {
	const context = clientContext(client);
	const createRequest = prepareRequest(context, spec, params, options);
	return withOperationSpan(context.tracing, spec.spanName ?? spec.operationId, options.tracingOptions, async (tracingOptions) => {
		const request = createRequest(tracingOptions);
		return readResponse(context, spec, await execute(context, request), options);
	});
}
/**
* Checks the parameters now and returns a factory of fresh requests (a paged call validates when called but
* sends only when iterated, possibly more than once).
*/
export function prepareRequest(context, spec, params, options) {
	const parts = readParameters(spec, params, context.clientParameters, context.unknownEnumValues);
	const url = buildUrl(context.baseUrl, spec.path, parts.path, parts.query);
	const body = parts.body !== undefined && spec.body !== undefined ? {
		text: JSON.stringify(parts.body.value),
		contentType: spec.body.contentType
	} : undefined;
	checkRequestOptions(options);
	return (tracingOptions) => {
		const headers = createHttpHeaders({ accept: "application/json" });
		for (const [name, value] of parts.headers) headers.set(name, value);
		if (body !== undefined) headers.set("content-type", body.contentType);
		const request = createCallRequest({
			url,
			method: spec.method,
			headers,
			body: body?.text
		}, options, tracingOptions);
		if (!spec.idempotent) markStateChanging(request);
		return request;
	};
}
/**
* A pipeline request with the call's abort signal, tracing context and request options: its custom headers
* are set last, its timeout overrides the client's.
*/
export function createCallRequest(init, options, tracingOptions) {
	const { abortSignal, requestOptions = {} } = options;
	for (const [name, value] of Object.entries(requestOptions.customHeaders ?? {})) init.headers.set(name, value);
	const request = createPipelineRequest({
		url: init.url,
		method: init.method,
		headers: init.headers,
		...init.body === undefined ? {} : { body: init.body },
		...abortSignal === undefined ? {} : { abortSignal },
		...requestOptions.timeout === undefined ? {} : { timeout: requestOptions.timeout },
		...requestOptions.onUploadProgress === undefined ? {} : { onUploadProgress: requestOptions.onUploadProgress },
		...requestOptions.onDownloadProgress === undefined ? {} : { onDownloadProgress: requestOptions.onDownloadProgress }
	});
	// Set after creation: core's createPipelineRequest does not copy it (core's tracingPolicy reads it).
	if (tracingOptions !== undefined) request.tracingOptions = tracingOptions;
	return request;
}
/** The timeout and custom headers are checked like parameters, before anything is sent. */
function checkRequestOptions(options) {
	const timeout = options.requestOptions?.timeout;
	if (timeout !== undefined && !(Number.isFinite(timeout) && timeout >= 0)) {
		throw new RequestValidationError({
			parameter: "requestOptions.timeout",
			rule: "minimum",
			reason: "must be a number of milliseconds, 0 or more"
		});
	}
	for (const [name, value] of Object.entries(options.requestOptions?.customHeaders ?? {})) {
		if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
			throw new RequestValidationError({
				parameter: "requestOptions.customHeaders",
				rule: "header-name",
				value: name,
				reason: "must be an HTTP header name (token characters only)"
			});
		}
		if (typeof value !== "string") {
			throw new RequestValidationError({
				parameter: `requestOptions.customHeaders.${name}`,
				rule: "type",
				reason: "must be a string"
			});
		}
		// The value may be a credential (an auxiliary token): never quoted.
		checkHeaderValue(`requestOptions.customHeaders.${name}`, value, true);
	}
}
/**
* Sends through the pipeline. Whatever happens, the request object is scrubbed afterwards: core attaches it
* to every `RestError` (and to the response), and it would otherwise still carry the bearer token and body.
*/
export async function execute(context, request) {
	if (request.abortSignal?.aborted) throw abortError();
	try {
		return await context.pipeline.sendRequest(context.httpClient, request);
	} finally {
		for (const name of CREDENTIAL_HEADERS) request.headers.delete(name);
		delete request.body;
	}
}
/** Core's AbortError shape (`@azure/abort-controller` is not a dependency of this package). */
function abortError() {
	const error = new Error("The operation was aborted before the request was sent.");
	error.name = "AbortError";
	return error;
}
/** The response → the typed body (2xx) or a thrown error; calls `onResponse` first. */
export function readResponse(context, spec, response, options) {
	const { status } = response;
	const parsed = parseJson(response.bodyAsText);
	const declared = spec.responses.find((r) => r.status === status);
	options.onResponse?.({
		status,
		// The typed headers object is built from the operation's declared headers, which THeaders describes.
		headers: readHeaders(declared?.headers ?? [], response.headers),
		rawHeaders: response.headers,
		body: parsed.ok ? parsed.value : undefined
	});
	if (status < 200 || status >= 300) {
		throw errorFromResponse(spec.error, response, parsed.ok ? parsed.value : undefined);
	}
	if (!parsed.ok) {
		// The body may hold secrets: the error carries neither the text nor the response.
		throw new RestError(`${spec.operationId}: the ${status} response body is not valid JSON`, {
			code: RestError.PARSE_ERROR,
			statusCode: status
		});
	}
	return checkBody(context, spec.operationId, declared, status, parsed.value, response.headers.get("x-ms-request-id"));
}
export function checkBody(context, operationId, declared, status, body, requestId) {
	// With validation off the body is whatever the service sent; the caller asked for that.
	if (context.validateResponses === "off") return body;
	let issues;
	if (declared === undefined) {
		issues = [{
			path: "",
			keyword: "status",
			message: `status ${status} is not a declared response of the operation`
		}];
	} else if (declared.validate === undefined) {
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
export function errorFromResponse(errorSpec, response, body) {
	const checked = errorSpec?.validate !== undefined && body !== undefined ? errorSpec.validate(body) : undefined;
	const model = errorSpec?.model ?? ARM_ERROR_MODEL;
	const fields = errorFields(body, model);
	if (fields.code === undefined && model.codeHeader !== undefined) fields.code = response.headers.get(model.codeHeader);
	return createServiceRestError(response, fields, checked?.valid ? checked.value : undefined, body);
}
/** Azure Resource Manager's error shape, `{ error: { code, message, target } }`: for an operation that declares none. */
const ARM_ERROR_MODEL = {
	code: "/error/code",
	message: "/error/message",
	target: "/error/target"
};
/** `code`, `message` and `target` of an error body, where the operation's error model keeps them. */
function errorFields(body, model) {
	const text = (pointer) => {
		if (pointer === undefined) return undefined;
		let node = body;
		for (const token of pointerTokens(pointer)) {
			if (!isRecord(node) || !hasOwn(node, token)) return undefined;
			node = node[token];
		}
		return typeof node === "string" ? node : undefined;
	};
	return {
		code: text(model.code),
		message: text(model.message),
		target: text(model.target)
	};
}
function readHeaders(specs, headers) {
	const typed = {};
	for (const spec of specs) {
		const raw = headers.get(spec.name);
		if (raw === undefined) continue;
		if (spec.type === "string") typed[spec.tsName] = raw;
		else if (spec.type === "number" && raw.trim() !== "" && Number.isFinite(Number(raw))) typed[spec.tsName] = Number(raw);
		else if (spec.type === "boolean" && /^(true|false)$/i.test(raw)) typed[spec.tsName] = raw.toLowerCase() === "true";
	}
	return typed;
}
export function parseJson(text) {
	if (text === undefined || text === null || text === "") return {
		ok: true,
		value: undefined
	};
	try {
		return {
			ok: true,
			value: JSON.parse(text)
		};
	} catch {
		return { ok: false };
	}
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=send.js.map
