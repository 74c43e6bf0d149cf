import { send } from "../../../runtime/send.js";
import { validateErrorResponseModel, validateIntegrationRuntimeAuthKeys, validateIntegrationRuntimesListAuthKeysParameters } from "../validators.js";
const integrationRuntimesListAuthKeysOperation = {
	operationId: "IntegrationRuntimes_ListAuthKeys",
	method: "POST",
	path: "/integrationruntimes/{integrationRuntimeName}:listAuthKeys",
	parameters: [{
		name: "integrationRuntimeName",
		tsName: "integrationRuntimeName",
		in: "path"
	}],
	clientParameters: ["api-version"],
	validateParameters: validateIntegrationRuntimesListAuthKeysParameters,
	responses: [{
		status: 200,
		validate: validateIntegrationRuntimeAuthKeys
	}],
	error: {
		validate: validateErrorResponseModel,
		model: {
			code: "/error/code",
			message: "/error/message",
			target: "/error/target",
			codeHeader: "x-ms-error-code"
		}
	},
	idempotent: true,
	spanName: "PurviewScanningClient.integrationRuntimes.listAuthKeys"
};
/**
* Retrieves the authentication keys for an integration runtime.
*
* `POST /integrationruntimes/{integrationRuntimeName}:listAuthKeys` (IntegrationRuntimes_ListAuthKeys).
*/
export function integrationRuntimesListAuthKeys(client, params, options) {
	return send(client, integrationRuntimesListAuthKeysOperation, params, options);
}
//# sourceMappingURL=integration-runtimes.js.map
