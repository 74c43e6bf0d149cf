import { send } from "../../../runtime/send.js";
import { validateAccessInformationSecretsContract, validateErrorResponse, validateTenantAccessListSecretsParameters } from "../validators.js";
const tenantAccessListSecretsOperation = {
	operationId: "TenantAccess_ListSecrets",
	method: "POST",
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ApiManagement/service/{serviceName}/tenant/{accessName}/listSecrets",
	parameters: [
		{
			name: "resourceGroupName",
			tsName: "resourceGroupName",
			in: "path"
		},
		{
			name: "serviceName",
			tsName: "serviceName",
			in: "path"
		},
		{
			name: "accessName",
			tsName: "accessName",
			in: "path"
		}
	],
	clientParameters: ["api-version", "subscriptionId"],
	validateParameters: validateTenantAccessListSecretsParameters,
	responses: [{
		status: 200,
		validate: validateAccessInformationSecretsContract,
		headers: [{
			name: "ETag",
			tsName: "etag",
			type: "string"
		}]
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
	spanName: "ApiManagementClient.tenantAccess.listSecrets"
};
/**
* Get tenant access information details.
*
* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ApiManagement/service/{serviceName}/tenant/{accessName}/listSecrets` (TenantAccess_ListSecrets).
*/
export function tenantAccessListSecrets(client, params, options) {
	return send(client, tenantAccessListSecretsOperation, params, options);
}
//# sourceMappingURL=tenant-access.js.map
