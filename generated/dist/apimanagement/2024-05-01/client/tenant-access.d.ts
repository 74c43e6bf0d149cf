import type { OperationOptions } from "../../../runtime/operation.js";
import type { ApiManagementClient } from "../client.js";
import type { AccessInformationSecretsContract } from "../models.js";
/** Parameters of {@link tenantAccessListSecrets}. */
export interface TenantAccessListSecretsParameters {
	/**
	* The name of the resource group. The name is case insensitive.
	*
	* Checked before sending: matches `^[-\w\._\(\)]+$`; 1 to 90 characters.
	*/
	resourceGroupName: string;
	/**
	* The name of the API Management service.
	*
	* Checked before sending: matches `^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$`; 1 to 50 characters.
	*/
	serviceName: string;
	/** The identifier of the Access configuration. */
	accessName: string;
}
/** Response headers the operation declares, typed (present when the service sent them). */
export interface TenantAccessListSecretsHeaders {
	/**
	* Current entity state version. Should be treated as opaque and used to make conditional HTTP requests.
	*
	* Header `ETag`.
	*/
	etag?: string;
}
/**
* Get tenant access information details.
*
* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ApiManagement/service/{serviceName}/tenant/{accessName}/listSecrets` (TenantAccess_ListSecrets).
*/
export declare function tenantAccessListSecrets(client: ApiManagementClient, params: TenantAccessListSecretsParameters, options?: OperationOptions<TenantAccessListSecretsHeaders>): Promise<AccessInformationSecretsContract>;
//# sourceMappingURL=tenant-access.d.ts.map
