/** Tenant access information contract of the API Management service. */
export interface AccessInformationSecretsContract {
	/** Access Information type ('access' or 'gitAccess') */
	id?: string;
	/** Principal (User) Identifier. */
	principalId?: string;
	/**
	* Primary access key. This property will not be filled on 'GET' operations! Use '/listSecrets' POST request to get the value.
	*
	* Secret: masked by the service's `redact…` functions; never logged by the client.
	*/
	primaryKey?: string;
	/**
	* Secondary access key. This property will not be filled on 'GET' operations! Use '/listSecrets' POST request to get the value.
	*
	* Secret: masked by the service's `redact…` functions; never logged by the client.
	*/
	secondaryKey?: string;
	/** Determines whether direct access is enabled. */
	enabled?: boolean;
}
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
//# sourceMappingURL=models.d.ts.map
