/**
* Request URLs: the client's base URL from the server template, path values encoded into the operation's
* path template, the query string, and the wire-safety rules every path value must pass whatever its schema
* pattern allows. A value that passes cannot add, remove or climb a path segment, start a query or fragment,
* or smuggle any of those in percent-encoded form for a server that decodes twice.
*/
import { RequestValidationError } from "./errors.js";
/** Separators a path value must not contain, raw or percent-encoded (`\` is `/` to WHATWG URLs and IIS). */
const SEPARATORS = /[/\\?#]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Percent-decoding rounds tried when looking for an encoded separator (`%252F` → `%2F` → `/`). */
const DECODE_ROUNDS = 3;
/**
* The client's base URL. Without template variables the template is the default endpoint and
* `options.endpoint` replaces it; otherwise each variable is filled from its client option.
*/
export function resolveBaseUrl(template, variables, options) {
	if (variables.length === 0) {
		const endpoint = options["endpoint"];
		if (endpoint === undefined) return trimTrailingSlash(template);
		return checkEndpointUrl("endpoint", requireString("endpoint", endpoint));
	}
	let url = template;
	for (const variable of variables) {
		const value = trimTrailingSlash(requireString(variable.tsName, options[variable.tsName]));
		const atStart = template.startsWith(`{${variable.name}}`);
		// A variable inside the host or path (`https://{account}.example.com`) is one label, never a URL.
		if (!atStart && /[/\\?#@:\s]/.test(value)) {
			throw new RequestValidationError({
				parameter: variable.tsName,
				rule: "url",
				value,
				reason: "must be a single host label or path segment"
			});
		}
		url = url.split(`{${variable.name}}`).join(value);
	}
	return checkEndpointUrl(variables[0].tsName, trimTrailingSlash(url));
}
/** An absolute https URL without credentials, query or fragment. */
function checkEndpointUrl(parameter, value) {
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new RequestValidationError({
			parameter,
			rule: "url",
			value,
			reason: "must be an absolute URL"
		});
	}
	const problem = url.protocol !== "https:" ? "must use https (bearer tokens are sent only over TLS)" : url.username !== "" || url.password !== "" ? "must not contain credentials" : url.search !== "" || url.hash !== "" || /[?#]/.test(value) ? "must not contain a query or fragment" : undefined;
	if (problem !== undefined) {
		throw new RequestValidationError({
			parameter,
			rule: "url",
			value: url.username !== "" || url.password !== "" ? undefined : value,
			reason: problem
		});
	}
	return trimTrailingSlash(value);
}
/**
* Throws unless `value` is safe as one encoded path segment: not empty, not `.` or `..`, no `/`, `\`, `?` or
* `#`, and none of those after percent-decoding (up to three rounds), and valid Unicode.
* @param secret the value is a secret: the error does not quote it
*/
export function checkPathValue(parameter, value, secret = false) {
	const fail = (rule, reason) => {
		throw new RequestValidationError({
			parameter,
			rule,
			value: secret ? undefined : value,
			reason
		});
	};
	if (value === "") fail("empty", "a path value must not be empty");
	if (LONE_SURROGATE.test(value)) fail("unicode", "must be well-formed Unicode (no lone surrogates)");
	if (value === "." || value === "..") fail("dot-segment", `must not be "." or ".." (a relative path segment)`);
	if (SEPARATORS.test(value)) fail("separator", `must not contain "/", "\\", "?" or "#"`);
	let decoded = value;
	for (let round = 0; round < DECODE_ROUNDS && decoded.includes("%"); round++) {
		decoded = percentDecode(decoded);
		if (SEPARATORS.test(decoded) || decoded === "." || decoded === "..") {
			fail("encoded-separator", `must not contain a percent-encoded "/", "\\", "?", "#" or dot segment`);
		}
	}
}
/** Throws unless `value` can be percent-encoded into a query string (well-formed Unicode). */
export function checkQueryValue(parameter, value, secret = false) {
	if (LONE_SURROGATE.test(value)) {
		const shown = secret ? undefined : value;
		throw new RequestValidationError({
			parameter,
			rule: "unicode",
			value: shown,
			reason: "must be well-formed Unicode"
		});
	}
}
/** Throws unless `value` can be sent as an HTTP header value (no CR, LF or NUL: no header injection). */
export function checkHeaderValue(parameter, value, secret = false) {
	if (/[\r\n\0]/.test(value)) {
		throw new RequestValidationError({
			parameter,
			rule: "header-character",
			value: secret ? undefined : value,
			reason: "must not contain CR, LF or NUL"
		});
	}
}
/**
* `baseUrl` + `pathTemplate` with every `{name}` replaced by its encoded value, then the query.
* Values must have passed `checkPathValue`.
*/
export function buildUrl(baseUrl, pathTemplate, pathValues, query) {
	const path = pathTemplate.replace(/\{([^{}]+)\}/g, (_, name) => {
		const value = pathValues.get(name);
		if (value === undefined) throw new Error(`internal error: no value for path parameter ${name}`);
		return encodeURIComponent(value);
	});
	const search = query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("&");
	return baseUrl + path + (search === "" ? "" : `?${search}`);
}
function percentDecode(value) {
	// decodeURIComponent rejects a lone `%`; decode each well-formed escape run on its own.
	return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
		}
	});
}
function requireString(parameter, value) {
	if (typeof value === "string" && value !== "") return value;
	throw new RequestValidationError({
		parameter,
		rule: "required",
		reason: "a non-empty string is required"
	});
}
function trimTrailingSlash(url) {
	return url.replace(/\/+$/, "");
}
//# sourceMappingURL=url.js.map
