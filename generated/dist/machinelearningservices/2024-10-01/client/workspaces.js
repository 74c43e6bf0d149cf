import { send } from "../../../runtime/send.js";
import { validateErrorResponse, validateListWorkspaceKeysResult, validateWorkspacesListKeysParameters } from "../validators.js";
const workspacesListKeysOperation = {
	operationId: "Workspaces_ListKeys",
	method: "POST",
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listKeys",
	parameters: [{
		name: "resourceGroupName",
		tsName: "resourceGroupName",
		in: "path"
	}, {
		name: "workspaceName",
		tsName: "workspaceName",
		in: "path"
	}],
	clientParameters: ["api-version", "subscriptionId"],
	validateParameters: validateWorkspacesListKeysParameters,
	responses: [{
		status: 200,
		validate: validateListWorkspaceKeysResult
	}],
	error: {
		validate: validateErrorResponse,
		model: {
			code: "/error/code",
			message: "/error/message",
			target: "/error/target"
		}
	},
	idempotent: true,
	spanName: "MachineLearningServicesClient.workspaces.listKeys"
};
/**
* Lists all the keys associated with this workspace. This includes keys for the storage account, app insights and password for container registry
*
* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listKeys` (Workspaces_ListKeys).
*/
export function workspacesListKeys(client, params, options) {
	return send(client, workspacesListKeysOperation, params, options);
}
//# sourceMappingURL=workspaces.js.map
