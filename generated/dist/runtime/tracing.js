import { createTracingClient } from "@azure/core-tracing";
function sdkUserAgent(spec) {
  return spec.package === void 0 ? void 0 : `azsdk-js-${spec.package.name}/${spec.package.version}`;
}
function userAgentOptions(spec, options) {
  const sdk = sdkUserAgent(spec);
  const own = options?.userAgentPrefix;
  const prefix = [own, sdk].filter((part) => part !== void 0 && part !== "").join(" ");
  return { ...options, ...prefix === "" ? {} : { userAgentPrefix: prefix } };
}
function createServiceTracingClient(spec) {
  return createTracingClient({
    namespace: spec.namespace ?? spec.package?.name ?? "unknown",
    packageName: spec.package?.name ?? "unknown",
    ...spec.package === void 0 ? {} : { packageVersion: spec.package.version }
  });
}
function withOperationSpan(tracing, spanName, tracingOptions, run) {
  return tracing.withSpan(
    spanName,
    tracingOptions === void 0 ? {} : { tracingOptions },
    (updated) => run(updated.tracingOptions ?? {}),
    { spanKind: "client" }
  );
}
export {
  createServiceTracingClient,
  sdkUserAgent,
  userAgentOptions,
  withOperationSpan
};
//# sourceMappingURL=tracing.js.map
