import * as $rt from "../../runtime/validation.js";
const $pattern0 = /^[-\w\._\(\)]+$/;
const $pattern1 = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** Whether a value matches the `CloudError` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isCloudError(value, options) {
	return $check_CloudError(value, "", $rt.firstProblemFor(options));
}
/** Validates a value against the `CloudError` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateCloudError(value, options) {
	return $rt.collectAll(value, $check_CloudError, false, options);
}
function $check_CloudError(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["error"];
	if (v2 === undefined && !c.add(path + "/error", "required", "is required")) return false;
	if (v2 !== undefined && !$check_CloudErrorBody(v2, path + "/error", c)) return false;
	return true;
}
/** Whether a value matches the `CloudErrorBody` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isCloudErrorBody(value, options) {
	return $check_CloudErrorBody(value, "", $rt.firstProblemFor(options));
}
/** Validates a value against the `CloudErrorBody` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateCloudErrorBody(value, options) {
	return $rt.collectAll(value, $check_CloudErrorBody, false, options);
}
function $check_CloudErrorBody(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["code"];
	if (v2 === undefined && !c.add(path + "/code", "required", "is required")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/code", "type", "must be a string")) return false;
	const v3 = o1["message"];
	if (v3 === undefined && !c.add(path + "/message", "required", "is required")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/message", "type", "must be a string")) return false;
	const v4 = o1["target"];
	if (v4 !== undefined && typeof v4 !== "string" && !c.add(path + "/target", "type", "must be a string")) return false;
	const v5 = o1["details"];
	if (v5 !== undefined) {
		if (!Array.isArray(v5)) {
			if (!c.add(path + "/details", "type", "must be an array")) return false;
		} else {
			for (let i6 = 0; i6 < v5.length; i6++) if (!$check_CloudError(v5[i6], path + "/details/" + i6, c)) return false;
		}
	}
	return true;
}
/** Whether a value matches the `IntegrationRuntimeAuthKeyName` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isIntegrationRuntimeAuthKeyName(value, options) {
	return $check_IntegrationRuntimeAuthKeyName(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `IntegrationRuntimeAuthKeyName` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateIntegrationRuntimeAuthKeyName(value, options) {
	return $rt.collectAll(value, $check_IntegrationRuntimeAuthKeyName, options?.direction === "request", options);
}
function $check_IntegrationRuntimeAuthKeyName(value, path, c, request) {
	if (typeof value !== "string") return c.add(path, "type", "must be a string");
	if (request && !c.openEnums && !(value === "authKey1" || value === "authKey2") && !c.add(path, "enum", "must be one of the values this api-version knows: \"authKey1\", \"authKey2\" (the service may send others)")) return false;
	return true;
}
/** Whether a value matches the `IntegrationRuntimeAuthKeys` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isIntegrationRuntimeAuthKeys(value, options) {
	return $check_IntegrationRuntimeAuthKeys(value, "", $rt.firstProblemFor(options));
}
/** Validates a value against the `IntegrationRuntimeAuthKeys` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateIntegrationRuntimeAuthKeys(value, options) {
	return $rt.collectAll(value, $check_IntegrationRuntimeAuthKeys, false, options);
}
function $check_IntegrationRuntimeAuthKeys(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["authKey1"];
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/authKey1", "type", "must be a string")) return false;
	const v3 = o1["authKey2"];
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/authKey2", "type", "must be a string")) return false;
	return true;
}
/** Whether a value matches the `IntegrationRuntimeRegenerateKeyParameters` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isIntegrationRuntimeRegenerateKeyParameters(value, options) {
	return $check_IntegrationRuntimeRegenerateKeyParameters(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `IntegrationRuntimeRegenerateKeyParameters` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateIntegrationRuntimeRegenerateKeyParameters(value, options) {
	return $rt.collectAll(value, $check_IntegrationRuntimeRegenerateKeyParameters, options?.direction === "request", options);
}
function $check_IntegrationRuntimeRegenerateKeyParameters(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["keyName"];
	if (v2 !== undefined) {
		if (typeof v2 !== "string") {
			if (!c.add(path + "/keyName", "type", "must be a string")) return false;
		} else if (request && !c.openEnums && !(v2 === "authKey1" || v2 === "authKey2") && !c.add(path + "/keyName", "enum", "must be one of the values this api-version knows: \"authKey1\", \"authKey2\" (the service may send others)")) return false;
	}
	return true;
}
/** Checks the client-level parameters of `DataFactoryClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateDataFactoryClientParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateDataFactoryClientParameters, false, options);
}
function $checkParameters_validateDataFactoryClientParameters(value, path, c) {
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
/** Checks the parameters of `IntegrationRuntimes_RegenerateAuthKey` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateIntegrationRuntimesRegenerateAuthKeyParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateIntegrationRuntimesRegenerateAuthKeyParameters, true, options);
}
function $checkParameters_validateIntegrationRuntimesRegenerateAuthKeyParameters(value, path, c, request) {
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
	const v3 = o1["factoryName"];
	if (v3 === undefined && !c.add(path + "/factoryName", "required", "is required")) return false;
	if (v3 !== undefined) {
		if (typeof v3 !== "string") {
			if (!c.add(path + "/factoryName", "type", "must be a string")) return false;
		} else {
			if ((v3.length < 3 || v3.length < 6 && $rt.codePointLength(v3) < 3) && !c.add(path + "/factoryName", "minLength", "must be at least 3 characters long")) return false;
			if (v3.length > 63 && $rt.codePointLength(v3) > 63 && !c.add(path + "/factoryName", "maxLength", "must be at most 63 characters long")) return false;
			if (!$pattern1.test(v3) && !c.add(path + "/factoryName", "pattern", "must match the pattern ^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")) return false;
		}
	}
	const v4 = o1["integrationRuntimeName"];
	if (v4 === undefined && !c.add(path + "/integrationRuntimeName", "required", "is required")) return false;
	if (v4 !== undefined) {
		if (typeof v4 !== "string") {
			if (!c.add(path + "/integrationRuntimeName", "type", "must be a string")) return false;
		} else {
			if ((v4.length < 3 || v4.length < 6 && $rt.codePointLength(v4) < 3) && !c.add(path + "/integrationRuntimeName", "minLength", "must be at least 3 characters long")) return false;
			if (v4.length > 63 && $rt.codePointLength(v4) > 63 && !c.add(path + "/integrationRuntimeName", "maxLength", "must be at most 63 characters long")) return false;
			if (!$pattern1.test(v4) && !c.add(path + "/integrationRuntimeName", "pattern", "must match the pattern ^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")) return false;
		}
	}
	const v5 = o1["body"];
	if (v5 === undefined && !c.add(path + "/body", "required", "is required")) return false;
	if (v5 !== undefined) {
		if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) {
			if (!c.add(path + "/body", "type", "must be an object")) return false;
		} else {
			const o6 = v5;
			const v7 = o6["keyName"];
			if (v7 !== undefined) {
				if (typeof v7 !== "string") {
					if (!c.add(path + "/body/keyName", "type", "must be a string")) return false;
				} else if (request && !c.openEnums && !(v7 === "authKey1" || v7 === "authKey2") && !c.add(path + "/body/keyName", "enum", "must be one of the values this api-version knows: \"authKey1\", \"authKey2\" (the service may send others)")) return false;
			}
		}
	}
	return true;
}
//# sourceMappingURL=validators.js.map
