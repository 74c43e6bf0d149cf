/**
* Rights that this key has.
*
* Extensible: any string; {@link KnownAccessRightsDescription} lists the values this api-version knows.
*/
export type AccessRightsDescription = string;
/** Known values of {@link AccessRightsDescription} in this api-version; the service may send others. */
export declare const KnownAccessRightsDescription: {
	readonly ServiceConfig: "ServiceConfig";
	readonly EnrollmentRead: "EnrollmentRead";
	readonly EnrollmentWrite: "EnrollmentWrite";
	readonly DeviceConnect: "DeviceConnect";
	readonly RegistrationStatusRead: "RegistrationStatusRead";
	readonly RegistrationStatusWrite: "RegistrationStatusWrite";
};
/** Error details. */
export interface ErrorDetails {
	/** The error code. */
	readonly code?: string;
	/** The HTTP status code. */
	readonly httpStatusCode?: string;
	/** The error message. */
	readonly message?: string;
	/** The error details. */
	readonly details?: string;
}
/** Description of the shared access key. */
export interface SharedAccessSignatureAuthorizationRule {
	/** Name of the key. */
	keyName: string;
	/**
	* Primary SAS key value.
	*
	* Secret: masked by the service's `redact…` functions; never logged by the client.
	*/
	primaryKey?: string;
	/**
	* Secondary SAS key value.
	*
	* Secret: masked by the service's `redact…` functions; never logged by the client.
	*/
	secondaryKey?: string;
	/** Rights that this key has. */
	rights: AccessRightsDescription;
}
/** List of shared access keys. */
export interface SharedAccessSignatureAuthorizationRuleListResult {
	/** The list of shared access policies. */
	value?: Array<SharedAccessSignatureAuthorizationRule>;
	/** The next link. */
	readonly nextLink?: string;
}
//# sourceMappingURL=models.d.ts.map
