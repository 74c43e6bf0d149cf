import type { IntegrationRuntimeAuthKeys } from "./models.js";
/** A deep copy of a {@link IntegrationRuntimeAuthKeys} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactIntegrationRuntimeAuthKeys(value: IntegrationRuntimeAuthKeys): IntegrationRuntimeAuthKeys;
//# sourceMappingURL=redactors.d.ts.map
