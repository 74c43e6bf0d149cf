import { send } from "../../../runtime/send.js";
import { validateCloudError, validateIntegrationRuntimeAuthKeys, validateIntegrationRuntimesRegenerateAuthKeyParameters } from "../validators.js";
const integrationRuntimesRegenerateAuthKeyOperation = {
	operationId: "IntegrationRuntimes_RegenerateAuthKey",
	method: "POST",
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}/integrationRuntimes/{integrationRuntimeName}/regenerateAuthKey",
	parameters: [
		{
			name: "resourceGroupName",
			tsName: "resourceGroupName",
			in: "path"
		},
		{
			name: "factoryName",
			tsName: "factoryName",
			in: "path"
		},
		{
			name: "integrationRuntimeName",
			tsName: "integrationRuntimeName",
			in: "path"
		}
	],
	clientParameters: ["api-version", "subscriptionId"],
	body: {
		tsName: "body",
		contentType: "application/json"
	},
	validateParameters: validateIntegrationRuntimesRegenerateAuthKeyParameters,
	responses: [{
		status: 200,
		validate: validateIntegrationRuntimeAuthKeys
	}],
	error: {
		validate: validateCloudError,
		model: {
			code: "/error/code",
			message: "/error/message",
			target: "/error/target"
		}
	},
	idempotent: false,
	spanName: "DataFactoryClient.integrationRuntimes.regenerateAuthKey"
};
/**
* Regenerates the authentication key for an integration runtime.
*
* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}/integrationRuntimes/{integrationRuntimeName}/regenerateAuthKey` (IntegrationRuntimes_RegenerateAuthKey).
*/
export function integrationRuntimesRegenerateAuthKey(client, params, options) {
	return send(client, integrationRuntimesRegenerateAuthKeyOperation, params, options);
}
//# sourceMappingURL=integration-runtimes.js.map
