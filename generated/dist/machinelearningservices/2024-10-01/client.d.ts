import { type ClientOptions, ServiceClient } from "../../runtime/client.js";
import type { OperationOptions } from "../../runtime/operation.js";
import { type WorkspacesListKeysParameters } from "./client/workspaces.js";
import type { ListWorkspaceKeysResult } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../../runtime/errors.js";
export type { ServiceRestError } from "../../runtime/errors.js";
export type { OperationOptions, OperationRequestOptions, RawResponse } from "../../runtime/operation.js";
export * from "./client/workspaces.js";
export * from "./redactors.js";
/** Options of {@link MachineLearningServicesClient}: core's pipeline options, `credential` and the service's own. */
export interface MachineLearningServicesClientOptions extends ClientOptions {
	/** The ID of the target subscription. */
	subscriptionId: string;
}
/**
* MachineLearningServicesClient
*
* Lists all the keys associated with this workspace. This includes keys for the storage account, app insights and password for container registry
*
* api-version 2024-10-01; token scope `https://management.azure.com/.default`.
*/
export declare class MachineLearningServicesClient extends ServiceClient {
	readonly workspaces: WorkspacesOperations;
	constructor(options: MachineLearningServicesClientOptions);
}
/** The `workspaces` operations of {@link MachineLearningServicesClient}. */
export interface WorkspacesOperations {
	/**
	* Lists all the keys associated with this workspace. This includes keys for the storage account, app insights and password for container registry
	*
	* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listKeys` (Workspaces_ListKeys).
	*/
	listKeys(params: WorkspacesListKeysParameters, options?: OperationOptions): Promise<ListWorkspaceKeysResult>;
}
//# sourceMappingURL=client.d.ts.map
