/**
* The client core every generated client class extends: core's pipeline with this package's stricter
* policies and the bearer-token policy, the base URL, and the client-level parameters, all checked once at
* construction (a bad subscriptionId or endpoint throws here, before anything is sent).
*/
import type { TokenCredential } from "@azure/core-auth";
import { type HttpClient, type LogPolicyOptions, type Pipeline, type PipelineOptions, type PipelinePolicy } from "@azure/core-rest-pipeline";
import type { Validator } from "./operation.js";
import { type BoundParameter, type ClientParameterSpec } from "./parameters.js";
import { type TracingSpec } from "./tracing.js";
import { type ServerVariableSpec } from "./url.js";
import type { TracingClient } from "@azure/core-tracing";
import { type AzureLogger } from "@azure/logger";
/** What a client does when a 2xx body does not match its schema. */
export type ValidateResponses = "throw" | "warn" | "off";
export interface AdditionalPolicyConfig {
	policy: PipelinePolicy;
	/** `perCall`: once per call, before retries; `perRetry`: on every attempt, after signing. */
	position: "perCall" | "perRetry";
}
export interface ClientOptions extends PipelineOptions {
	/** Any `TokenCredential` (`DefaultAzureCredential`, `ClientSecretCredential`, …). */
	credential: TokenCredential;
	/** The service's base URL (default: the spec's server, `https://management.azure.com` for ARM). */
	endpoint?: string | undefined;
	/**
	* The api-version sent with every request (default: the one the client was generated for, named in the
	* client's documentation). Another version may answer with shapes this client does not know: responses are
	* still validated against the generated schemas.
	*/
	apiVersion?: string | undefined;
	/** Default `"throw"`: a 2xx body that does not match its schema throws `ResponseValidationError`. */
	validateResponses?: ValidateResponses | undefined;
	/**
	* Extensible enums (`Known…` values): by default a request carrying a value this api-version does not list is
	* rejected before it is sent (`RequestValidationError`). `"accept"` sends it: the opt-out for values the service
	* added after this api-version. Responses always accept unknown values.
	*/
	unknownEnumValues?: "reject" | "accept" | undefined;
	/** Token scopes (default: the spec's; set for sovereign clouds together with `endpoint`). */
	credentialScopes?: readonly string[] | undefined;
	/** Sends the requests (default: core's client for the platform). */
	httpClient?: HttpClient | undefined;
	additionalPolicies?: readonly AdditionalPolicyConfig[] | undefined;
	/**
	* Logging of requests and responses (`AZURE_LOG_LEVEL=info` or more). Header values are logged only for an
	* allow-list of non-secret headers; `additionalAllowedHeaderNames` adds to it (an explicit opt-in).
	*/
	loggingOptions?: LogPolicyOptions;
	/** Milliseconds each request attempt may take (0: no limit, the default); a per-call timeout wins. */
	timeout?: number | undefined;
	/**
	* The longest `Retry-After` (or `retry-after-ms`) the client waits before a retry, in ms (default 60 000).
	* A longer one fails at once with a `RETRY_AFTER_TOO_LONG` RestError.
	*/
	maxRetryAfterInMs?: number | undefined;
	/** The largest response body read, in bytes (default 8 MiB); a larger one fails with `RESPONSE_TOO_LARGE`. */
	maxResponseBodyBytes?: number | undefined;
}
/** The static, data-only description of a service, emitted once per client module. */
export interface ServiceSpec extends TracingSpec {
	/** Server URL template (`https://management.azure.com`, `{endpoint}/scan`). */
	readonly server: string;
	readonly serverVariables: readonly ServerVariableSpec[];
	readonly credentialScopes: readonly string[];
	readonly clientParameters: readonly ClientParameterSpec[];
	/** The generated `validate<ClientName>Parameters`: keys are the client parameters' option names. */
	readonly validateClientParameters: Validator<Readonly<Record<string, unknown>>>;
}
/** What `send` and `page` need from a client. */
export interface ClientContext {
	readonly pipeline: Pipeline;
	readonly httpClient: HttpClient;
	/** Base URL without a trailing slash. */
	readonly baseUrl: string;
	readonly origin: string;
	readonly clientParameters: ReadonlyMap<string, BoundParameter>;
	readonly validateResponses: ValidateResponses;
	readonly unknownEnumValues: "reject" | "accept";
	/** One span per operation call (`runtime/tracing.ts`). */
	readonly tracing: TracingClient;
	/** `@azure/logger` under the generated package's name (`AZURE_LOG_LEVEL`, `setLogLevel`). */
	readonly logger: AzureLogger;
}
export declare class ServiceClient {
	/** Core's request pipeline; add your own policies with `pipeline.addPolicy`. */
	readonly pipeline: Pipeline;
	constructor(service: ServiceSpec, options: ClientOptions);
}
export declare function clientContext(client: ServiceClient): ClientContext;
//# sourceMappingURL=client.d.ts.map
