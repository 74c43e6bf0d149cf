import type { OperationOptions } from "../../../runtime/operation.js";
import type { PurviewScanningClient } from "../client.js";
import type { IntegrationRuntimeAuthKeys } from "../models.js";
/** Parameters of {@link integrationRuntimesListAuthKeys}. */
export interface IntegrationRuntimesListAuthKeysParameters {
	/**
	* The integration runtime name.
	*
	* Checked before sending: matches `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`; 3 to 63 characters.
	*/
	integrationRuntimeName: string;
}
/**
* Retrieves the authentication keys for an integration runtime.
*
* `POST /integrationruntimes/{integrationRuntimeName}:listAuthKeys` (IntegrationRuntimes_ListAuthKeys).
*/
export declare function integrationRuntimesListAuthKeys(client: PurviewScanningClient, params: IntegrationRuntimesListAuthKeysParameters, options?: OperationOptions): Promise<IntegrationRuntimeAuthKeys>;
//# sourceMappingURL=integration-runtimes.d.ts.map
