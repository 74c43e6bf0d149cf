import { type ClientOptions, ServiceClient } from "../../runtime/client.js";
import type { OperationOptions } from "../../runtime/operation.js";
import { type IntegrationRuntimesListAuthKeysParameters } from "./client/integration-runtimes.js";
import type { IntegrationRuntimeAuthKeys } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../../runtime/errors.js";
export type { ServiceRestError } from "../../runtime/errors.js";
export type { OperationOptions, OperationRequestOptions, RawResponse } from "../../runtime/operation.js";
export * from "./client/integration-runtimes.js";
export * from "./redactors.js";
/** Options of {@link PurviewScanningClient}: core's pipeline options, `credential` and the service's own. */
export interface PurviewScanningClientOptions extends ClientOptions {
	/**
	* The scanning endpoint of your purview account. Example: https://{accountName}.purview.azure.com.
	*
	* Fills `{endpoint}` in the service URL.
	*/
	endpoint: string;
}
/**
* PurviewScanningClient
*
* Retrieves the authentication keys for an integration runtime.
*
* api-version 2023-09-01; token scope `https://purview.azure.net/.default`.
*/
export declare class PurviewScanningClient extends ServiceClient {
	readonly integrationRuntimes: IntegrationRuntimesOperations;
	constructor(options: PurviewScanningClientOptions);
}
/** The `integrationRuntimes` operations of {@link PurviewScanningClient}. */
export interface IntegrationRuntimesOperations {
	/**
	* Retrieves the authentication keys for an integration runtime.
	*
	* `POST /integrationruntimes/{integrationRuntimeName}:listAuthKeys` (IntegrationRuntimes_ListAuthKeys).
	*/
	listAuthKeys(params: IntegrationRuntimesListAuthKeysParameters, options?: OperationOptions): Promise<IntegrationRuntimeAuthKeys>;
}
//# sourceMappingURL=client.d.ts.map
