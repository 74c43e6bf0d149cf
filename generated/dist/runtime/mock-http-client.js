/**
* The mock as `@azure/core-rest-pipeline`'s `HttpClient`: pass it as a generated client's `httpClient` option and
* every request goes through the real pipeline (auth, retries, validation) into the mock engine instead of the
* network. A dropped connection surfaces as core's `ECONNRESET` `RestError`, as the Node HTTP client reports it.
* (Copied verbatim into the generated package.)
*/
import { createHttpHeaders, RestError } from "@azure/core-rest-pipeline";
import { createMockEngine } from "./mock-engine.js";
export function createServiceMockHttpClient(description, options) {
	const engine = createMockEngine(description, options);
	return {
		async sendRequest(request) {
			const answer = await engine.handle({
				method: request.method,
				url: request.url,
				headers: request.headers.toJSON(),
				bodyText: await readBody(request),
				abortSignal: request.abortSignal
			});
			if (answer.kind === "drop") throw new RestError("socket hang up", {
				code: "ECONNRESET",
				request
			});
			const response = {
				request,
				status: answer.status,
				headers: createHttpHeaders(answer.headers)
			};
			if (answer.bodyText !== undefined) response.bodyAsText = answer.bodyText;
			return response;
		},
		get calls() {
			return engine.calls;
		},
		setScenario: engine.setScenario,
		reset: engine.reset
	};
}
async function readBody(request) {
	const { body } = request;
	if (body === undefined || body === null) return undefined;
	if (typeof body === "string") return body;
	if (body instanceof ArrayBuffer) return new TextDecoder().decode(new Uint8Array(body));
	if (ArrayBuffer.isView(body)) return new TextDecoder().decode(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
	if (isBlobLike(body)) return body.text();
	throw new TypeError("mock HttpClient: send the request body as a string, ArrayBuffer, typed array or Blob");
}
/** A `Blob` (not among the package's platform globals, so recognised by shape). */
function isBlobLike(body) {
	return typeof body === "object" && body !== null && typeof body.text === "function";
}
//# sourceMappingURL=mock-http-client.js.map
