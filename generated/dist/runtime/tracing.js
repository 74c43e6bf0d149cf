/**
* Azure SDK conventions every call follows: one tracing span per operation through `@azure/core-tracing`
* (named `<Client>.<group>.<method>`, its status set, no attribute but core's own — never a parameter, body or
* header value), and the user agent prefixed `azsdk-js-<package>/<version>`. Both come from the package name
* and version the generator wrote into the service description.
*/
import { createTracingClient } from "@azure/core-tracing";
/** `azsdk-js-<package>/<version>`, or undefined when the description names no package. */
export function sdkUserAgent(spec) {
	return spec.package === undefined ? undefined : `azsdk-js-${spec.package.name}/${spec.package.version}`;
}
/** The caller's user agent options with the SDK prefix after their own prefix (Azure SDK convention). */
export function userAgentOptions(spec, options) {
	const sdk = sdkUserAgent(spec);
	const own = options?.userAgentPrefix;
	const prefix = [own, sdk].filter((part) => part !== undefined && part !== "").join(" ");
	return {
		...options,
		...prefix === "" ? {} : { userAgentPrefix: prefix }
	};
}
export function createServiceTracingClient(spec) {
	return createTracingClient({
		namespace: spec.namespace ?? spec.package?.name ?? "unknown",
		packageName: spec.package?.name ?? "unknown",
		...spec.package === undefined ? {} : { packageVersion: spec.package.version }
	});
}
/**
* Runs one operation call inside a span named `spanName`. The span ends with status `success` or `error`; the
* callback receives the tracing options to put on its requests, so core's HTTP spans are its children.
*/
export function withOperationSpan(tracing, spanName, tracingOptions, run) {
	return tracing.withSpan(spanName, tracingOptions === undefined ? {} : { tracingOptions }, (updated) => run(updated.tracingOptions ?? {}), { spanKind: "client" });
}
//# sourceMappingURL=tracing.js.map
