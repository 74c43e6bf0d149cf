import type { ValidationResult } from "../../runtime/validation.js";
import type { ErrorAdditionalInfo, ErrorDetail, ErrorResponse, ListNotebookKeysResult, ListWorkspaceKeysResult, Password, RegistryListCredentialsResult } from "./models.js";
/** Whether a value matches the `ErrorAdditionalInfo` schema (response rules). Stops at the first problem. */
export declare function isErrorAdditionalInfo(value: unknown): value is ErrorAdditionalInfo;
/** Validates a value against the `ErrorAdditionalInfo` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorAdditionalInfo(value: unknown): ValidationResult<ErrorAdditionalInfo>;
/** Whether a value matches the `ErrorDetail` schema (response rules). Stops at the first problem. */
export declare function isErrorDetail(value: unknown): value is ErrorDetail;
/** Validates a value against the `ErrorDetail` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorDetail(value: unknown): ValidationResult<ErrorDetail>;
/** Whether a value matches the `ErrorResponse` schema (response rules). Stops at the first problem. */
export declare function isErrorResponse(value: unknown): value is ErrorResponse;
/** Validates a value against the `ErrorResponse` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateErrorResponse(value: unknown): ValidationResult<ErrorResponse>;
/** Whether a value matches the `ListNotebookKeysResult` schema (response rules). Stops at the first problem. */
export declare function isListNotebookKeysResult(value: unknown): value is ListNotebookKeysResult;
/** Validates a value against the `ListNotebookKeysResult` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateListNotebookKeysResult(value: unknown): ValidationResult<ListNotebookKeysResult>;
/** Whether a value matches the `ListWorkspaceKeysResult` schema (response rules). Stops at the first problem. */
export declare function isListWorkspaceKeysResult(value: unknown): value is ListWorkspaceKeysResult;
/** Validates a value against the `ListWorkspaceKeysResult` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateListWorkspaceKeysResult(value: unknown): ValidationResult<ListWorkspaceKeysResult>;
/** Whether a value matches the `Password` schema (response rules). Stops at the first problem. */
export declare function isPassword(value: unknown): value is Password;
/** Validates a value against the `Password` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validatePassword(value: unknown): ValidationResult<Password>;
/** Whether a value matches the `RegistryListCredentialsResult` schema (response rules). Stops at the first problem. */
export declare function isRegistryListCredentialsResult(value: unknown): value is RegistryListCredentialsResult;
/** Validates a value against the `RegistryListCredentialsResult` schema (response rules): every issue (at most 100), in document order; messages never contain the value. */
export declare function validateRegistryListCredentialsResult(value: unknown): ValidationResult<RegistryListCredentialsResult>;
/** Checks the parameters of `Workspaces_ListKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export declare function validateWorkspacesListKeysParameters(params: unknown): ValidationResult<Record<string, unknown>>;
//# sourceMappingURL=validators.d.ts.map
