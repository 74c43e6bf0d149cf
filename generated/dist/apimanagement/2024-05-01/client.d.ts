import { type ClientOptions, ServiceClient } from "../../runtime/client.js";
import type { OperationOptions } from "../../runtime/operation.js";
import { type TenantAccessListSecretsHeaders, type TenantAccessListSecretsParameters } from "./client/tenant-access.js";
import type { AccessInformationSecretsContract } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../../runtime/errors.js";
export type { ServiceRestError } from "../../runtime/errors.js";
export type { OperationOptions, OperationRequestOptions, RawResponse } from "../../runtime/operation.js";
export * from "./client/tenant-access.js";
export * from "./redactors.js";
/** Options of {@link ApiManagementClient}: core's pipeline options, `credential` and the service's own. */
export interface ApiManagementClientOptions extends ClientOptions {
	/** The ID of the target subscription. The value must be an UUID. */
	subscriptionId: string;
}
/**
* ApiManagementClient
*
* Get tenant access information details.
*
* api-version 2024-05-01; token scope `https://management.azure.com/.default`.
*/
export declare class ApiManagementClient extends ServiceClient {
	readonly tenantAccess: TenantAccessOperations;
	constructor(options: ApiManagementClientOptions);
}
/** The `tenantAccess` operations of {@link ApiManagementClient}. */
export interface TenantAccessOperations {
	/**
	* Get tenant access information details.
	*
	* `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ApiManagement/service/{serviceName}/tenant/{accessName}/listSecrets` (TenantAccess_ListSecrets).
	*/
	listSecrets(params: TenantAccessListSecretsParameters, options?: OperationOptions<TenantAccessListSecretsHeaders>): Promise<AccessInformationSecretsContract>;
}
//# sourceMappingURL=client.d.ts.map
