/**
* Bounds on what a service can make a client do, as pipeline policies:
* - `retryAfterLimitPolicy`: a `Retry-After`, `retry-after-ms` or `x-ms-retry-after-ms` longer than
*   `maxRetryAfterInMs` (default 60 s) fails at once with a `RETRY_AFTER_TOO_LONG` error instead of sleeping
*   (a day, or — past 2^31-1 ms — an overflowed timer that retries at once).
* - `responseSizeLimitPolicy`: bodies are streamed and counted; past `maxResponseBodyBytes` (default 8 MiB,
*   far above any key operation's answer) the connection is destroyed and a `RESPONSE_TOO_LARGE` error
*   thrown, so a 150 MB answer is never read whole.
* - `requestTimeoutPolicy`: the client-level `timeout` (ms per attempt) applies to every request that does
*   not carry its own (a per-call `requestOptions.timeout` wins).
* - `allowListLogPolicy`: core's logPolicy, but response headers are sanitised with the same allow-list as
*   request headers (core logs them verbatim); `loggingOptions.additionalAllowedHeaderNames` is the opt-in.
*/
import { logPolicy, logPolicyName, RestError } from "@azure/core-rest-pipeline";
import { createHttpHeaders } from "@azure/core-rest-pipeline";
export const DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
export const DEFAULT_MAX_RESPONSE_BODY_BYTES = 8 * 1024 * 1024;
/** setTimeout's limit: longer delays overflow into an immediate call. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Response headers logged by default (core's allow-list for request headers, plus the error code). */
export const LOGGED_HEADER_NAMES = [
	"x-ms-client-request-id",
	"x-ms-return-client-request-id",
	"x-ms-useragent",
	"x-ms-correlation-request-id",
	"x-ms-request-id",
	"x-ms-error-code",
	"client-request-id",
	"ms-cv",
	"return-client-request-id",
	"traceparent",
	"accept",
	"accept-encoding",
	"cache-control",
	"connection",
	"content-length",
	"content-type",
	"date",
	"etag",
	"expires",
	"last-modified",
	"pragma",
	"request-id",
	"retry-after",
	"retry-after-ms",
	"x-ms-retry-after-ms",
	"server",
	"transfer-encoding",
	"user-agent",
	"www-authenticate"
];
/** The delay a response asks for before a retry, in ms (Infinity when it overflows); undefined: none. */
export function requestedRetryDelayMs(response) {
	for (const header of ["retry-after-ms", "x-ms-retry-after-ms"]) {
		const raw = response.headers.get(header);
		if (raw === undefined || raw.trim() === "") continue;
		const ms = Number(raw);
		if (Number.isNaN(ms) || ms < 0) continue;
		return Number.isFinite(ms) && ms <= MAX_TIMER_MS ? ms : Infinity;
	}
	const retryAfter = response.headers.get("retry-after");
	if (retryAfter === undefined || retryAfter.trim() === "") return undefined;
	const seconds = Number(retryAfter);
	if (!Number.isNaN(seconds) && seconds >= 0) return Number.isFinite(seconds * 1e3) && seconds * 1e3 <= MAX_TIMER_MS ? seconds * 1e3 : Infinity;
	const date = Date.parse(retryAfter);
	return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
export function retryAfterLimitPolicy(maxRetryAfterInMs = DEFAULT_MAX_RETRY_AFTER_MS) {
	if (!(maxRetryAfterInMs >= 0) || maxRetryAfterInMs > MAX_TIMER_MS) throw new RangeError(`maxRetryAfterInMs must be between 0 and ${MAX_TIMER_MS}`);
	return {
		name: "retryAfterLimitPolicy",
		async sendRequest(request, next) {
			const response = await next(request);
			if (response.status !== 429 && response.status !== 503) return response;
			const delay = requestedRetryDelayMs(response);
			if (delay === undefined || delay <= maxRetryAfterInMs) return response;
			discard(response);
			const asked = Number.isFinite(delay) ? `${Math.ceil(delay / 1e3)} s` : "longer than a timer can wait";
			throw new RestError(`The service answered ${response.status} and asked to retry after ${asked}, beyond this client's limit of ${maxRetryAfterInMs / 1e3} s (maxRetryAfterInMs); not retrying.`, {
				code: "RETRY_AFTER_TOO_LONG",
				statusCode: response.status
			});
		}
	};
}
export function responseSizeLimitPolicy(maxResponseBodyBytes = DEFAULT_MAX_RESPONSE_BODY_BYTES) {
	if (!(maxResponseBodyBytes > 0)) throw new RangeError("maxResponseBodyBytes must be positive");
	const tooLarge = (status, what) => new RestError(`The ${status} response body is ${what}, larger than this client's limit of ${maxResponseBodyBytes} bytes (maxResponseBodyBytes); it was not read.`, {
		code: "RESPONSE_TOO_LARGE",
		statusCode: status
	});
	return {
		name: "responseSizeLimitPolicy",
		async sendRequest(request, next) {
			const callerStreams = request.streamResponseStatusCodes;
			request.streamResponseStatusCodes = new Set([Number.POSITIVE_INFINITY]);
			let response;
			try {
				response = await next(request);
			} finally {
				if (callerStreams === undefined) delete request.streamResponseStatusCodes;
				else request.streamResponseStatusCodes = callerStreams;
			}
			// The caller asked for a stream itself: hand it over as it is.
			if (callerStreams?.has(Number.POSITIVE_INFINITY) || callerStreams?.has(response.status)) return response;
			const body = response;
			const declared = Number(response.headers.get("content-length") ?? NaN);
			if (Number.isFinite(declared) && declared > maxResponseBodyBytes) {
				discard(body);
				throw tooLarge(response.status, `${declared} bytes`);
			}
			const chunks = chunksOf(body);
			if (chunks === undefined) {
				if (response.bodyAsText != null && new TextEncoder().encode(response.bodyAsText).length > maxResponseBodyBytes) throw tooLarge(response.status, "larger");
				return response;
			}
			const decoder = new TextDecoder();
			let text = "";
			let size = 0;
			for await (const chunk of chunks) {
				const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
				size += bytes.length;
				if (size > maxResponseBodyBytes) {
					discard(body);
					throw tooLarge(response.status, `over ${maxResponseBodyBytes} bytes`);
				}
				text += decoder.decode(bytes, { stream: true });
			}
			text += decoder.decode();
			delete body.readableStreamBody;
			delete body.browserStreamBody;
			delete body.blobBody;
			response.bodyAsText = text;
			return response;
		}
	};
}
function chunksOf(body) {
	const node = body.readableStreamBody;
	if (node !== undefined && typeof node[Symbol.asyncIterator] === "function") return node;
	const web = body.browserStreamBody;
	if (web !== undefined && typeof web.getReader === "function") {
		const reader = web.getReader();
		return { async *[Symbol.asyncIterator]() {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) return;
				if (value !== undefined) yield value;
			}
		} };
	}
	const blob = body.blobBody;
	if (blob !== undefined && typeof blob.then === "function") {
		return { async *[Symbol.asyncIterator]() {
			yield new Uint8Array(await (await blob).arrayBuffer());
		} };
	}
	return undefined;
}
function discard(body) {
	body.readableStreamBody?.destroy?.();
	void body.browserStreamBody?.cancel?.().catch(() => undefined);
}
export function requestTimeoutPolicy(timeoutInMs) {
	if (!(timeoutInMs >= 0) || !Number.isFinite(timeoutInMs)) throw new RangeError("timeout must be a finite number of milliseconds ≥ 0");
	return {
		name: "requestTimeoutPolicy",
		sendRequest(request, next) {
			if (!(request.timeout > 0)) request.timeout = timeoutInMs;
			return next(request);
		}
	};
}
export function allowListLogPolicy(options = {}) {
	const inner = logPolicy(options);
	const allowed = new Set([...LOGGED_HEADER_NAMES, ...options.additionalAllowedHeaderNames ?? []].map((h) => h.toLowerCase()));
	return {
		name: logPolicyName,
		async sendRequest(request, next) {
			let original;
			await inner.sendRequest(request, async (r) => {
				original = await next(r);
				return {
					...original,
					headers: redactHeaders(original.headers, allowed)
				};
			});
			return original;
		}
	};
}
/** A copy of `headers` with every value not on the allow-list replaced by `REDACTED`. */
export function redactHeaders(headers, allowed) {
	const copy = createHttpHeaders();
	for (const [name, value] of headers) copy.set(name, allowed.has(name.toLowerCase()) ? value : "REDACTED");
	return copy;
}
//# sourceMappingURL=limits.js.map
