import type { OperationOptions } from "../../../runtime/operation.js";
import type { MachineLearningServicesClient } from "../client.js";
import type { ListWorkspaceKeysResult } from "../models.js";
/** Parameters of {@link workspacesListKeys}. */
export interface WorkspacesListKeysParameters {
	/**
	* The name of the resource group. The name is case insensitive.
	*
	* Checked before sending: matches `^[-\w\._\(\)]+$`; 1 to 90 characters.
	*/
	resourceGroupName: string;
	/**
	* Name of Azure Machine Learning workspace.
	*
	* Checked before sending: matches `^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$`.
	*/
	workspaceName: string;
}
/**
* Lists all the keys associated with this workspace. This includes keys for the storage account, app insights and password for container registry
*
* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listKeys` (Workspaces_ListKeys).
*/
export declare function workspacesListKeys(client: MachineLearningServicesClient, params: WorkspacesListKeysParameters, options?: OperationOptions): Promise<ListWorkspaceKeysResult>;
//# sourceMappingURL=workspaces.d.ts.map
