import * as $rt from "../../runtime/validation.js";
const $pattern0 = /^[-\w\._\(\)]+$/;
const $pattern1 = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;
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
/** Whether a value matches the `ListNotebookKeysResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isListNotebookKeysResult(value, options) {
	return $check_ListNotebookKeysResult(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `ListNotebookKeysResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateListNotebookKeysResult(value, options) {
	return $rt.collectAll(value, $check_ListNotebookKeysResult, options?.direction === "request", options);
}
function $check_ListNotebookKeysResult(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["primaryAccessKey"];
	if (request && v2 !== undefined && !c.add(path + "/primaryAccessKey", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v2 !== undefined && v2 !== null && typeof v2 !== "string" && !c.add(path + "/primaryAccessKey", "type", "must be a string or null")) return false;
	const v3 = o1["secondaryAccessKey"];
	if (request && v3 !== undefined && !c.add(path + "/secondaryAccessKey", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v3 !== undefined && v3 !== null && typeof v3 !== "string" && !c.add(path + "/secondaryAccessKey", "type", "must be a string or null")) return false;
	return true;
}
/** Whether a value matches the `ListWorkspaceKeysResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isListWorkspaceKeysResult(value, options) {
	return $check_ListWorkspaceKeysResult(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `ListWorkspaceKeysResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateListWorkspaceKeysResult(value, options) {
	return $rt.collectAll(value, $check_ListWorkspaceKeysResult, options?.direction === "request", options);
}
function $check_ListWorkspaceKeysResult(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["userStorageKey"];
	if (request && v2 !== undefined && !c.add(path + "/userStorageKey", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v2 !== undefined && v2 !== null && typeof v2 !== "string" && !c.add(path + "/userStorageKey", "type", "must be a string or null")) return false;
	const v3 = o1["userStorageResourceId"];
	if (request && v3 !== undefined && !c.add(path + "/userStorageResourceId", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/userStorageResourceId", "type", "must be a string")) return false;
	const v4 = o1["appInsightsInstrumentationKey"];
	if (request && v4 !== undefined && !c.add(path + "/appInsightsInstrumentationKey", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v4 !== undefined && v4 !== null && typeof v4 !== "string" && !c.add(path + "/appInsightsInstrumentationKey", "type", "must be a string or null")) return false;
	const v5 = o1["containerRegistryCredentials"];
	if (request && v5 !== undefined && !c.add(path + "/containerRegistryCredentials", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v5 !== undefined) {
		if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) {
			if (!c.add(path + "/containerRegistryCredentials", "type", "must be an object")) return false;
		} else {
			const o6 = v5;
			const v7 = o6["location"];
			if (request && v7 !== undefined && !c.add(path + "/containerRegistryCredentials/location", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
			if (v7 !== undefined && v7 !== null && typeof v7 !== "string" && !c.add(path + "/containerRegistryCredentials/location", "type", "must be a string or null")) return false;
			const v8 = o6["username"];
			if (request && v8 !== undefined && !c.add(path + "/containerRegistryCredentials/username", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
			if (v8 !== undefined && typeof v8 !== "string" && !c.add(path + "/containerRegistryCredentials/username", "type", "must be a string")) return false;
			const v9 = o6["passwords"];
			if (v9 !== undefined) {
				if (!Array.isArray(v9)) {
					if (!c.add(path + "/containerRegistryCredentials/passwords", "type", "must be an array")) return false;
				} else {
					for (let i10 = 0; i10 < v9.length; i10++) {
						const v11 = v9[i10];
						if (typeof v11 !== "object" || v11 === null || Array.isArray(v11)) {
							if (!c.add(path + "/containerRegistryCredentials/passwords/" + i10, "type", "must be an object")) return false;
						} else {
							const o12 = v11;
							const v13 = o12["name"];
							if (request && v13 !== undefined && !c.add(path + "/containerRegistryCredentials/passwords/" + i10 + "/name", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
							if (v13 !== undefined && typeof v13 !== "string" && !c.add(path + "/containerRegistryCredentials/passwords/" + i10 + "/name", "type", "must be a string")) return false;
							const v14 = o12["value"];
							if (request && v14 !== undefined && !c.add(path + "/containerRegistryCredentials/passwords/" + i10 + "/value", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
							if (v14 !== undefined && typeof v14 !== "string" && !c.add(path + "/containerRegistryCredentials/passwords/" + i10 + "/value", "type", "must be a string")) return false;
						}
					}
				}
			}
		}
	}
	const v15 = o1["notebookAccessKeys"];
	if (request && v15 !== undefined && !c.add(path + "/notebookAccessKeys", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v15 !== undefined) {
		if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) {
			if (!c.add(path + "/notebookAccessKeys", "type", "must be an object")) return false;
		} else {
			const o16 = v15;
			const v17 = o16["primaryAccessKey"];
			if (request && v17 !== undefined && !c.add(path + "/notebookAccessKeys/primaryAccessKey", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
			if (v17 !== undefined && v17 !== null && typeof v17 !== "string" && !c.add(path + "/notebookAccessKeys/primaryAccessKey", "type", "must be a string or null")) return false;
			const v18 = o16["secondaryAccessKey"];
			if (request && v18 !== undefined && !c.add(path + "/notebookAccessKeys/secondaryAccessKey", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
			if (v18 !== undefined && v18 !== null && typeof v18 !== "string" && !c.add(path + "/notebookAccessKeys/secondaryAccessKey", "type", "must be a string or null")) return false;
		}
	}
	return true;
}
/** Whether a value matches the `Password` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isPassword(value, options) {
	return $check_Password(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `Password` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validatePassword(value, options) {
	return $rt.collectAll(value, $check_Password, options?.direction === "request", options);
}
function $check_Password(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["name"];
	if (request && v2 !== undefined && !c.add(path + "/name", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v2 !== undefined && typeof v2 !== "string" && !c.add(path + "/name", "type", "must be a string")) return false;
	const v3 = o1["value"];
	if (request && v3 !== undefined && !c.add(path + "/value", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/value", "type", "must be a string")) return false;
	return true;
}
/** Whether a value matches the `RegistryListCredentialsResult` schema (response rules unless `options.direction` says "request"). Stops at the first problem. */
export function isRegistryListCredentialsResult(value, options) {
	return $check_RegistryListCredentialsResult(value, "", $rt.firstProblemFor(options), options?.direction === "request");
}
/** Validates a value against the `RegistryListCredentialsResult` schema (response rules unless `options.direction` says "request"): every issue (at most 100), in document order; messages never contain the value. */
export function validateRegistryListCredentialsResult(value, options) {
	return $rt.collectAll(value, $check_RegistryListCredentialsResult, options?.direction === "request", options);
}
function $check_RegistryListCredentialsResult(value, path, c, request) {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return c.add(path, "type", "must be an object");
	const o1 = value;
	const v2 = o1["location"];
	if (request && v2 !== undefined && !c.add(path + "/location", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v2 !== undefined && v2 !== null && typeof v2 !== "string" && !c.add(path + "/location", "type", "must be a string or null")) return false;
	const v3 = o1["username"];
	if (request && v3 !== undefined && !c.add(path + "/username", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/username", "type", "must be a string")) return false;
	const v4 = o1["passwords"];
	if (v4 !== undefined) {
		if (!Array.isArray(v4)) {
			if (!c.add(path + "/passwords", "type", "must be an array")) return false;
		} else {
			for (let i5 = 0; i5 < v4.length; i5++) {
				const v6 = v4[i5];
				if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) {
					if (!c.add(path + "/passwords/" + i5, "type", "must be an object")) return false;
				} else {
					const o7 = v6;
					const v8 = o7["name"];
					if (request && v8 !== undefined && !c.add(path + "/passwords/" + i5 + "/name", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
					if (v8 !== undefined && typeof v8 !== "string" && !c.add(path + "/passwords/" + i5 + "/name", "type", "must be a string")) return false;
					const v9 = o7["value"];
					if (request && v9 !== undefined && !c.add(path + "/passwords/" + i5 + "/value", "readOnly", "is read-only (set by the service): leave it out of requests")) return false;
					if (v9 !== undefined && typeof v9 !== "string" && !c.add(path + "/passwords/" + i5 + "/value", "type", "must be a string")) return false;
				}
			}
		}
	}
	return true;
}
/** Checks the client-level parameters of `MachineLearningServicesClient` (keyed by client option) when the client is constructed: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateMachineLearningServicesClientParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateMachineLearningServicesClientParameters, false, options);
}
function $checkParameters_validateMachineLearningServicesClientParameters(value, path, c) {
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
	if (v3 !== undefined && typeof v3 !== "string" && !c.add(path + "/subscriptionId", "type", "must be a string")) return false;
	return true;
}
/** Checks the parameters of `Workspaces_ListKeys` (path, query and header parameters and the body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */
export function validateWorkspacesListKeysParameters(params, options) {
	return $rt.collectAll(params, $checkParameters_validateWorkspacesListKeysParameters, false, options);
}
function $checkParameters_validateWorkspacesListKeysParameters(value, path, c) {
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
	const v3 = o1["workspaceName"];
	if (v3 === undefined && !c.add(path + "/workspaceName", "required", "is required")) return false;
	if (v3 !== undefined) {
		if (typeof v3 !== "string") {
			if (!c.add(path + "/workspaceName", "type", "must be a string")) return false;
		} else if (!$pattern1.test(v3) && !c.add(path + "/workspaceName", "pattern", "must match the pattern ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$")) return false;
	}
	return true;
}
//# sourceMappingURL=validators.js.map
