/**
 * Each of the five documented operations, called as the public API shows, against a real HTTPS
 * server: the request on the wire is the REST page's sample request exactly (method, path, query, body),
 * and the page's sample response comes back typed and equal.
 */
import { describe, expect, it } from "vitest";
import { ApiManagementClient } from "azure-keys/apimanagement";
import { DataFactoryClient } from "azure-keys/datafactory";
import {
  DeviceProvisioningServicesClient,
  type SharedAccessSignatureAuthorizationRule,
} from "azure-keys/deviceprovisioningservices";
import { MachineLearningServicesClient } from "azure-keys/machinelearningservices";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import { useHarness } from "./support/harness.ts";

const harness = useHarness();

/** The request line of the page's sample, host removed (the server stands in for it). */
function onlyRequest() {
  expect(harness.server.requests).toHaveLength(1);
  const [request] = harness.server.requests;
  return {
    method: request!.method,
    url: request!.url,
    body: request!.body,
    contentType: request!.headers["content-type"],
  };
}

describe("the REST pages' sample requests", () => {
  it("Purview Scanning: integrationRuntimes.listAuthKeys", async () => {
    const sample = { authKey1: "authKey1", authKey2: "authKey2" };
    harness.server.handle(() => ({
      status: 200,
      headers: { "x-ms-request-id": "d5496da4-9c52-402f-b067-83cc9ddea888" },
      body: sample,
    }));
    const options = harness.options();
    const client = new PurviewScanningClient(options);
    const keys = await client.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "myIntegrationRuntime" });
    expect(keys).toEqual(sample);
    expect(onlyRequest()).toEqual({
      method: "POST",
      url: "/scan/integrationruntimes/myIntegrationRuntime:listAuthKeys?api-version=2023-09-01",
      body: "",
      contentType: undefined,
    });
    expect(options.credential.calls).toEqual([["https://purview.azure.net/.default"]]);
  });

  it("Data Factory: integrationRuntimes.regenerateAuthKey", async () => {
    const sample = { authKey2: "**********" };
    harness.server.handle(() => ({
      status: 200,
      headers: {
        "X-Content-Type-Options": "nosniff",
        "x-ms-ratelimit-remaining-subscription-writes": "1198",
        "x-ms-request-id": "25af6d34-52c6-40a4-a882-16052af85c99",
        "x-ms-correlation-request-id": "25af6d34-52c6-40a4-a882-16052af85c99",
      },
      body: sample,
    }));
    const options = harness.options();
    const client = new DataFactoryClient({ ...options, subscriptionId: "12345678-1234-1234-1234-12345678abc" });
    const keys = await client.integrationRuntimes.regenerateAuthKey({
      resourceGroupName: "exampleResourceGroup",
      factoryName: "exampleFactoryName",
      integrationRuntimeName: "exampleIntegrationRuntime",
      body: { keyName: "authKey2" },
    });
    expect(keys).toEqual(sample);
    expect(onlyRequest()).toEqual({
      method: "POST",
      url: "/subscriptions/12345678-1234-1234-1234-12345678abc/resourceGroups/exampleResourceGroup/providers/Microsoft.DataFactory/factories/exampleFactoryName/integrationRuntimes/exampleIntegrationRuntime/regenerateAuthKey?api-version=2018-06-01",
      body: '{"keyName":"authKey2"}',
      contentType: "application/json",
    });
    expect(options.credential.calls).toEqual([["https://management.azure.com/.default"]]);
  });

  it("API Management: tenantAccess.listSecrets, with the typed ETag header", async () => {
    const sample = {
      id: "5600b59375ff190048030003",
      primaryKey: "<primaryKey>",
      secondaryKey: "<secondaryKey>",
      enabled: true,
    };
    harness.server.handle(() => ({ status: 200, headers: { etag: '"AAAAAAAAAAa="' }, body: sample }));
    const client = new ApiManagementClient({
      ...harness.options(),
      subscriptionId: "00000000-0000-0000-0000-000000000000",
    });
    const etags: (string | undefined)[] = [];
    const secrets = await client.tenantAccess.listSecrets(
      { resourceGroupName: "rg1", serviceName: "apimService1", accessName: "access" },
      { onResponse: (raw) => etags.push(raw.headers.etag) },
    );
    expect(secrets).toEqual(sample);
    expect(etags).toEqual(['"AAAAAAAAAAa="']);
    expect(onlyRequest()).toEqual({
      method: "POST",
      url: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.ApiManagement/service/apimService1/tenant/access/listSecrets?api-version=2024-05-01",
      body: "",
      contentType: undefined,
    });
  });

  it("Machine Learning Services: workspaces.listKeys", async () => {
    const sample = {
      userStorageKey: null,
      userStorageResourceId:
        "/subscriptions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/resourceGroups/ragargeastus2euap/providers/Microsoft.Storage/storageAccounts/testdemoworkazashomr",
      appInsightsInstrumentationKey: null,
      containerRegistryCredentials: {
        location: null,
        username: "testdemoworkjmjmeykp",
        passwords: [
          { name: "password", value: "<value>" },
          { name: "password2", value: "0KARRQoQHSUq1yViPWg7YFernOS=Ic/t" },
        ],
      },
      notebookAccessKeys: { primaryAccessKey: null, secondaryAccessKey: null },
    };
    harness.server.handle(() => ({ status: 200, body: sample }));
    const client = new MachineLearningServicesClient({
      ...harness.options(),
      subscriptionId: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    });
    const keys = await client.workspaces.listKeys({ resourceGroupName: "testrg123", workspaceName: "workspaces123" });
    expect(keys).toEqual(sample);
    expect(onlyRequest()).toEqual({
      method: "POST",
      url: "/subscriptions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/resourceGroups/testrg123/providers/Microsoft.MachineLearningServices/workspaces/workspaces123/listKeys?api-version=2024-10-01",
      body: "",
      contentType: undefined,
    });
  });

  it("Device Provisioning Services: iotDpsResource.listKeys, an async iterable of rules", async () => {
    const sample = {
      value: [
        {
          keyName: "key1",
          primaryKey: "#####################################",
          secondaryKey: "###################################",
          rights: "ServiceConfig",
        },
        {
          keyName: "key2",
          primaryKey: "#######################################",
          secondaryKey: "####################################=",
          rights: "ServiceConfig",
        },
      ],
    };
    harness.server.handle(() => ({ status: 200, body: sample }));
    const client = new DeviceProvisioningServicesClient({
      ...harness.options(),
      subscriptionId: "91d12660-3dec-467a-be2a-213b5544ddc0",
    });
    const rules: SharedAccessSignatureAuthorizationRule[] = [];
    for await (const rule of client.iotDpsResource.listKeys({
      resourceGroupName: "myResourceGroup",
      provisioningServiceName: "myFirstProvisioningService",
    })) {
      rules.push(rule);
    }
    expect(rules).toEqual(sample.value);
    expect(onlyRequest()).toEqual({
      method: "POST",
      url: "/subscriptions/91d12660-3dec-467a-be2a-213b5544ddc0/resourceGroups/myResourceGroup/providers/Microsoft.Devices/provisioningServices/myFirstProvisioningService/listkeys?api-version=2018-01-22",
      body: "",
      contentType: undefined,
    });
  });
});
