import type { ValidateOptions, ValidationResult } from "../../runtime/validation.js";
import type { AccessInformationSecretsContract, ErrorAdditionalInfo, ErrorDetail, ErrorResponse } from "./models.js";
/** Whether a value matches the `AccessInformationSecretsContract` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isAccessInformationSecretsContract(value: unknown, options?: ValidateOptions): value is AccessInformationSecretsContract;
/** Validates a value against the `AccessInformationSecretsContract` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateAccessInformationSecretsContract(value: unknown, options?: ValidateOptions): ValidationResult<AccessInformationSecretsContract>;
/** Whether a value matches the `ErrorAdditionalInfo` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isErrorAdditionalInfo(value: unknown, options?: ValidateOptions): value is ErrorAdditionalInfo;
/** Validates a value against the `ErrorAdditionalInfo` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorAdditionalInfo(value: unknown, options?: ValidateOptions): ValidationResult<ErrorAdditionalInfo>;
/** Whether a value matches the `ErrorDetail` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isErrorDetail(value: unknown, options?: ValidateOptions): value is ErrorDetail;
/** Validates a value against the `ErrorDetail` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorDetail(value: unknown, options?: ValidateOptions): ValidationResult<ErrorDetail>;
/** Whether a value matches the `ErrorResponse` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isErrorResponse(value: unknown, options?: ValidateOptions): value is ErrorResponse;
/** Validates a value against the `ErrorResponse` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorResponse(value: unknown, options?: ValidateOptions): ValidationResult<ErrorResponse>;
/** Checks the client-level parameters of `ApiManagementClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateApiManagementClientParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
/** Checks the parameters of `TenantAccess_ListSecrets` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateTenantAccessListSecretsParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
