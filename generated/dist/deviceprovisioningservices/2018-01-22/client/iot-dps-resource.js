import { page } from "../../../runtime/paging.js";
import { validateErrorDetails, validateIotDpsResourceListKeysParameters, validateSharedAccessSignatureAuthorizationRuleListResult } from "../validators.js";
const iotDpsResourceListKeysOperation = {
	operationId: "IotDpsResource_ListKeys",
	method: "POST",
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Devices/provisioningServices/{provisioningServiceName}/listkeys",
	parameters: [{
		name: "provisioningServiceName",
		tsName: "provisioningServiceName",
		in: "path"
	}, {
		name: "resourceGroupName",
		tsName: "resourceGroupName",
		in: "path"
	}],
	clientParameters: ["api-version", "subscriptionId"],
	validateParameters: validateIotDpsResourceListKeysParameters,
	responses: [{
		status: 200,
		validate: validateSharedAccessSignatureAuthorizationRuleListResult
	}],
	error: {
		validate: validateErrorDetails,
		model: {
			code: "/code",
			message: "/message",
			status: {
				pointer: "/httpStatusCode",
				type: "string"
			}
		}
	},
	idempotent: true,
	paging: {
		items: "value",
		nextLink: "nextLink"
	},
	spanName: "DeviceProvisioningServicesClient.iotDpsResource.listKeys"
};
/**
* Get the security metadata for a provisioning service.
*
* List the primary and secondary keys for a provisioning service.
*
* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Devices/provisioningServices/{provisioningServiceName}/listkeys` (IotDpsResource_ListKeys), paged.
*/
export function iotDpsResourceListKeys(client, params, options) {
	return page(client, iotDpsResourceListKeysOperation, params, options);
}
//# sourceMappingURL=iot-dps-resource.js.map
