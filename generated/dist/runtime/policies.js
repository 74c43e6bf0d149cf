import {
  defaultRetryPolicy,
  RestError,
  retryPolicy
} from "@azure/core-rest-pipeline";
const operationRetryPolicyName = "operationRetryPolicy";
const sameOriginPolicyName = "sameOriginPolicy";
const dropSetCookiePolicyName = "dropSetCookiePolicy";
const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_RETRY_DELAY_MS = 1e3;
const DEFAULT_MAX_RETRY_DELAY_MS = 64e3;
const NOT_SENT_ERROR_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
const stateChangingRequests = /* @__PURE__ */ new WeakSet();
function markStateChanging(request) {
  stateChangingRequests.add(request);
}
function operationRetryPolicy(options = {}) {
  const reads = defaultRetryPolicy(options);
  const writes = retryPolicy([stateChangeRetryStrategy(options)], {
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES
  });
  return {
    name: operationRetryPolicyName,
    sendRequest: (request, next) => (stateChangingRequests.has(request) ? writes : reads).sendRequest(request, next)
  };
}
function stateChangeRetryStrategy(options = {}) {
  return {
    name: "stateChangeRetryStrategy",
    retry({ retryCount, response, responseError }) {
      if (response?.status === 429) {
        return { retryAfterInMs: retryAfterMs(response) ?? backoffMs(retryCount, options) };
      }
      if (response === void 0 && responseError?.code !== void 0 && NOT_SENT_ERROR_CODES.has(responseError.code)) {
        return { retryAfterInMs: backoffMs(retryCount, options) };
      }
      return { skipStrategy: true };
    }
  };
}
function sameOriginPolicy(origin) {
  return {
    name: sameOriginPolicyName,
    async sendRequest(request, next) {
      const target = new URL(request.url).origin;
      if (target !== origin) {
        throw new RestError(`Refused to send a request to ${target}: the client's endpoint is ${origin}`, {
          code: "CROSS_ORIGIN_REQUEST"
        });
      }
      return next(request);
    }
  };
}
function dropSetCookiePolicy() {
  return {
    name: dropSetCookiePolicyName,
    async sendRequest(request, next) {
      const response = await next(request);
      response.headers.delete("set-cookie");
      return response;
    }
  };
}
function retryAfterMs(response) {
  for (const header of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const ms = Number(response.headers.get(header) ?? NaN);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const retryAfter = response.headers.get("retry-after");
  if (retryAfter === void 0) return void 0;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1e3;
  const date = Date.parse(retryAfter);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : void 0;
}
function backoffMs(retryCount, options) {
  const base = (options.retryDelayInMs ?? DEFAULT_RETRY_DELAY_MS) * 2 ** retryCount;
  const capped = Math.min(options.maxRetryDelayInMs ?? DEFAULT_MAX_RETRY_DELAY_MS, base);
  return capped * (0.8 + Math.random() * 0.4);
}
export {
  dropSetCookiePolicy,
  markStateChanging,
  operationRetryPolicy,
  sameOriginPolicy,
  stateChangeRetryStrategy
};
//# sourceMappingURL=policies.js.map
