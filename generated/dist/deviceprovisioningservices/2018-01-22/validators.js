import * as $rt from "../../runtime/validation.js";
/** Whether a value matches the `AccessRightsDescription` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isAccessRightsDescription(value, options) {
	return $check_AccessRightsDescription(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `AccessRightsDescription` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateAccessRightsDescription(value, options) {
	return $rt.collectAll(value, $check_AccessRightsDescription, options?.direction === "request", options);
}
function $check_AccessRightsDescription(value, path, c, request) {
	if (typeof value !== "string") return c.add(path, "type", "must be a string");
	if (request && !c.openEnums && !(value === "ServiceConfig" || value === "EnrollmentRead" || value === "EnrollmentWrite" || value === "DeviceConnect" || value === "RegistrationStatusRead" || value === "RegistrationStatusWrite") && !c.add(path, "enum", "must be one of the values this api-version knows: \"ServiceConfig\", \"EnrollmentRead\", \"EnrollmentWrite\", \"DeviceConnect\", \"RegistrationStatusRead\", \"RegistrationStatusWrite\" (the service may send others)")) return false;
	return true;
}
/** Whether a value matches the `ErrorDetails` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isErrorDetails(value, options) {
	return $check_ErrorDetails(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `ErrorDetails` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateErrorDetails(value, options) {
	return $rt.collectAll(value, $check_ErrorDetails, options?.direction === "request", options);
}
function $check_ErrorDetails(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["code"];
	if (request && v2 !== undefined && !c.add(path + "/code", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/code", "type", "must be a string")) return false;
	const v3 = o1["httpStatusCode"];
	if (request && v3 !== undefined && !c.add(path + "/httpStatusCode", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/httpStatusCode", "type", "must be a string")) return false;
	const v4 = o1["message"];
	if (request && v4 !== undefined && !c.add(path + "/message", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v4 !== undefined && typeof v4 !== "string" && !c.add(path + "/message", "type", "must be a string")) return false;
	const v5 = o1["details"];
	if (request && v5 !== undefined && !c.add(path + "/details", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v5 !== undefined && typeof v5 !== "string" && !c.add(path + "/details", "type", "must be a string")) return false;
	return true;
}
/** Whether a value matches the `SharedAccessSignatureAuthorizationRule` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isSharedAccessSignatureAuthorizationRule(value, options) {
	return $check_SharedAccessSignatureAuthorizationRule(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `SharedAccessSignatureAuthorizationRule` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateSharedAccessSignatureAuthorizationRule(value, options) {
	return $rt.collectAll(value, $check_SharedAccessSignatureAuthorizationRule, options?.direction === "request", options);
}
function $check_SharedAccessSignatureAuthorizationRule(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["keyName"];
	if (v2 === undefined && !c.add(path + "/keyName", "required", "is required")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/keyName", "type", "must be a string")) return false;
	const v3 = o1["primaryKey"];
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/primaryKey", "type", "must be a string")) return false;
	const v4 = o1["secondaryKey"];
	if (v4 !== undefined && typeof v4 !== "string" && !c.add(path + "/secondaryKey", "type", "must be a string")) return false;
	const v5 = o1["rights"];
	if (v5 === undefined && !c.add(path + "/rights", "required", "is required")) return false;
	if (v5 !== undefined) {
		if (typeof v5 !== "string") {
			if (!c.add(path + "/rights", "type", "must be a string")) return false;
		} else if (request && !c.openEnums && !(v5 === "ServiceConfig" || v5 === "EnrollmentRead" || v5 === "EnrollmentWrite" || v5 === "DeviceConnect" || v5 === "RegistrationStatusRead" || v5 === "RegistrationStatusWrite") && !c.add(path + "/rights", "enum", "must be one of the values this api-version knows: \"ServiceConfig\", \"EnrollmentRead\", \"EnrollmentWrite\", \"DeviceConnect\", \"RegistrationStatusRead\", \"RegistrationStatusWrite\" (the service may send others)")) return false;
	}
	return true;
}
/** Whether a value matches the `SharedAccessSignatureAuthorizationRuleListResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isSharedAccessSignatureAuthorizationRuleListResult(value, options) {
	return $check_SharedAccessSignatureAuthorizationRuleListResult(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `SharedAccessSignatureAuthorizationRuleListResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateSharedAccessSignatureAuthorizationRuleListResult(value, options) {
	return $rt.collectAll(value, $check_SharedAccessSignatureAuthorizationRuleListResult, options?.direction === "request", options);
}
function $check_SharedAccessSignatureAuthorizationRuleListResult(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["value"];
	if (v2 !== undefined) {
		if (!Array.isArray(v2)) {
			if (!c.add(path + "/value", "type", "must be an array")) return false;
		} else {
			for (let i3 = 0; i3 < v2.length; i3++) {
				const v4 = v2[i3];
				if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) {
					if (!c.add(path + "/value/" + i3, "type", "must be an object")) return false;
				} else {
					const o5 = v4;
					const v6 = o5["keyName"];
					if (v6 === undefined && !c.add(path + "/value/" + i3 + "/keyName", "required", "is required")) return false;
					if (v6 !== undefined && typeof v6 !== "string" && !c.add(path + "/value/" + i3 + "/keyName", "type", "must be a string")) return false;
					const v7 = o5["primaryKey"];
					if (v7 !== undefined && typeof v7 !== "string" && !c.add(path + "/value/" + i3 + "/primaryKey", "type", "must be a string")) return false;
					const v8 = o5["secondaryKey"];
					if (v8 !== undefined && typeof v8 !== "string" && !c.add(path + "/value/" + i3 + "/secondaryKey", "type", "must be a string")) return false;
					const v9 = o5["rights"];
					if (v9 === undefined && !c.add(path + "/value/" + i3 + "/rights", "required", "is required")) return false;
					if (v9 !== undefined) {
						if (typeof v9 !== "string") {
							if (!c.add(path + "/value/" + i3 + "/rights", "type", "must be a string")) return false;
						} else if (request && !c.openEnums && !(v9 === "ServiceConfig" || v9 === "EnrollmentRead" || v9 === "EnrollmentWrite" || v9 === "DeviceConnect" || v9 === "RegistrationStatusRead" || v9 === "RegistrationStatusWrite") && !c.add(path + "/value/" + i3 + "/rights", "enum", "must be one of the values this api-version knows: \"ServiceConfig\", \"EnrollmentRead\", \"EnrollmentWrite\", \"DeviceConnect\", \"RegistrationStatusRead\", \"RegistrationStatusWrite\" (the service may send others)")) return false;
					}
				}
			}
		}
	}
	const v10 = o1["nextLink"];
	if (request && v10 !== undefined && !c.add(path + "/nextLink", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v10 !== undefined && typeof v10 !== "string" && !c.add(path + "/nextLink", "type", "must be a string")) return false;
	return true;
}
/** Checks the client-level parameters of `DeviceProvisioningServicesClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateDeviceProvisioningServicesClientParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateDeviceProvisioningServicesClientParameters, false, options);
}
function $checkParameters_validateDeviceProvisioningServicesClientParameters(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["apiVersion"];
	if (v2 === undefined && !c.add(path + "/apiVersion", "required", "is required")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/apiVersion", "type", "must be a string")) return false;
	const v3 = o1["subscriptionId"];
	if (v3 === undefined && !c.add(path + "/subscriptionId", "required", "is required")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/subscriptionId", "type", "must be a string")) return false;
	return true;
}
/** Checks the parameters of `IotDpsResource_ListKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateIotDpsResourceListKeysParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateIotDpsResourceListKeysParameters, false, options);
}
function $checkParameters_validateIotDpsResourceListKeysParameters(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["provisioningServiceName"];
	if (v2 === undefined && !c.add(path + "/provisioningServiceName", "required", "is required")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/provisioningServiceName", "type", "must be a string")) return false;
	const v3 = o1["resourceGroupName"];
	if (v3 === undefined && !c.add(path + "/resourceGroupName", "required", "is required")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/resourceGroupName", "type", "must be a string")) return false;
	return true;
}
//# sourceMappingURL=validators.js.map
