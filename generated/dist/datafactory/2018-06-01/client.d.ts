import { type ClientOptions, ServiceClient } from "../../runtime/client.js";
import type { OperationOptions } from "../../runtime/operation.js";
import { type IntegrationRuntimesRegenerateAuthKeyParameters } from "./client/integration-runtimes.js";
import type { IntegrationRuntimeAuthKeys } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../../runtime/errors.js";
export type { ServiceRestError } from "../../runtime/errors.js";
export type { OperationOptions, OperationRequestOptions, RawResponse } from "../../runtime/operation.js";
export * from "./client/integration-runtimes.js";
export * from "./redactors.js";
/** Options of {@link DataFactoryClient}: core's pipeline options, `credential` and the service's own. */
export interface DataFactoryClientOptions extends ClientOptions {
	/** The subscription identifier. */
	subscriptionId: string;
}
/**
* DataFactoryClient
*
* Regenerates the authentication key for an integration runtime.
*
* api-version 2018-06-01; token scope `https://management.azure.com/.default`.
*/
export declare class DataFactoryClient extends ServiceClient {
	readonly integrationRuntimes: IntegrationRuntimesOperations;
	constructor(options: DataFactoryClientOptions);
}
/** The `integrationRuntimes` operations of {@link DataFactoryClient}. */
export interface IntegrationRuntimesOperations {
	/**
	* Regenerates the authentication key for an integration runtime.
	*
	* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}/integrationRuntimes/{integrationRuntimeName}/regenerateAuthKey` (IntegrationRuntimes_RegenerateAuthKey).
	*/
	regenerateAuthKey(params: IntegrationRuntimesRegenerateAuthKeyParameters, options?: OperationOptions): Promise<IntegrationRuntimeAuthKeys>;
}
//# sourceMappingURL=client.d.ts.map
