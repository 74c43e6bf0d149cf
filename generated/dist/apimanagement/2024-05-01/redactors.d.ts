import type { AccessInformationSecretsContract } from "./models.js";
/** A deep copy of a {@link AccessInformationSecretsContract} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactAccessInformationSecretsContract(value: AccessInformationSecretsContract): AccessInformationSecretsContract;
//# sourceMappingURL=redactors.d.ts.map
