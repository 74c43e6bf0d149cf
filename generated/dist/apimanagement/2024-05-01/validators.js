import * as $rt from "../../runtime/validation.js";
const $pattern0 = /^[-\w\._\(\)]+$/;
const $pattern1 = /^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
/** Whether a value matches the `AccessInformationSecretsContract` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isAccessInformationSecretsContract(value, options) {
	return $check_AccessInformationSecretsContract(value, "", $rt.firstProblemFor(options));
}
/** Validates a value against the `AccessInformationSecretsContract` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateAccessInformationSecretsContract(value, options) {
	return $rt.collectAll(value, $check_AccessInformationSecretsContract, false, options);
}
function $check_AccessInformationSecretsContract(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["id"];
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/id", "type", "must be a string")) return false;
	const v3 = o1["principalId"];
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/principalId", "type", "must be a string")) return false;
	const v4 = o1["primaryKey"];
	if (v4 !== undefined && typeof v4 !== "string" && !c.add(path + "/primaryKey", "type", "must be a string")) return false;
	const v5 = o1["secondaryKey"];
	if (v5 !== undefined && typeof v5 !== "string" && !c.add(path + "/secondaryKey", "type", "must be a string")) return false;
	const v6 = o1["enabled"];
	if (v6 !== undefined && typeof v6 !== "boolean" && !c.add(path + "/enabled", "type", "must be a boolean")) return false;
	return true;
}
/** Whether a value matches the `ErrorAdditionalInfo` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isErrorAdditionalInfo(value, options) {
	return $check_ErrorAdditionalInfo(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `ErrorAdditionalInfo` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateErrorAdditionalInfo(value, options) {
	return $rt.collectAll(value, $check_ErrorAdditionalInfo, options?.direction === "request", options);
}
function $check_ErrorAdditionalInfo(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["type"];
	if (request && v2 !== undefined && !c.add(path + "/type", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/type", "type", "must be a string")) return false;
	const v3 = o1["info"];
	if (request && v3 !== undefined && !c.add(path + "/info", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v3 !== undefined && (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) && !c.add(path + "/info", "type", "must be an object")) return false;
	return true;
}
/** Whether a value matches the `ErrorDetail` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isErrorDetail(value, options) {
	return $check_ErrorDetail(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `ErrorDetail` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateErrorDetail(value, options) {
	return $rt.collectAll(value, $check_ErrorDetail, options?.direction === "request", options);
}
function $check_ErrorDetail(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["code"];
	if (request && v2 !== undefined && !c.add(path + "/code", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/code", "type", "must be a string")) return false;
	const v3 = o1["message"];
	if (request && v3 !== undefined && !c.add(path + "/message", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/message", "type", "must be a string")) return false;
	const v4 = o1["target"];
	if (request && v4 !== undefined && !c.add(path + "/target", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v4 !== undefined && typeof v4 !== "string" && !c.add(path + "/target", "type", "must be a string")) return false;
	const v5 = o1["details"];
	if (request && v5 !== undefined && !c.add(path + "/details", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v5 !== undefined) {
		if (!Array.isArray(v5)) {
			if (!c.add(path + "/details", "type", "must be an array")) return false;
		} else {
			for (let i6 = 0; i6 < v5.length; i6++) if (!$check_ErrorDetail(v5[i6], path + "/details/" + i6, c, request)) return false;
		}
	}
	const v7 = o1["additionalInfo"];
	if (request && v7 !== undefined && !c.add(path + "/additionalInfo", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v7 !== undefined) {
		if (!Array.isArray(v7)) {
			if (!c.add(path + "/additionalInfo", "type", "must be an array")) return false;
		} else {
			for (let i8 = 0; i8 < v7.length; i8++) {
				const v9 = v7[i8];
				if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) {
					if (!c.add(path + "/additionalInfo/" + i8, "type", "must be an object")) return false;
				} else {
					const o10 = v9;
					const v11 = o10["type"];
					if (request && v11 !== undefined && !c.add(path + "/additionalInfo/" + i8 + "/type", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
					if (v11 !== undefined && typeof v11 !== "string" && !c.add(path + "/additionalInfo/" + i8 + "/type", "type", "must be a string")) return false;
					const v12 = o10["info"];
					if (request && v12 !== undefined && !c.add(path + "/additionalInfo/" + i8 + "/info", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
					if (v12 !== undefined && (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) && !c.add(path + "/additionalInfo/" + i8 + "/info", "type", "must be an object")) return false;
				}
			}
		}
	}
	return true;
}
/** Whether a value matches the `ErrorResponse` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isErrorResponse(value, options) {
	return $check_ErrorResponse(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `ErrorResponse` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateErrorResponse(value, options) {
	return $rt.collectAll(value, $check_ErrorResponse, options?.direction === "request", options);
}
function $check_ErrorResponse(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["error"];
	if (v2 !== undefined && !$check_ErrorDetail(v2, path + "/error", c, request)) return false;
	return true;
}
/** Checks the client-level parameters of `ApiManagementClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateApiManagementClientParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateApiManagementClientParameters, false, options);
}
function $checkParameters_validateApiManagementClientParameters(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["apiVersion"];
	if (v2 === undefined && !c.add(path + "/apiVersion", "required", "is required")) return false;
	if (v2 !== undefined) {
		if (typeof v2 !== "string") {
			if (!c.add(path + "/apiVersion", "type", "must be a string")) return false;
		} else if (v2.length === 0 && !c.add(path + "/apiVersion", "minLength", "must be at least 1 character long")) return false;
	}
	const v3 = o1["subscriptionId"];
	if (v3 === undefined && !c.add(path + "/subscriptionId", "required", "is required")) return false;
	if (v3 !== undefined) {
		if (typeof v3 !== "string") {
			if (!c.add(path + "/subscriptionId", "type", "must be a string")) return false;
		} else if (!$rt.isUuid(v3) && !c.add(path + "/subscriptionId", "format", "must be a valid uuid")) return false;
	}
	return true;
}
/** Checks the parameters of `TenantAccess_ListSecrets` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateTenantAccessListSecretsParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateTenantAccessListSecretsParameters, true, options);
}
function $checkParameters_validateTenantAccessListSecretsParameters(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["resourceGroupName"];
	if (v2 === undefined && !c.add(path + "/resourceGroupName", "required", "is required")) return false;
	if (v2 !== undefined) {
		if (typeof v2 !== "string") {
			if (!c.add(path + "/resourceGroupName", "type", "must be a string")) return false;
		} else {
			if (v2.length === 0 && !c.add(path + "/resourceGroupName", "minLength", "must be at least 1 character long")) return false;
			if (v2.length > 90 && $rt.codePointLength(v2) > 90 && !c.add(path + "/resourceGroupName", "maxLength", "must be at most 90 characters long")) return false;
			if (!$pattern0.test(v2) && !c.add(path + "/resourceGroupName", "pattern", "must match the pattern ^[-\\w\\._\\(\\)]+$")) return false;
		}
	}
	const v3 = o1["serviceName"];
	if (v3 === undefined && !c.add(path + "/serviceName", "required", "is required")) return false;
	if (v3 !== undefined) {
		if (typeof v3 !== "string") {
			if (!c.add(path + "/serviceName", "type", "must be a string")) return false;
		} else {
			if (v3.length === 0 && !c.add(path + "/serviceName", "minLength", "must be at least 1 character long")) return false;
			if (v3.length > 50 && $rt.codePointLength(v3) > 50 && !c.add(path + "/serviceName", "maxLength", "must be at most 50 characters long")) return false;
			if (!$pattern1.test(v3) && !c.add(path + "/serviceName", "pattern", "must match the pattern ^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$")) return false;
		}
	}
	const v4 = o1["accessName"];
	if (v4 === undefined && !c.add(path + "/accessName", "required", "is required")) return false;
	if (v4 !== undefined) {
		if (typeof v4 !== "string") {
			if (!c.add(path + "/accessName", "type", "must be a string")) return false;
		} else if (request && !c.openEnums && !(v4 === "access" || v4 === "gitAccess") && !c.add(path + "/accessName", "enum", "must be one of the values this api-version knows: \"access\", \"gitAccess\" (the service may send others)")) return false;
	}
	return true;
}
//# sourceMappingURL=validators.js.map
