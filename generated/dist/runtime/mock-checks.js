import { escapePointerToken, pointerTokens } from "./validation.js";
export function checkBearerToken(headers) {
	const value = headers["authorization"];
	if (value !== undefined && /^Bearer\s+\S/i.test(value)) return undefined;
	return {
		status: 401,
		code: "AuthenticationFailed",
		message: value === undefined ? "Authentication failed. The 'Authorization' header is missing." : "Authentication failed. The 'Authorization' header is not a bearer token."
	};
}
export function checkApiVersion(operation, url, apiVersions) {
	const name = operation.apiVersionParameter;
	if (name === undefined) return undefined;
	const values = url.searchParams.getAll(name);
	if (values.length > 1) {
		return {
			status: 400,
			code: "InvalidApiVersionParameter",
			message: `The ${name} query parameter is given ${values.length} times; give it exactly once.`,
			target: name
		};
	}
	const value = url.searchParams.get(name);
	if (value === null || value === "") {
		return {
			status: 400,
			code: "MissingApiVersionParameter",
			message: `The ${name} query parameter (?${name}=) is required for all requests.`,
			target: name
		};
	}
	if (apiVersions.includes(value)) return undefined;
	return {
		status: 400,
		code: "InvalidApiVersionParameter",
		message: `The ${name} is not supported. The supported versions are '${apiVersions.join(", ")}'.`,
		target: name
	};
}
export function checkParameters(operation, request) {
	const values = {};
	for (const parameter of operation.parameters) {
		const read = readParameter(parameter, request);
		if (read.problem) return read.problem;
		if (read.value !== undefined) values[parameter.tsName] = read.value;
	}
	if (operation.body && request.bodyText !== undefined && request.bodyText !== "") {
		try {
			values[operation.body.tsName] = JSON.parse(request.bodyText);
		} catch {
			return {
				status: 400,
				code: "InvalidRequestContent",
				message: "The request content is not valid JSON.",
				target: operation.body.wireName
			};
		}
	}
	const result = operation.validateParameters(values);
	if (result.valid) return undefined;
	const issue = result.errors[0];
	return problemForIssue(operation, issue.path, issue.message);
}
function readParameter(parameter, request) {
	if (parameter.location === "path") {
		if (!(parameter.name in request.pathValues)) return {};
		const value = request.pathValues[parameter.name];
		if (value !== undefined) return { value };
		return { problem: {
			status: 400,
			code: "InvalidParameter",
			message: `The value of parameter '${parameter.name}' is not valid percent-encoding.`,
			target: parameter.name
		} };
	}
	const raw = parameter.location === "query" ? request.url.searchParams.get(parameter.name) ?? undefined : request.headers[parameter.name.toLowerCase()];
	return raw === undefined ? {} : { value: readWireText(raw, parameter.wireType) };
}
/** Query and header text → the value the validator expects; text that does not parse stays text (and fails). */
function readWireText(raw, wireType) {
	switch (wireType) {
		case "number": {
			const n = Number(raw);
			return raw.trim() !== "" && Number.isFinite(n) ? n : raw;
		}
		case "boolean": return raw === "true" ? true : raw === "false" ? false : raw;
		case "array": return raw === "" ? [] : raw.split(",");
		case "string": return raw;
	}
}
/** A validator issue at `/<tsName>/…` → a problem naming the wire parameter (or body location). */
function problemForIssue(operation, path, message) {
	const [tsName = "", ...rest] = pointerTokens(path);
	if (operation.body && tsName === operation.body.tsName) {
		const target = [operation.body.wireName, ...rest.map(escapePointerToken)].join("/");
		return {
			status: 400,
			code: "InvalidRequestContent",
			message: `The request content is not valid at '${target}': ${message}`,
			target
		};
	}
	const parameter = operation.parameters.find((p) => p.tsName === tsName);
	if (parameter === undefined) {
		return {
			status: 400,
			code: "InvalidParameter",
			message: `The request is not valid: ${message}`
		};
	}
	return {
		status: 400,
		code: "InvalidParameter",
		message: `The value of parameter '${parameter.name}' is not valid: ${message}`,
		target: parameter.name
	};
}
//# sourceMappingURL=mock-checks.js.map
