import type { ValidateOptions, ValidationResult } from "../../runtime/validation.js";
import type { ErrorAdditionalInfo, ErrorDetail, ErrorResponse, ListNotebookKeysResult, ListWorkspaceKeysResult, Password, RegistryListCredentialsResult } from "./models.js";
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
/** Whether a value matches the `ListNotebookKeysResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isListNotebookKeysResult(value: unknown, options?: ValidateOptions): value is ListNotebookKeysResult;
/** Validates a value against the `ListNotebookKeysResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateListNotebookKeysResult(value: unknown, options?: ValidateOptions): ValidationResult<ListNotebookKeysResult>;
/** Whether a value matches the `ListWorkspaceKeysResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isListWorkspaceKeysResult(value: unknown, options?: ValidateOptions): value is ListWorkspaceKeysResult;
/** Validates a value against the `ListWorkspaceKeysResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateListWorkspaceKeysResult(value: unknown, options?: ValidateOptions): ValidationResult<ListWorkspaceKeysResult>;
/** Whether a value matches the `Password` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isPassword(value: unknown, options?: ValidateOptions): value is Password;
/** Validates a value against the `Password` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validatePassword(value: unknown, options?: ValidateOptions): ValidationResult<Password>;
/** Whether a value matches the `RegistryListCredentialsResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export declare function isRegistryListCredentialsResult(value: unknown, options?: ValidateOptions): value is RegistryListCredentialsResult;
/** Validates a value against the `RegistryListCredentialsResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateRegistryListCredentialsResult(value: unknown, options?: ValidateOptions): ValidationResult<RegistryListCredentialsResult>;
/** Checks the client-level parameters of `MachineLearningServicesClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateMachineLearningServicesClientParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
/** Checks the parameters of `Workspaces_ListKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateWorkspacesListKeysParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
