import type { ValidationResult } from "../../runtime/validation.js";
import type { AccessRightsDescription, ErrorDetails, SharedAccessSignatureAuthorizationRule, SharedAccessSignatureAuthorizationRuleListResult } from "./models.js";
/** Whether a value matches the `AccessRightsDescription` schema (response rules). Stops at the first problem. */
export declare function isAccessRightsDescription(value: unknown): value is AccessRightsDescription;
/** Validates a value against the `AccessRightsDescription` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateAccessRightsDescription(value: unknown): ValidationResult<AccessRightsDescription>;
/** Whether a value matches the `ErrorDetails` schema (response rules). Stops at the first problem. */
export declare function isErrorDetails(value: unknown): value is ErrorDetails;
/** Validates a value against the `ErrorDetails` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorDetails(value: unknown): ValidationResult<ErrorDetails>;
/** Whether a value matches the `SharedAccessSignatureAuthorizationRule` schema (response rules). Stops at the first problem. */
export declare function isSharedAccessSignatureAuthorizationRule(value: unknown): value is SharedAccessSignatureAuthorizationRule;
/** Validates a value against the `SharedAccessSignatureAuthorizationRule` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateSharedAccessSignatureAuthorizationRule(value: unknown): ValidationResult<SharedAccessSignatureAuthorizationRule>;
/** Whether a value matches the `SharedAccessSignatureAuthorizationRuleListResult` schema (response rules). Stops at the first problem. */
export declare function isSharedAccessSignatureAuthorizationRuleListResult(value: unknown): value is SharedAccessSignatureAuthorizationRuleListResult;
/** Validates a value against the `SharedAccessSignatureAuthorizationRuleListResult` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateSharedAccessSignatureAuthorizationRuleListResult(value: unknown): ValidationResult<SharedAccessSignatureAuthorizationRuleListResult>;
/** Checks the parameters of `IotDpsResource_ListKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateIotDpsResourceListKeysParameters(params: unknown): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
