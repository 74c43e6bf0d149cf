export const REDACTED = "<redacted>";
/** Longer bodies are recorded as a note of their size, not kept (key operations send a few hundred bytes). */
export const MAX_RECORDED_BODY_CHARS = 64 * 1024;
const TOKEN_HEADERS = new Set([
	"authorization",
	"proxy-authorization",
	"x-ms-authorization-auxiliary",
	"cookie"
]);
/** Lower-case names; the credentials of token-bearing headers replaced (an auth scheme such as `Bearer` is kept). */
export function redactHeaders(headers) {
	const out = {};
	for (const [name, value] of Object.entries(headers)) {
		const lower = name.toLowerCase();
		if (!TOKEN_HEADERS.has(lower)) out[lower] = value;
		else if (lower.endsWith("authorization") && /^[A-Za-z]+\s/.test(value)) out[lower] = `${value.split(/\s/)[0]} ${REDACTED}`;
		else out[lower] = REDACTED;
	}
	return out;
}
export function recordCall(request, operationId) {
	const call = {
		method: request.method,
		url: request.url,
		headers: redactHeaders(request.headers)
	};
	if (operationId !== undefined) call.operationId = operationId;
	if (request.bodyText !== undefined && request.bodyText !== "") {
		call.body = request.bodyText.length > MAX_RECORDED_BODY_CHARS ? `<${request.bodyText.length} characters, not recorded>` : parseOrText(request.bodyText);
	}
	return call;
}
function parseOrText(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
//# sourceMappingURL=mock-record.js.map
