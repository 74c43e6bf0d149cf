/**
 * Every generated client against its service's `createMockHttpClient`, through the real core pipeline: the
 * documented sample answer, each service's error model surfacing as `RestError`, throttling with retry, paging
 * across pages, and a bad parameter sent raw (past the client's own checks) rejected with the service's 400 body.
 */
import type { TokenCredential } from "@azure/core-auth";
import { createPipelineRequest, type HttpClient, type Pipeline } from "@azure/core-rest-pipeline";
import { ApiManagementClient } from "azure-keys/apimanagement";
import * as apim from "azure-keys/apimanagement/mocks";
import { DataFactoryClient, isRestError } from "azure-keys/datafactory";
import * as df from "azure-keys/datafactory/mocks";
import { DeviceProvisioningServicesClient } from "azure-keys/deviceprovisioningservices";
import * as dps from "azure-keys/deviceprovisioningservices/mocks";
import { MachineLearningServicesClient } from "azure-keys/machinelearningservices";
import * as ml from "azure-keys/machinelearningservices/mocks";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import * as purview from "azure-keys/purview-scanning/mocks";
import { describe, expect, it } from "vitest";
import type { MockController, MockErrorModel, MockFixture } from "../../generator/runtime/mock-types.ts";

const credential: TokenCredential = { getToken: async () => ({ token: "client-test-token", expiresOnTimestamp: Date.now() + 3_600_000 }) };
const retryOptions = { retryDelayInMs: 1, maxRetryDelayInMs: 5 };
const ARM = "https://management.azure.com";
const PURVIEW = "https://myaccount.purview.azure.com";

interface Case {
  service: string;
  operationId: string;
  fixtures: Record<string, MockFixture>;
  errorModel: MockErrorModel;
  /** A client on a fresh mock; `call` runs the operation with the documented sample's parameters. */
  start(): { mock: HttpClient & MockController; pipeline: Pipeline; call(): Promise<unknown> };
  /** The sample request's URL with one path value replaced by a value the spec forbids. */
  badUrl: string;
  badTarget: string;
}

const CASES: Case[] = [
  {
    service: "purview-scanning",
    errorModel: purview.serviceDescription.errorModel,
    operationId: "IntegrationRuntimes_ListAuthKeys",
    fixtures: purview.fixtures.IntegrationRuntimes_ListAuthKeys,
    start() {
      const mock = purview.createMockHttpClient();
      const client = new PurviewScanningClient({ endpoint: PURVIEW, credential, httpClient: mock, retryOptions });
      return { mock, pipeline: client.pipeline, call: () => client.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "myIntegrationRuntime" }) };
    },
    badUrl: `${PURVIEW}/scan/integrationruntimes/my%2Fruntime:listAuthKeys?api-version=2023-09-01`,
    badTarget: "integrationRuntimeName",
  },
  {
    service: "datafactory",
    errorModel: df.serviceDescription.errorModel,
    operationId: "IntegrationRuntimes_RegenerateAuthKey",
    fixtures: df.fixtures.IntegrationRuntimes_RegenerateAuthKey,
    start() {
      const mock = df.createMockHttpClient();
      const client = new DataFactoryClient({ credential, subscriptionId: "12345678-1234-1234-1234-12345678abc", httpClient: mock, retryOptions });
      const call = () =>
        client.integrationRuntimes.regenerateAuthKey({
          resourceGroupName: "exampleResourceGroup",
          factoryName: "exampleFactoryName",
          integrationRuntimeName: "exampleIntegrationRuntime",
          body: { keyName: "authKey2" },
        });
      return { mock, pipeline: client.pipeline, call };
    },
    badUrl: `${ARM}/subscriptions/12345678-1234-1234-1234-12345678abc/resourceGroups/exampleResourceGroup/providers/Microsoft.DataFactory/factories/..%2Fevil/integrationRuntimes/rt1/regenerateAuthKey?api-version=2018-06-01`,
    badTarget: "factoryName",
  },
  {
    service: "apimanagement",
    errorModel: apim.serviceDescription.errorModel,
    operationId: "TenantAccess_ListSecrets",
    fixtures: apim.fixtures.TenantAccess_ListSecrets,
    start() {
      const mock = apim.createMockHttpClient();
      const client = new ApiManagementClient({ credential, subscriptionId: "00000000-0000-0000-0000-000000000000", httpClient: mock, retryOptions });
      return { mock, pipeline: client.pipeline, call: () => client.tenantAccess.listSecrets({ resourceGroupName: "rg1", serviceName: "apimService1", accessName: "access" }) };
    },
    badUrl: `${ARM}/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.ApiManagement/service/-bad-/tenant/access/listSecrets?api-version=2024-05-01`,
    badTarget: "serviceName",
  },
  {
    service: "machinelearningservices",
    errorModel: ml.serviceDescription.errorModel,
    operationId: "Workspaces_ListKeys",
    fixtures: ml.fixtures.Workspaces_ListKeys,
    start() {
      const mock = ml.createMockHttpClient();
      const client = new MachineLearningServicesClient({ credential, subscriptionId: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", httpClient: mock, retryOptions });
      return { mock, pipeline: client.pipeline, call: () => client.workspaces.listKeys({ resourceGroupName: "testrg123", workspaceName: "workspaces123" }) };
    },
    badUrl: `${ARM}/subscriptions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/resourceGroups/testrg123/providers/Microsoft.MachineLearningServices/workspaces/ab/listKeys?api-version=2024-10-01`,
    badTarget: "workspaceName",
  },
  {
    service: "deviceprovisioningservices",
    errorModel: dps.serviceDescription.errorModel,
    operationId: "IotDpsResource_ListKeys",
    fixtures: dps.fixtures.IotDpsResource_ListKeys,
    start() {
      const mock = dps.createMockHttpClient();
      const client = new DeviceProvisioningServicesClient({ credential, subscriptionId: "91d12660-3dec-467a-be2a-213b5544ddc0", httpClient: mock, retryOptions });
      const call = async () => {
        const items = [];
        for await (const item of client.iotDpsResource.listKeys({ resourceGroupName: "myResourceGroup", provisioningServiceName: "myFirstProvisioningService" })) items.push(item);
        return { value: items };
      };
      return { mock, pipeline: client.pipeline, call };
    },
    // DPS declares no pattern on its path parameters: the api-version is what the mock can reject.
    badUrl: `${ARM}/subscriptions/91d12660-3dec-467a-be2a-213b5544ddc0/resourceGroups/myResourceGroup/providers/Microsoft.Devices/provisioningServices/dps1/listkeys?api-version=1999-01-01`,
    badTarget: "api-version",
  },
];

const sampleOf = (c: Case) => Object.entries(c.fixtures).find(([name]) => name.startsWith("example-"))![1];

/** The value at an RFC 6901 pointer (the error model's pointers have no escaped tokens). */
const at = (value: unknown, pointer: string): unknown =>
  pointer.split("/").slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

describe.each(CASES)("$service client on its mock", (c) => {
  it("gets the documented sample response", async () => {
    const { mock, call } = c.start();
    expect(await call()).toEqual(sampleOf(c).body);
    expect(mock.calls).toHaveLength(1);
    expect(mock.calls[0]!.headers["authorization"]).toBe("Bearer <redacted>");
  });

  it.each(["error-400", "error-404", "error-500"])("throws RestError for %s in the service's error model", async (name) => {
    const { mock, call } = c.start();
    mock.setScenario(c.operationId, { fixture: name });
    const fixture = c.fixtures[name]!;
    const error = await call().catch((e: unknown) => e);
    expect(isRestError(error)).toBe(true);
    const restError = error as { statusCode?: number; code?: string; message: string };
    expect(restError.statusCode).toBe(fixture.status);
    expect(restError.code).toBe(at(fixture.body, c.errorModel.code));
    expect(restError.message).toContain(at(fixture.body, c.errorModel.message) as string);
  });

  it("retries throttled calls after Retry-After and succeeds", async () => {
    const { mock, call } = c.start();
    mock.setScenario(c.operationId, { throttle: { count: 2, retryAfterMs: 5 } });
    expect(await call()).toEqual(sampleOf(c).body);
    expect(mock.calls.map((call) => call.status)).toEqual([429, 429, 200]);
  });

  it("rejects a bad parameter sent raw with the service's 400 body", async () => {
    const { mock, pipeline } = c.start();
    const response = await pipeline.sendRequest(mock, createPipelineRequest({ url: c.badUrl, method: "POST" }));
    expect(response.status).toBe(400);
    const body: unknown = JSON.parse(response.bodyAsText!);
    expect(at(body, c.errorModel.code)).toMatch(/^(InvalidParameter|InvalidApiVersionParameter)$/);
    if (c.errorModel.target) expect(at(body, c.errorModel.target)).toBe(c.badTarget);
    else expect(at(body, c.errorModel.message)).toContain(c.badTarget);
  });
});

describe("paging", () => {
  it("follows nextLink across three pages with GETs of the links as given", async () => {
    const mock = dps.createMockHttpClient();
    const client = new DeviceProvisioningServicesClient({ credential, subscriptionId: "91d12660-3dec-467a-be2a-213b5544ddc0", httpClient: mock, retryOptions });
    const rules = [1, 2, 3, 4, 5].map((n) => ({ keyName: `key${n}`, primaryKey: "a2V5", secondaryKey: "a2V5", rights: "ServiceConfig" as const }));
    mock.setScenario("IotDpsResource_ListKeys", { pages: 3, body: { value: rules } });
    const params = { resourceGroupName: "myResourceGroup", provisioningServiceName: "myFirstProvisioningService" };
    const pages = [];
    for await (const page of client.iotDpsResource.listKeys(params).byPage()) pages.push((page.value ?? []).map((rule) => rule.keyName));
    expect(pages).toEqual([["key1", "key2"], ["key3", "key4"], ["key5"]]);
    expect(mock.calls.map((call) => call.method)).toEqual(["POST", "GET", "GET"]);
    expect(mock.calls[1]!.url).toMatch(/\/listkeys\?api-version=2018-01-22&\$skiptoken=1-1$/);
  });
});
