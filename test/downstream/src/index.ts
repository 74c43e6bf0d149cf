/**
 * A downstream package using azure-keys as an application would: only through the package's exports, under
 * strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess. It calls every client and handles the
 * errors the clients document. Compiled by test/clients/compile.test.ts; never run against Azure.
 */
import {
  ApiManagementClient,
  redactAccessInformationSecretsContract,
  type AccessInformationSecretsContract,
  type ClientOptions,
} from "azure-keys/apimanagement";
import {
  DataFactoryClient,
  integrationRuntimesRegenerateAuthKey,
  isRestError,
  RequestValidationError,
  type IntegrationRuntimeAuthKeys,
  type ServiceRestError,
} from "azure-keys/datafactory";
import { isCloudError } from "azure-keys/datafactory/validators";
import {
  DeviceProvisioningServicesClient,
  type SharedAccessSignatureAuthorizationRule,
} from "azure-keys/deviceprovisioningservices";
import { MachineLearningServicesClient, type ListWorkspaceKeysResult } from "azure-keys/machinelearningservices";
import { PurviewScanningClient, ResponseValidationError } from "azure-keys/purview-scanning";

export type Credential = ClientOptions["credential"];

export interface Target {
  subscriptionId: string;
  resourceGroupName: string;
  purviewEndpoint: string;
}

/** Rotates Data Factory's second key; explains a refused name or a service error instead of throwing. */
export async function rotateFactoryKey(
  credential: Credential,
  target: Target,
  factoryName: string,
  signal?: AbortSignal,
): Promise<string> {
  const client = new DataFactoryClient({
    credential,
    subscriptionId: target.subscriptionId,
    validateResponses: "throw",
  });
  try {
    const keys: IntegrationRuntimeAuthKeys = await client.integrationRuntimes.regenerateAuthKey(
      {
        resourceGroupName: target.resourceGroupName,
        factoryName,
        integrationRuntimeName: "shir-1",
        body: { keyName: "authKey2" },
      },
      { abortSignal: signal },
    );
    return keys.authKey2 ?? "";
  } catch (error) {
    if (error instanceof RequestValidationError) return `refused ${error.parameter} (${error.rule})`;
    if (isRestError(error)) {
      const failure: ServiceRestError = error;
      const code = isCloudError(failure.details) ? failure.details.error.code : failure.code;
      return `failed ${failure.statusCode ?? 0} ${code ?? "unknown"} ${failure.requestId ?? ""}`;
    }
    throw error;
  }
}

/** The same call through the tree-shakable function. */
export function rotateFactoryKeyStandalone(
  client: DataFactoryClient,
  factoryName: string,
): Promise<IntegrationRuntimeAuthKeys> {
  return integrationRuntimesRegenerateAuthKey(client, {
    resourceGroupName: "rg",
    factoryName,
    integrationRuntimeName: "shir-1",
    body: { keyName: "authKey1" },
  });
}

export async function tenantSecrets(
  credential: Credential,
  target: Target,
): Promise<{ secrets: AccessInformationSecretsContract; etag: string | undefined }> {
  const client = new ApiManagementClient({
    credential,
    subscriptionId: target.subscriptionId,
    retryOptions: { maxRetries: 2 },
  });
  let etag: string | undefined;
  const secrets = await client.tenantAccess.listSecrets(
    { resourceGroupName: target.resourceGroupName, serviceName: "apim-1", accessName: "gitAccess" },
    { onResponse: (raw) => (etag = raw.headers.etag) },
  );
  console.log("tenant access", redactAccessInformationSecretsContract(secrets));
  return { secrets, etag };
}

export async function workspaceKeys(credential: Credential, target: Target): Promise<string[]> {
  const client = new MachineLearningServicesClient({
    credential,
    subscriptionId: target.subscriptionId,
    apiVersion: "2024-10-01",
  });
  const keys: ListWorkspaceKeysResult = await client.workspaces.listKeys({
    resourceGroupName: target.resourceGroupName,
    workspaceName: "ws-1",
  });
  const passwords = keys.containerRegistryCredentials?.passwords ?? [];
  const first = passwords[0];
  return first?.value === undefined ? [] : [first.value, ...(keys.userStorageKey ? [keys.userStorageKey] : [])];
}

export async function provisioningKeys(
  credential: Credential,
  target: Target,
): Promise<SharedAccessSignatureAuthorizationRule[]> {
  const client = new DeviceProvisioningServicesClient({ credential, subscriptionId: target.subscriptionId });
  const rules: SharedAccessSignatureAuthorizationRule[] = [];
  for await (const page of client.iotDpsResource
    .listKeys({ resourceGroupName: target.resourceGroupName, provisioningServiceName: "dps-1" })
    .byPage()) {
    rules.push(...(page.value ?? []));
  }
  for await (const rule of client.iotDpsResource.listKeys({
    resourceGroupName: target.resourceGroupName,
    provisioningServiceName: "dps-1",
  })) {
    if (rule.rights === "ServiceConfig") rules.push(rule);
  }
  return rules;
}

export async function scanningKeys(credential: Credential, target: Target): Promise<string | undefined> {
  const client = new PurviewScanningClient({ credential, endpoint: target.purviewEndpoint, validateResponses: "warn" });
  try {
    const keys = await client.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "shir-1" });
    return keys.authKey1;
  } catch (error) {
    if (error instanceof ResponseValidationError) return error.issues.map((issue) => issue.path).join(",");
    throw error;
  }
}
