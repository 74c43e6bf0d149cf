import { type ClientOptions, ServiceClient } from "../runtime/client.js";
import type { OperationOptions } from "../runtime/operation.js";
import type { ListNotebookKeysResult, ListWorkspaceKeysResult, Password, RegistryListCredentialsResult } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../runtime/errors.js";
export type { ServiceRestError } from "../runtime/errors.js";
export type { OperationOptions, RawResponse } from "../runtime/operation.js";
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
/** A deep copy of a {@link ListNotebookKeysResult} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactListNotebookKeysResult(value: ListNotebookKeysResult): ListNotebookKeysResult;
/** A deep copy of a {@link ListWorkspaceKeysResult} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactListWorkspaceKeysResult(value: ListWorkspaceKeysResult): ListWorkspaceKeysResult;
/** A deep copy of a {@link Password} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactPassword(value: Password): Password;
/** A deep copy of a {@link RegistryListCredentialsResult} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactRegistryListCredentialsResult(value: RegistryListCredentialsResult): RegistryListCredentialsResult;
//# sourceMappingURL=client.d.ts.map
