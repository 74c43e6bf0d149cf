/** The error model. */
export interface ErrorModel {
	/** A unique error code that identifies the specific error. */
	code: string;
	/** A human-readable error message that provides more details about the error. */
	message: string;
	/** The specific component that the error is associated with. */
	target?: string;
	/** An array of nested ErrorModel objects that provides additional error details. */
	details?: Array<ErrorModel>;
}
/** The error response model. */
export interface ErrorResponseModel {
	error: ErrorModel;
}
/** The integration runtime authentication keys. */
export interface IntegrationRuntimeAuthKeys {
	/**
	* The primary integration runtime authentication key.
	*
	* Secret: masked by the service's `redact…` functions; never logged by the client.
	*/
	authKey1?: string;
	/**
	* The secondary integration runtime authentication key.
	*
	* Secret: masked by the service's `redact…` functions; never logged by the client.
	*/
	authKey2?: string;
}
//# sourceMappingURL=models.d.ts.map
