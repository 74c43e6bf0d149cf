import type { ValidationResult } from "../../runtime/validation.js";
import type { CloudError, CloudErrorBody, IntegrationRuntimeAuthKeyName, IntegrationRuntimeAuthKeys, IntegrationRuntimeRegenerateKeyParameters } from "./models.js";
/** Whether a value matches the `CloudError` schema (response rules). Stops at the first problem. */
export declare function isCloudError(value: unknown): value is CloudError;
/** Validates a value against the `CloudError` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateCloudError(value: unknown): ValidationResult<CloudError>;
/** Whether a value matches the `CloudErrorBody` schema (response rules). Stops at the first problem. */
export declare function isCloudErrorBody(value: unknown): value is CloudErrorBody;
/** Validates a value against the `CloudErrorBody` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateCloudErrorBody(value: unknown): ValidationResult<CloudErrorBody>;
/** Whether a value matches the `IntegrationRuntimeAuthKeyName` schema (response rules). Stops at the first problem. */
export declare function isIntegrationRuntimeAuthKeyName(value: unknown): value is IntegrationRuntimeAuthKeyName;
/** Validates a value against the `IntegrationRuntimeAuthKeyName` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateIntegrationRuntimeAuthKeyName(value: unknown): ValidationResult<IntegrationRuntimeAuthKeyName>;
/** Whether a value matches the `IntegrationRuntimeAuthKeys` schema (response rules). Stops at the first problem. */
export declare function isIntegrationRuntimeAuthKeys(value: unknown): value is IntegrationRuntimeAuthKeys;
/** Validates a value against the `IntegrationRuntimeAuthKeys` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateIntegrationRuntimeAuthKeys(value: unknown): ValidationResult<IntegrationRuntimeAuthKeys>;
/** Whether a value matches the `IntegrationRuntimeRegenerateKeyParameters` schema (response rules). Stops at the first problem. */
export declare function isIntegrationRuntimeRegenerateKeyParameters(value: unknown): value is IntegrationRuntimeRegenerateKeyParameters;
/** Validates a value against the `IntegrationRuntimeRegenerateKeyParameters` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateIntegrationRuntimeRegenerateKeyParameters(value: unknown): ValidationResult<IntegrationRuntimeRegenerateKeyParameters>;
/** Checks the parameters of `IntegrationRuntimes_RegenerateAuthKey` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateIntegrationRuntimesRegenerateAuthKeyParameters(params: unknown): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
