import type { OperationOptions } from "../../../runtime/operation.js";
import type { DataFactoryClient } from "../client.js";
import type { IntegrationRuntimeAuthKeys, IntegrationRuntimeRegenerateKeyParameters } from "../models.js";
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
//# sourceMappingURL=integration-runtimes.d.ts.map
