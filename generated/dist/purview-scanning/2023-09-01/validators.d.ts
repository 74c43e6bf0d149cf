import type { ValidateOptions, ValidationResult } from "../../runtime/validation.js";
import type { ErrorModel, ErrorResponseModel, IntegrationRuntimeAuthKeys } from "./models.js";
/** Whether a value matches the `ErrorModel` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isErrorModel(value: unknown, options?: ValidateOptions): value is ErrorModel;
/** Validates a value against the `ErrorModel` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorModel(value: unknown, options?: ValidateOptions): ValidationResult<ErrorModel>;
/** Whether a value matches the `ErrorResponseModel` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isErrorResponseModel(value: unknown, options?: ValidateOptions): value is ErrorResponseModel;
/** Validates a value against the `ErrorResponseModel` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorResponseModel(value: unknown, options?: ValidateOptions): ValidationResult<ErrorResponseModel>;
/** Whether a value matches the `IntegrationRuntimeAuthKeys` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isIntegrationRuntimeAuthKeys(value: unknown, options?: ValidateOptions): value is IntegrationRuntimeAuthKeys;
/** Validates a value against the `IntegrationRuntimeAuthKeys` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateIntegrationRuntimeAuthKeys(value: unknown, options?: ValidateOptions): ValidationResult<IntegrationRuntimeAuthKeys>;
/** Checks the client-level parameters of `PurviewScanningClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validatePurviewScanningClientParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
/** Checks the parameters of `IntegrationRuntimes_ListAuthKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateIntegrationRuntimesListAuthKeysParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
