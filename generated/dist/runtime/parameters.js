/**
* Parameter values → request parts. Method parameters are checked by the operation's generated validator,
* client-level parameters (subscriptionId, api-version) by the service's generated client parameters validator
* when the client is constructed — the same checks and messages; then every value passes the wire-safety rules
* of its location (`url.ts`) whatever its schema allows.
*/
import { RequestValidationError } from "./errors.js";
import { checkHeaderValue, checkPathValue, checkQueryValue } from "./url.js";
import { pointerTokens } from "./validation.js";
/** Reads client-level parameters from the client options, checks them with the generated validator: wire name → bound value. */
export function bindClientParameters(specs, options, validate, unknownEnumValues = "reject") {
	const values = {};
	for (const spec of specs) {
		const value = options[spec.tsName] ?? spec.default;
		if (value !== undefined) values[spec.tsName] = value;
	}
	const result = validate(values, {
		direction: "request",
		unknownEnumValues
	});
	if (!result.valid) throw issuesToError(specs, values, result.errors);
	const bound = new Map();
	for (const spec of specs) {
		const value = values[spec.tsName];
		if (value === undefined) continue;
		if (typeof value !== "string") {
			throw new RequestValidationError({
				parameter: spec.tsName,
				rule: "type",
				reason: "must be a string"
			});
		}
		checkWireSafety(spec.in, spec.tsName, value, false);
		bound.set(spec.name, {
			in: spec.in,
			value
		});
	}
	return bound;
}
/** Validates `params` and splits them, with the client's bound parameters, into request parts. */
export function readParameters(spec, params, clientParameters, unknownEnumValues = "reject") {
	const result = spec.validateParameters(params, {
		direction: "request",
		unknownEnumValues
	});
	if (!result.valid) throw issuesToError(spec.parameters, params, result.errors);
	const values = result.value;
	const path = new Map();
	const query = [];
	const headers = [];
	const add = (location, name, value) => {
		if (location === "path") path.set(name, value);
		else (location === "query" ? query : headers).push([name, value]);
	};
	for (const parameter of spec.parameters) {
		const value = values[parameter.tsName];
		if (value === undefined) continue;
		if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
			throw new RequestValidationError({
				parameter: parameter.tsName,
				rule: "type",
				reason: "must be a string, number or boolean"
			});
		}
		const text = String(value);
		checkWireSafety(parameter.in, parameter.tsName, text, parameter.secret === true);
		add(parameter.in, parameter.name, text);
	}
	for (const name of spec.clientParameters) {
		const bound = clientParameters.get(name);
		if (bound !== undefined) add(bound.in, name, bound.value);
	}
	const body = spec.body === undefined ? undefined : values[spec.body.tsName];
	return {
		path,
		query,
		headers,
		body: body === undefined ? undefined : { value: body }
	};
}
function checkWireSafety(location, parameter, value, secret) {
	if (location === "path") checkPathValue(parameter, value, secret);
	else if (location === "query") checkQueryValue(parameter, value, secret);
	else checkHeaderValue(parameter, value, secret);
}
/**
* The validator's issues → one error naming the first parameter at fault. The value is quoted only for a
* non-secret path, query or header parameter (never for the body, which may hold secrets).
*/
function issuesToError(parameters, params, issues) {
	const first = issues[0] ?? {
		path: "",
		keyword: "type",
		message: "is invalid"
	};
	const tokens = pointerTokens(first.path);
	const tsName = tokens[0];
	const parameter = parameters.find((p) => p.tsName === tsName);
	const value = tsName !== undefined && typeof params === "object" && params !== null ? params[tsName] : undefined;
	const shown = parameter !== undefined && !parameter.secret && [
		"string",
		"number",
		"boolean"
	].includes(typeof value) ? String(value) : undefined;
	return new RequestValidationError({
		parameter: tsName ?? "parameters",
		rule: first.keyword,
		value: shown,
		reason: tokens.length > 1 ? `at ${first.path}: ${first.message}` : first.message,
		issues
	});
}
//# sourceMappingURL=parameters.js.map
