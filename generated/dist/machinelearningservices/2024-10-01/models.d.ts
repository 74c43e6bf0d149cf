/** The resource management error additional info. */
export interface ErrorAdditionalInfo {
	/** The additional info type. */
	readonly type?: string;
	/** The additional info. */
	readonly info?: Record<string, unknown>;
}
/** The error detail. */
export interface ErrorDetail {
	/** The error code. */
	readonly code?: string;
	/** The error message. */
	readonly message?: string;
	/** The error target. */
	readonly target?: string;
	/** The error details. */
	readonly details?: Array<ErrorDetail>;
	/** The error additional info. */
	readonly additionalInfo?: Array<ErrorAdditionalInfo>;
}
/** Common error response for all Azure Resource Manager APIs to return error details for failed operations. */
export interface ErrorResponse {
	/** The error object. */
	error?: ErrorDetail;
}
export interface ListNotebookKeysResult {
	/** Secret: masked by the service's `redact…` functions; never logged by the client. */
	readonly primaryAccessKey?: string | null;
	/** Secret: masked by the service's `redact…` functions; never logged by the client. */
	readonly secondaryAccessKey?: string | null;
}
export interface ListWorkspaceKeysResult {
	/** Secret: masked by the service's `redact…` functions; never logged by the client. */
	readonly userStorageKey?: string | null;
	readonly userStorageResourceId?: string;
	/** Secret: masked by the service's `redact…` functions; never logged by the client. */
	readonly appInsightsInstrumentationKey?: string | null;
	readonly containerRegistryCredentials?: RegistryListCredentialsResult;
	readonly notebookAccessKeys?: ListNotebookKeysResult;
}
export interface Password {
	readonly name?: string;
	/** Secret: masked by the service's `redact…` functions; never logged by the client. */
	readonly value?: string;
}
export interface RegistryListCredentialsResult {
	readonly location?: string | null;
	readonly username?: string;
	passwords?: Array<Password>;
}
//# sourceMappingURL=models.d.ts.map
