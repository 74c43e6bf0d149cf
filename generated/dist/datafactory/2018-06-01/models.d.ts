/** The object that defines the structure of an Azure Data Factory error response. */
export interface CloudError {
	/** Error data */
	error: CloudErrorBody;
}
/** The object that defines the structure of an Azure Data Factory error. */
export interface CloudErrorBody {
	/** Error code. */
	code: string;
	/** Error message. */
	message: string;
	/** Property name/path in request associated with error. */
	target?: string;
	/** Array with additional error details. */
	details?: Array<CloudError>;
}
/**
* The name of the authentication key to regenerate.
*
* Extensible: any string; {@link KnownIntegrationRuntimeAuthKeyName} lists the values this api-version knows.
*/
export type IntegrationRuntimeAuthKeyName = string;
/** Known values of {@link IntegrationRuntimeAuthKeyName} in this api-version; the service may send others. */
export declare const KnownIntegrationRuntimeAuthKeyName: {
	readonly AuthKey1: "authKey1";
	readonly AuthKey2: "authKey2";
};
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
/** Parameters to regenerate the authentication key. */
export interface IntegrationRuntimeRegenerateKeyParameters {
	/** The name of the authentication key to regenerate. */
	keyName?: IntegrationRuntimeAuthKeyName;
}
//# sourceMappingURL=models.d.ts.map
