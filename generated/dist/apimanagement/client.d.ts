import { type ClientOptions, ServiceClient } from "../runtime/client.js";
import type { OperationOptions } from "../runtime/operation.js";
import type { AccessInformationSecretsContract } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../runtime/errors.js";
export type { ServiceRestError } from "../runtime/errors.js";
export type { OperationOptions, RawResponse } from "../runtime/operation.js";
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
    accessName: "access" | "gitAccess";
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
/** A deep copy of a {@link AccessInformationSecretsContract} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactAccessInformationSecretsContract(value: AccessInformationSecretsContract): AccessInformationSecretsContract;
//# sourceMappingURL=client.d.ts.map
