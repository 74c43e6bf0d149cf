import type { ValidateOptions, ValidationResult } from "../../runtime/validation.js";
import type { AccessRightsDescription, ErrorDetails, SharedAccessSignatureAuthorizationRule, SharedAccessSignatureAuthorizationRuleListResult } from "./models.js";
/** Whether a value matches the `AccessRightsDescription` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isAccessRightsDescription(value: unknown, options?: ValidateOptions): value is AccessRightsDescription;
/** Validates a value against the `AccessRightsDescription` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateAccessRightsDescription(value: unknown, options?: ValidateOptions): ValidationResult<AccessRightsDescription>;
/** Whether a value matches the `ErrorDetails` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isErrorDetails(value: unknown, options?: ValidateOptions): value is ErrorDetails;
/** Validates a value against the `ErrorDetails` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorDetails(value: unknown, options?: ValidateOptions): ValidationResult<ErrorDetails>;
/** Whether a value matches the `SharedAccessSignatureAuthorizationRule` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isSharedAccessSignatureAuthorizationRule(value: unknown, options?: ValidateOptions): value is SharedAccessSignatureAuthorizationRule;
/** Validates a value against the `SharedAccessSignatureAuthorizationRule` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateSharedAccessSignatureAuthorizationRule(value: unknown, options?: ValidateOptions): ValidationResult<SharedAccessSignatureAuthorizationRule>;
/** Whether a value matches the `SharedAccessSignatureAuthorizationRuleListResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isSharedAccessSignatureAuthorizationRuleListResult(value: unknown, options?: ValidateOptions): value is SharedAccessSignatureAuthorizationRuleListResult;
/** Validates a value against the `SharedAccessSignatureAuthorizationRuleListResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateSharedAccessSignatureAuthorizationRuleListResult(value: unknown, options?: ValidateOptions): ValidationResult<SharedAccessSignatureAuthorizationRuleListResult>;
/** Checks the client-level parameters of `DeviceProvisioningServicesClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateDeviceProvisioningServicesClientParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
/** Checks the parameters of `IotDpsResource_ListKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateIotDpsResourceListKeysParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
