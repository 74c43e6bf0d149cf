import { pointerTokens } from "./validation.js";
const STATUS_PROBLEMS = {
	400: ["BadRequest", "The request is invalid."],
	401: ["AuthenticationFailed", "Authentication failed."],
	403: ["AuthorizationFailed", "The client does not have authorization to perform this action."],
	404: ["NotFound", "The requested resource was not found."],
	405: ["MethodNotAllowed", "The HTTP method is not supported for this resource."],
	409: ["Conflict", "The request conflicts with the current state of the resource."],
	429: ["TooManyRequests", "The request was throttled. Retry after the time given in the Retry-After header."],
	500: ["InternalServerError", "The server encountered an internal error."],
	502: ["BadGateway", "The server received an invalid response from an upstream server."],
	503: ["ServiceUnavailable", "The service is temporarily unavailable. Retry after the time given in the Retry-After header."],
	504: ["GatewayTimeout", "The server did not receive a timely response from an upstream server."]
};
/** The usual code and message for an error status (used when a scenario forces a status). */
export function problemForStatus(status) {
	const [code, message] = STATUS_PROBLEMS[status] ?? [`Http${status}`, `The service answered ${status}.`];
	return {
		status,
		code,
		message
	};
}
export function errorBody(model, problem) {
	const body = {};
	setAtPointer(body, model.code, problem.code);
	setAtPointer(body, model.message, problem.message);
	if (model.target !== undefined && problem.target !== undefined) setAtPointer(body, model.target, problem.target);
	if (model.status) {
		const status = model.status.type === "string" ? String(problem.status) : problem.status;
		setAtPointer(body, model.status.pointer, status);
	}
	return body;
}
export function errorHeaders(model, problem) {
	return model.codeHeader ? { [model.codeHeader]: problem.code } : {};
}
/** Sets `value` at an RFC 6901 pointer, creating the objects on the way (own data properties, even `__proto__`). */
export function setAtPointer(root, pointer, value) {
	const tokens = pointerTokens(pointer);
	let node = root;
	tokens.forEach((token, i) => {
		if (i === tokens.length - 1) {
			Object.defineProperty(node, token, {
				value,
				enumerable: true,
				writable: true,
				configurable: true
			});
			return;
		}
		const next = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
		if (next !== null && typeof next === "object") node = next;
		else {
			const created = {};
			Object.defineProperty(node, token, {
				value: created,
				enumerable: true,
				writable: true,
				configurable: true
			});
			node = created;
		}
	});
}
//# sourceMappingURL=mock-errors.js.map
