import { bearerTokenAuthenticationPolicy, createDefaultHttpClient, createPipelineFromOptions, logPolicyName } from "@azure/core-rest-pipeline";
import { bindClientParameters } from "./parameters.js";
import { allowListLogPolicy, requestTimeoutPolicy, responseSizeLimitPolicy, retryAfterLimitPolicy } from "./limits.js";
import { dropSetCookiePolicy, operationRetryPolicy, sameOriginPolicy } from "./policies.js";
import { createServiceTracingClient, userAgentOptions } from "./tracing.js";
import { resolveBaseUrl } from "./url.js";
import { createClientLogger } from "@azure/logger";
const contexts = new WeakMap();
export class ServiceClient {
	/** Core's request pipeline; add your own policies with `pipeline.addPolicy`. */
	pipeline;
	constructor(service, options) {
		// Client-level parameters are read by their option names, which the generated options type declares.
		const named = options;
		const baseUrl = resolveBaseUrl(service.server, service.serverVariables, named);
		const unknownEnumValues = options.unknownEnumValues === "accept" ? "accept" : "reject";
		const clientParameters = bindClientParameters(service.clientParameters, named, service.validateClientParameters, unknownEnumValues);
		const origin = new URL(baseUrl).origin;
		const scopes = options.credentialScopes ?? service.credentialScopes;
		if (scopes.length === 0) {
			throw new TypeError("the spec names no token scope: set credentialScopes in the client options");
		}
		this.pipeline = createClientPipeline({
			...options,
			userAgentOptions: userAgentOptions(service, options.userAgentOptions)
		}, scopes, origin);
		contexts.set(this, {
			pipeline: this.pipeline,
			httpClient: options.httpClient ?? createDefaultHttpClient(),
			baseUrl,
			origin,
			clientParameters,
			validateResponses: options.validateResponses ?? "throw",
			unknownEnumValues,
			tracing: createServiceTracingClient(service),
			logger: createClientLogger(service.package?.name ?? "azure-keys")
		});
	}
}
export function clientContext(client) {
	const context = contexts.get(client);
	if (context === undefined) throw new TypeError("expected a client constructed by this package");
	return context;
}
function createClientPipeline(options, scopes, origin) {
	const pipeline = createPipelineFromOptions(options);
	if (pipeline.removePolicy({ name: "defaultRetryPolicy" }).length !== 1) {
		throw new Error("internal error: @azure/core-rest-pipeline no longer adds its defaultRetryPolicy");
	}
	pipeline.addPolicy(operationRetryPolicy(options.retryOptions), { phase: "Retry" });
	// Core's logPolicy logs response headers verbatim: replaced by one that applies the header allow-list.
	pipeline.removePolicy({ name: logPolicyName });
	pipeline.addPolicy(allowListLogPolicy(options.loggingOptions), { afterPhase: "Sign" });
	pipeline.addPolicy(retryAfterLimitPolicy(options.maxRetryAfterInMs), { afterPhase: "Retry" });
	if (options.timeout !== undefined) pipeline.addPolicy(requestTimeoutPolicy(options.timeout), { afterPhase: "Retry" });
	pipeline.addPolicy(bearerTokenAuthenticationPolicy({
		credential: options.credential,
		scopes: [...scopes]
	}));
	for (const { policy, position } of options.additionalPolicies ?? []) {
		pipeline.addPolicy(policy, position === "perRetry" ? { afterPhase: "Sign" } : {});
	}
	// Both run nearest the wire: after core's logPolicy, so it never sees a Set-Cookie.
	pipeline.addPolicy(dropSetCookiePolicy(), {
		afterPhase: "Sign",
		afterPolicies: [logPolicyName]
	});
	pipeline.addPolicy(sameOriginPolicy(origin), {
		afterPhase: "Sign",
		afterPolicies: [logPolicyName]
	});
	pipeline.addPolicy(responseSizeLimitPolicy(options.maxResponseBodyBytes), {
		afterPhase: "Sign",
		afterPolicies: [logPolicyName]
	});
	return pipeline;
}
//# sourceMappingURL=client.js.map
