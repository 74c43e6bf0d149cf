import * as $rt from "../../runtime/validation.js";
const $pattern0 = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** Whether a value matches the `ErrorModel` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isErrorModel(value, options) {
	return $check_ErrorModel(value, "", $rt.firstProblemFor(options));
}
/** Validates a value against the `ErrorModel` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateErrorModel(value, options) {
	return $rt.collectAll(value, $check_ErrorModel, false, options);
}
function $check_ErrorModel(value, path, c) {
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
			for (let i6 = 0; i6 < v5.length; i6++) if (!$check_ErrorModel(v5[i6], path + "/details/" + i6, c)) return false;
		}
	}
	return true;
}
/** Whether a value matches the `ErrorResponseModel` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isErrorResponseModel(value, options) {
	return $check_ErrorResponseModel(value, "", $rt.firstProblemFor(options));
}
/** Validates a value against the `ErrorResponseModel` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateErrorResponseModel(value, options) {
	return $rt.collectAll(value, $check_ErrorResponseModel, false, options);
}
function $check_ErrorResponseModel(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["error"];
	if (v2 === undefined && !c.add(path + "/error", "required", "is required")) return false;
	if (v2 !== undefined && !$check_ErrorModel(v2, path + "/error", c)) return false;
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
/** Checks the client-level parameters of `PurviewScanningClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export function validatePurviewScanningClientParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validatePurviewScanningClientParameters, false, options);
}
function $checkParameters_validatePurviewScanningClientParameters(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["apiVersion"];
	if (v2 === undefined && !c.add(path + "/apiVersion", "required", "is required")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/apiVersion", "type", "must be a string")) return false;
	return true;
}
/** Checks the parameters of `IntegrationRuntimes_ListAuthKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateIntegrationRuntimesListAuthKeysParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateIntegrationRuntimesListAuthKeysParameters, false, options);
}
function $checkParameters_validateIntegrationRuntimesListAuthKeysParameters(value, path, c) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["integrationRuntimeName"];
	if (v2 === undefined && !c.add(path + "/integrationRuntimeName", "required", "is required")) return false;
	if (v2 !== undefined) {
		if (typeof v2 !== "string") {
			if (!c.add(path + "/integrationRuntimeName", "type", "must be a string")) return false;
		} else {
			if ((v2.length < 3 || v2.length < 6 && $rt.codePointLength(v2) < 3) && !c.add(path + "/integrationRuntimeName", "minLength", "must be at least 3 characters long")) return false;
			if (v2.length > 63 && $rt.codePointLength(v2) > 63 && !c.add(path + "/integrationRuntimeName", "maxLength", "must be at most 63 characters long")) return false;
			if (!$pattern0.test(v2) && !c.add(path + "/integrationRuntimeName", "pattern", "must match the pattern ^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")) return false;
		}
	}
	return true;
}
//# sourceMappingURL=validators.js.map
