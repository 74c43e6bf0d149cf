import { type ClientOptions, ServiceClient } from "../runtime/client.js";
import type { OperationOptions } from "../runtime/operation.js";
import type { IntegrationRuntimeAuthKeys, IntegrationRuntimeRegenerateKeyParameters } from "./models.js";
export { isRestError, RestError } from "@azure/core-rest-pipeline";
export type { AdditionalPolicyConfig, ClientOptions, ValidateResponses } from "../runtime/client.js";
export { RequestValidationError, ResponseValidationError } from "../runtime/errors.js";
export type { ServiceRestError } from "../runtime/errors.js";
export type { OperationOptions, RawResponse } from "../runtime/operation.js";
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
/** Parameters of {@link integrationRuntimesRegenerateAuthKey}. */
export interface IntegrationRuntimesRegenerateAuthKeyParameters {
    /**
     * The resource group name.
     *
     * Checked before sending: matches `^[-\w\._\(\)]+$`; 1 to 90 characters.
     */
    resourceGroupName: string;
    /**
     * The factory name.
     *
     * Checked before sending: matches `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`; 3 to 63 characters.
     */
    factoryName: string;
    /**
     * The integration runtime name.
     *
     * Checked before sending: matches `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`; 3 to 63 characters.
     */
    integrationRuntimeName: string;
    /** The parameters for regenerating integration runtime authentication key. */
    body: IntegrationRuntimeRegenerateKeyParameters;
}
/**
 * Regenerates the authentication key for an integration runtime.
 *
 * `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}/integrationRuntimes/{integrationRuntimeName}/regenerateAuthKey` (IntegrationRuntimes_RegenerateAuthKey).
 */
export declare function integrationRuntimesRegenerateAuthKey(client: DataFactoryClient, params: IntegrationRuntimesRegenerateAuthKeyParameters, options?: OperationOptions): Promise<IntegrationRuntimeAuthKeys>;
/** A deep copy of a {@link IntegrationRuntimeAuthKeys} with every secret replaced by `"REDACTED"`, for logging. */
export declare function redactIntegrationRuntimeAuthKeys(value: IntegrationRuntimeAuthKeys): IntegrationRuntimeAuthKeys;
//# sourceMappingURL=client.d.ts.map
