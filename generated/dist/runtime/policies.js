/**
* The policies where this package is stricter than core's defaults:
* - `operationRetryPolicy` replaces core's `defaultRetryPolicy`: reads keep core's retries (throttling,
*   transient 5xx/408, transport errors), but a request marked state-changing is retried only when the
*   service cannot have acted on it: a 429, or a connection that failed before the request was sent.
* - `sameOriginPolicy` refuses, as the last step before the wire, any request whose origin is not the
*   client's endpoint, so no token follows a rewritten URL.
* - `dropSetCookiePolicy` removes `Set-Cookie` from responses before core's logPolicy sees them: that policy
*   logs response headers without its allow-list (it sanitises request headers only), and these clients
*   never use cookies.
*/
import { defaultRetryPolicy, RestError, retryPolicy } from "@azure/core-rest-pipeline";
const operationRetryPolicyName = "operationRetryPolicy";
const sameOriginPolicyName = "sameOriginPolicy";
const dropSetCookiePolicyName = "dropSetCookiePolicy";
/** Core's defaults (`@azure/core-rest-pipeline` constants, not exported by it). */
const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_RETRY_DELAY_MS = 1e3;
const DEFAULT_MAX_RETRY_DELAY_MS = 64e3;
/**
* Transport errors raised before any byte of the request reached the service (no connection was made).
* `ECONNRESET` and `ETIMEDOUT` are not here: they can happen after the request was sent.
*/
const NOT_SENT_ERROR_CODES = new Set([
	"ECONNREFUSED",
	"ENOTFOUND",
	"EAI_AGAIN",
	"EHOSTUNREACH",
	"ENETUNREACH"
]);
const stateChangingRequests = new WeakSet();
/** Marks a request as changing state (the operation is not idempotent). */
export function markStateChanging(request) {
	stateChangingRequests.add(request);
}
export function operationRetryPolicy(options = {}) {
	const reads = defaultRetryPolicy(options);
	const writes = retryPolicy([stateChangeRetryStrategy(options)], { maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES });
	return {
		name: operationRetryPolicyName,
		sendRequest: (request, next) => (stateChangingRequests.has(request) ? writes : reads).sendRequest(request, next)
	};
}
/** Retries only a 429 (after its Retry-After, else with backoff) and a connection that was never made. */
export function stateChangeRetryStrategy(options = {}) {
	return {
		name: "stateChangeRetryStrategy",
		retry({ retryCount, response, responseError }) {
			if (response?.status === 429) {
				return { retryAfterInMs: retryAfterMs(response) ?? backoffMs(retryCount, options) };
			}
			if (response === undefined && responseError?.code !== undefined && NOT_SENT_ERROR_CODES.has(responseError.code)) {
				return { retryAfterInMs: backoffMs(retryCount, options) };
			}
			return { skipStrategy: true };
		}
	};
}
export function sameOriginPolicy(origin) {
	return {
		name: sameOriginPolicyName,
		async sendRequest(request, next) {
			const target = new URL(request.url).origin;
			if (target !== origin) {
				throw new RestError(`Refused to send a request to ${target}: the client's endpoint is ${origin}`, { code: "CROSS_ORIGIN_REQUEST" });
			}
			return next(request);
		}
	};
}
export function dropSetCookiePolicy() {
	return {
		name: dropSetCookiePolicyName,
		async sendRequest(request, next) {
			const response = await next(request);
			response.headers.delete("set-cookie");
			return response;
		}
	};
}
/** `retry-after-ms`, `x-ms-retry-after-ms` (milliseconds) or `Retry-After` (seconds or an HTTP date). */
function retryAfterMs(response) {
	for (const header of ["retry-after-ms", "x-ms-retry-after-ms"]) {
		const ms = Number(response.headers.get(header) ?? NaN);
		if (Number.isFinite(ms) && ms >= 0) return ms;
	}
	const retryAfter = response.headers.get("retry-after");
	if (retryAfter === undefined) return undefined;
	const seconds = Number(retryAfter);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1e3;
	const date = Date.parse(retryAfter);
	return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
/** Exponential backoff with ±20% jitter, as core's strategy does. */
function backoffMs(retryCount, options) {
	const base = (options.retryDelayInMs ?? DEFAULT_RETRY_DELAY_MS) * 2 ** retryCount;
	const capped = Math.min(options.maxRetryDelayInMs ?? DEFAULT_MAX_RETRY_DELAY_MS, base);
	return capped * (.8 + Math.random() * .4);
}
//# sourceMappingURL=policies.js.map
