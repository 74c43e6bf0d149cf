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
import { type LogPolicyOptions, type PipelinePolicy, type PipelineResponse } from "@azure/core-rest-pipeline";
import { type HttpHeaders } from "@azure/core-rest-pipeline";
export declare const DEFAULT_MAX_RETRY_AFTER_MS: number;
export declare const DEFAULT_MAX_RESPONSE_BODY_BYTES: number;
/** Response headers logged by default (core's allow-list for request headers, plus the error code). */
export declare const LOGGED_HEADER_NAMES: readonly string[];
/** The delay a response asks for before a retry, in ms (Infinity when it overflows); undefined: none. */
export declare function requestedRetryDelayMs(response: PipelineResponse): number | undefined;
export declare function retryAfterLimitPolicy(maxRetryAfterInMs?: number): PipelinePolicy;
export declare function responseSizeLimitPolicy(maxResponseBodyBytes?: number): PipelinePolicy;
export declare function requestTimeoutPolicy(timeoutInMs: number): PipelinePolicy;
export declare function allowListLogPolicy(options?: LogPolicyOptions): PipelinePolicy;
/** A copy of `headers` with every value not on the allow-list replaced by `REDACTED`. */
export declare function redactHeaders(headers: HttpHeaders, allowed: ReadonlySet<string>): HttpHeaders;
//# sourceMappingURL=limits.d.ts.map
