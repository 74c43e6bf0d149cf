/**
 * The downstream package tests its own key rotation against the `azure-keys` mocks only: no network, no Azure
 * account, the real clients and pipeline in between. Success, a key that does not change, throttling with retry,
 * a server error on the (non-idempotent) regeneration, and the service's own error bodies.
 */
import type { TokenCredential } from "@azure/core-auth";
import { DataFactoryClient, isRestError } from "azure-keys/datafactory";
import { createMockHttpClient as mockDataFactory } from "azure-keys/datafactory/mocks";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import { createMockHttpClient as mockPurview, fixtures as purviewFixtures } from "azure-keys/purview-scanning/mocks";
import { describe, expect, it } from "vitest";
import { rotateIntegrationRuntimeKey, RotationError } from "./src/rotate-keys.ts";

const TOKEN = "downstream-test-token";
const credential: TokenCredential = { getToken: async () => ({ token: TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }) };
const RUNTIME = { resourceGroupName: "exampleResourceGroup", factoryName: "exampleFactoryName", integrationRuntimeName: "exampleIntegrationRuntime" };
const LIST = "IntegrationRuntimes_ListAuthKeys";
const REGENERATE = "IntegrationRuntimes_RegenerateAuthKey";
/** The keys the documented sample lists: `authKey1`, `authKey2`. */
const BEFORE = purviewFixtures[LIST]["example-integration-runtimes-list-auth-keys"].body;
const FRESH = "RkFLRS1LRVktcm90YXRlZA=="; // base64("FAKE-KEY-rotated")

function setup() {
  const purviewHttp = mockPurview();
  const dataFactoryHttp = mockDataFactory();
  const retryOptions = { retryDelayInMs: 1, maxRetryDelayInMs: 5 };
  const clients = {
    purview: new PurviewScanningClient({ endpoint: "https://myaccount.purview.azure.com", credential, httpClient: purviewHttp, retryOptions }),
    dataFactory: new DataFactoryClient({ credential, subscriptionId: "12345678-1234-1234-1234-12345678abc", httpClient: dataFactoryHttp, retryOptions }),
  };
  // The service regenerates authKey2, and lists it from then on.
  purviewHttp.setScenario(LIST, { answers: [{}, { body: { ...BEFORE, authKey2: FRESH } }] });
  dataFactoryHttp.setScenario(REGENERATE, { body: { authKey2: FRESH } });
  return { clients, purviewHttp, dataFactoryHttp };
}

describe("rotateIntegrationRuntimeKey against the mocks", () => {
  it("lists the keys, regenerates the one not in use, and reads it back", async () => {
    const { clients, purviewHttp, dataFactoryHttp } = setup();
    await expect(rotateIntegrationRuntimeKey(clients, RUNTIME, "authKey1")).resolves.toEqual({ rotated: "authKey2", kept: "authKey1" });
    expect(purviewHttp.calls.map((c) => [c.method, new URL(c.url).pathname, c.status])).toEqual([
      ["POST", "/scan/integrationruntimes/exampleIntegrationRuntime:listAuthKeys", 200],
      ["POST", "/scan/integrationruntimes/exampleIntegrationRuntime:listAuthKeys", 200],
    ]);
    expect(dataFactoryHttp.calls).toHaveLength(1);
    expect(dataFactoryHttp.calls[0]).toMatchObject({ method: "POST", body: { keyName: "authKey2" }, status: 200 });
    expect(dataFactoryHttp.calls[0]!.url).toBe(
      "https://management.azure.com/subscriptions/12345678-1234-1234-1234-12345678abc/resourceGroups/exampleResourceGroup" +
        "/providers/Microsoft.DataFactory/factories/exampleFactoryName/integrationRuntimes/exampleIntegrationRuntime/regenerateAuthKey?api-version=2018-06-01",
    );
    expect(JSON.stringify([purviewHttp.calls, dataFactoryHttp.calls])).not.toContain(TOKEN);
  });

  it("refuses a rotation whose key reads back unchanged", async () => {
    const { clients, purviewHttp } = setup();
    purviewHttp.setScenario(LIST, {});
    await expect(rotateIntegrationRuntimeKey(clients, RUNTIME, "authKey1")).rejects.toThrow(RotationError);
  });

  it("rides out throttling: the client retries a 429 after Retry-After, even for the regeneration", async () => {
    const { clients, dataFactoryHttp } = setup();
    dataFactoryHttp.setScenario(REGENERATE, { body: { authKey2: FRESH }, throttle: { count: 1, retryAfterMs: 10 } });
    await expect(rotateIntegrationRuntimeKey(clients, RUNTIME, "authKey1")).resolves.toMatchObject({ rotated: "authKey2" });
    expect(dataFactoryHttp.calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it("sends a failed regeneration exactly once and surfaces the service's error", async () => {
    const { clients, dataFactoryHttp } = setup();
    dataFactoryHttp.setScenario(REGENERATE, { fixture: "error-500" });
    const error = await rotateIntegrationRuntimeKey(clients, RUNTIME, "authKey1").catch((e: unknown) => e);
    expect(isRestError(error) && [error.statusCode, error.code]).toEqual([500, "InternalServerError"]);
    expect(dataFactoryHttp.calls).toHaveLength(1);
  });

  it("stops before regenerating when the runtime cannot be read (Purview's error model)", async () => {
    const { clients, purviewHttp, dataFactoryHttp } = setup();
    purviewHttp.setScenario(LIST, { status: 404 });
    const error = await rotateIntegrationRuntimeKey(clients, RUNTIME, "authKey1").catch((e: unknown) => e);
    expect(isRestError(error) && [error.statusCode, error.code]).toEqual([404, "NotFound"]);
    expect(dataFactoryHttp.calls).toHaveLength(0);
  });
});
