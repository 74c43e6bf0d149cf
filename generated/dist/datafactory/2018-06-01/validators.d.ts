import type { ValidateOptions, ValidationResult } from "../../runtime/validation.js";
import type { CloudError, CloudErrorBody, IntegrationRuntimeAuthKeyName, IntegrationRuntimeAuthKeys, IntegrationRuntimeRegenerateKeyParameters } from "./models.js";
/** Whether a value matches the `CloudError` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isCloudError(value: unknown, options?: ValidateOptions): value is CloudError;
/** Validates a value against the `CloudError` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateCloudError(value: unknown, options?: ValidateOptions): ValidationResult<CloudError>;
/** Whether a value matches the `CloudErrorBody` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isCloudErrorBody(value: unknown, options?: ValidateOptions): value is CloudErrorBody;
/** Validates a value against the `CloudErrorBody` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateCloudErrorBody(value: unknown, options?: ValidateOptions): ValidationResult<CloudErrorBody>;
/** Whether a value matches the `IntegrationRuntimeAuthKeyName` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isIntegrationRuntimeAuthKeyName(value: unknown, options?: ValidateOptions): value is IntegrationRuntimeAuthKeyName;
/** Validates a value against the `IntegrationRuntimeAuthKeyName` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateIntegrationRuntimeAuthKeyName(value: unknown, options?: ValidateOptions): ValidationResult<IntegrationRuntimeAuthKeyName>;
/** Whether a value matches the `IntegrationRuntimeAuthKeys` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isIntegrationRuntimeAuthKeys(value: unknown, options?: ValidateOptions): value is IntegrationRuntimeAuthKeys;
/** Validates a value against the `IntegrationRuntimeAuthKeys` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateIntegrationRuntimeAuthKeys(value: unknown, options?: ValidateOptions): ValidationResult<IntegrationRuntimeAuthKeys>;
/** Whether a value matches the `IntegrationRuntimeRegenerateKeyParameters` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isIntegrationRuntimeRegenerateKeyParameters(value: unknown, options?: ValidateOptions): value is IntegrationRuntimeRegenerateKeyParameters;
/** Validates a value against the `IntegrationRuntimeRegenerateKeyParameters` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateIntegrationRuntimeRegenerateKeyParameters(value: unknown, options?: ValidateOptions): ValidationResult<IntegrationRuntimeRegenerateKeyParameters>;
/** Checks the client-level parameters of `DataFactoryClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateDataFactoryClientParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
/** Checks the parameters of `IntegrationRuntimes_RegenerateAuthKey` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateIntegrationRuntimesRegenerateAuthKeyParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
