/**
 * Type-level checks of the public API, compiled (never run) by compile.test.ts with strict options. Each
 * `@ts-expect-error` must be an error, so the file fails to compile if the API loosens.
 */
import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import { ApiManagementClient, type TenantAccessListSecretsHeaders } from "azure-keys/apimanagement";
import { DataFactoryClient, type DataFactoryClientOptions } from "azure-keys/datafactory";
import { PurviewScanningClient } from "azure-keys/purview-scanning";

const credential = new DefaultAzureCredential();

// DefaultAzureCredential, and any TokenCredential, is a credential the clients accept.
export const factory = new DataFactoryClient({ credential, subscriptionId: "12345678-1234-1234-1234-123456789abc" });
export const purview = new PurviewScanningClient({ credential, endpoint: "https://myaccount.purview.azure.com" });
export const fromInterface = (any: TokenCredential): DataFactoryClientOptions => ({
  credential: any,
  subscriptionId: "s",
});

// @ts-expect-error a client needs a credential
export const noCredential = new DataFactoryClient({ subscriptionId: "s" });
// @ts-expect-error Purview's endpoint is the account's own: required
export const noEndpoint = new PurviewScanningClient({ credential });

export async function calls(): Promise<void> {
  // @ts-expect-error parameters are one named object, never positional
  await factory.integrationRuntimes.regenerateAuthKey("rg", "factory", "ir", { keyName: "authKey1" });
  // @ts-expect-error every path parameter is required
  await factory.integrationRuntimes.regenerateAuthKey({ resourceGroupName: "rg", factoryName: "f", body: {} });

  const apim = new ApiManagementClient({ credential, subscriptionId: "00000000-0000-0000-0000-000000000000" });
  await apim.tenantAccess.listSecrets(
    { resourceGroupName: "rg", serviceName: "apim", accessName: "access" },
    {
      onResponse: (raw) => {
        const etag: string | undefined = raw.headers.etag;
        const typed: TenantAccessListSecretsHeaders = raw.headers;
        // @ts-expect-error only declared headers are typed
        void raw.headers.date;
        void etag;
        void typed;
      },
    },
  );
}
