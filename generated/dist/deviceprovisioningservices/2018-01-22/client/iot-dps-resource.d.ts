import type { OperationOptions } from "../../../runtime/operation.js";
import { type PagedAsyncIterableIterator } from "../../../runtime/paging.js";
import type { DeviceProvisioningServicesClient } from "../client.js";
import type { SharedAccessSignatureAuthorizationRule, SharedAccessSignatureAuthorizationRuleListResult } from "../models.js";
/** Parameters of {@link iotDpsResourceListKeys}. */
export interface IotDpsResourceListKeysParameters {
	/** The provisioning service name to get the shared access keys for. */
	provisioningServiceName: string;
	/** resource group name */
	resourceGroupName: string;
}
/**
* Get the security metadata for a provisioning service.
*
* List the primary and secondary keys for a provisioning service.
*
* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Devices/provisioningServices/{provisioningServiceName}/listkeys` (IotDpsResource_ListKeys), paged.
*/
export declare function iotDpsResourceListKeys(client: DeviceProvisioningServicesClient, params: IotDpsResourceListKeysParameters, options?: OperationOptions): PagedAsyncIterableIterator<SharedAccessSignatureAuthorizationRule, SharedAccessSignatureAuthorizationRuleListResult>;
//# sourceMappingURL=iot-dps-resource.d.ts.map
