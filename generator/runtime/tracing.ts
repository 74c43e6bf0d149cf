/**
 * Azure SDK conventions every call follows: one tracing span per operation through `@azure/core-tracing`
 * (named `<Client>.<group>.<method>`, its status set, no attribute but core's own — never a parameter, body or
 * header value), and the user agent prefixed `azsdk-js-<package>/<version>`. Both come from the package name
 * and version the generator wrote into the service description.
 */
import { createTracingClient, type OperationTracingOptions, type TracingClient } from "@azure/core-tracing";
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
export function sdkUserAgent(spec: TracingSpec): string | undefined {
  return spec.package === undefined ? undefined : `azsdk-js-${spec.package.name}/${spec.package.version}`;
}

/** The caller's user agent options with the SDK prefix after their own prefix (Azure SDK convention). */
export function userAgentOptions(spec: TracingSpec, options: UserAgentPolicyOptions | undefined): UserAgentPolicyOptions {
  const sdk = sdkUserAgent(spec);
  const own = options?.userAgentPrefix;
  const prefix = [own, sdk].filter((part): part is string => part !== undefined && part !== "").join(" ");
  return { ...options, ...(prefix === "" ? {} : { userAgentPrefix: prefix }) };
}

export function createServiceTracingClient(spec: TracingSpec): TracingClient {
  return createTracingClient({
    namespace: spec.namespace ?? spec.package?.name ?? "unknown",
    packageName: spec.package?.name ?? "unknown",
    ...(spec.package === undefined ? {} : { packageVersion: spec.package.version }),
  });
}

/**
 * Runs one operation call inside a span named `spanName`. The span ends with status `success` or `error`; the
 * callback receives the tracing options to put on its requests, so core's HTTP spans are its children.
 */
export function withOperationSpan<T>(
  tracing: TracingClient,
  spanName: string,
  tracingOptions: OperationTracingOptions | undefined,
  run: (tracingOptions: OperationTracingOptions) => Promise<T>,
): Promise<T> {
  return tracing.withSpan(
    spanName,
    tracingOptions === undefined ? {} : { tracingOptions },
    (updated) => run(updated.tracingOptions ?? {}),
    { spanKind: "client" },
  );
}
