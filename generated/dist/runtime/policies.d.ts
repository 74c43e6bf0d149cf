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
import { type PipelinePolicy, type PipelineRequest, type PipelineRetryOptions, type RetryStrategy } from "@azure/core-rest-pipeline";
/** Marks a request as changing state (the operation is not idempotent). */
export declare function markStateChanging(request: PipelineRequest): void;
export declare function operationRetryPolicy(options?: PipelineRetryOptions): PipelinePolicy;
/** Retries only a 429 (after its Retry-After, else with backoff) and a connection that was never made. */
export declare function stateChangeRetryStrategy(options?: PipelineRetryOptions): RetryStrategy;
export declare function sameOriginPolicy(origin: string): PipelinePolicy;
export declare function dropSetCookiePolicy(): PipelinePolicy;
//# sourceMappingURL=policies.d.ts.map
