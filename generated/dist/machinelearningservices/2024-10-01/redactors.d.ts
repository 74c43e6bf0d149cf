import type { ListNotebookKeysResult, ListWorkspaceKeysResult, Password, RegistryListCredentialsResult } from "./models.js";
/** A deep copy of a {@link ListNotebookKeysResult} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactListNotebookKeysResult(value: ListNotebookKeysResult): ListNotebookKeysResult;
/** A deep copy of a {@link ListWorkspaceKeysResult} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactListWorkspaceKeysResult(value: ListWorkspaceKeysResult): ListWorkspaceKeysResult;
/** A deep copy of a {@link Password} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactPassword(value: Password): Password;
/** A deep copy of a {@link RegistryListCredentialsResult} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactRegistryListCredentialsResult(value: RegistryListCredentialsResult): RegistryListCredentialsResult;
//# sourceMappingURL=redactors.d.ts.map
