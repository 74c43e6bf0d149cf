import { type ClientOptions, ServiceClient } from "../../runtime/client.js";
import type { OperationOptions } from "../../runtime/operation.js";
import type { PagedAsyncIterableIterator } from "../../runtime/paging.js";
import { type IotDpsResourceListKeysParameters } from "./client/iot-dps-resource.js";
import type { SharedAccessSignatureAuthorizationRule, SharedAccessSignatureAuthorizationRuleListResult } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../../runtime/errors.js";
export type { ServiceRestError } from "../../runtime/errors.js";
export type { OperationOptions, OperationRequestOptions, RawResponse } from "../../runtime/operation.js";
export type { PagedAsyncIterableIterator, PageSettings } from "../../runtime/paging.js";
export * from "./client/iot-dps-resource.js";
export * from "./redactors.js";
/** Options of {@link DeviceProvisioningServicesClient}: core's pipeline options, `credential` and the service's own. */
export interface DeviceProvisioningServicesClientOptions extends ClientOptions {
	/** The subscription identifier. */
	subscriptionId: string;
}
/**
* DeviceProvisioningServicesClient
*
* Get the security metadata for a provisioning service. List the primary and secondary keys for a provisioning service.
*
* api-version 2018-01-22; token scope `https://management.azure.com/.default`.
*/
export declare class DeviceProvisioningServicesClient extends ServiceClient {
	readonly iotDpsResource: IotDpsResourceOperations;
	constructor(options: DeviceProvisioningServicesClientOptions);
}
/** The `iotDpsResource` operations of {@link DeviceProvisioningServicesClient}. */
export interface IotDpsResourceOperations {
	/**
	* Get the security metadata for a provisioning service.
	*
	* List the primary and secondary keys for a provisioning service.
	*
	* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Devices/provisioningServices/{provisioningServiceName}/listkeys` (IotDpsResource_ListKeys), paged.
	*/
	listKeys(params: IotDpsResourceListKeysParameters, options?: OperationOptions): PagedAsyncIterableIterator<SharedAccessSignatureAuthorizationRule, SharedAccessSignatureAuthorizationRuleListResult>;
}
//# sourceMappingURL=client.d.ts.map
