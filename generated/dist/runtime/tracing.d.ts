/**
* Azure SDK conventions every call follows: one tracing span per operation through `@azure/core-tracing`
* (named `<Client>.<group>.<method>`, its status set, no attribute but core's own — never a parameter, body or
* header value), and the user agent prefixed `azsdk-js-<package>/<version>`. Both come from the package name
* and version the generator wrote into the service description.
*/
import { type OperationTracingOptions, type TracingClient } from "@azure/core-tracing";
import type { UserAgentPolicyOptions } from "@azure/core-rest-pipeline";
/** The generated package a client belongs to (`azure-keys`, `0.1.0`). */
export interface PackageInfo {
	readonly name: string;
	readonly version: string;
}
/** What tracing and the user agent read from the static service description. */
export interface TracingSpec {
	readonly package?: PackageInfo;
	/** `az.namespace` of every span: the Azure resource provider (`Microsoft.DataFactory`); default: the package name. */
	readonly namespace?: string;
}
export type { OperationTracingOptions };
/** `azsdk-js-<package>/<version>`, or undefined when the description names no package. */
export declare function sdkUserAgent(spec: TracingSpec): string | undefined;
/** The caller's user agent options with the SDK prefix after their own prefix (Azure SDK convention). */
export declare function userAgentOptions(spec: TracingSpec, options: UserAgentPolicyOptions | undefined): UserAgentPolicyOptions;
export declare function createServiceTracingClient(spec: TracingSpec): TracingClient;
/**
* Runs one operation call inside a span named `spanName`. The span ends with status `success` or `error`; the
* callback receives the tracing options to put on its requests, so core's HTTP spans are its children.
*/
export declare function withOperationSpan<T>(tracing: TracingClient, spanName: string, tracingOptions: OperationTracingOptions | undefined, run: (tracingOptions: OperationTracingOptions) => Promise<T>): Promise<T>;
//# sourceMappingURL=tracing.d.ts.map
