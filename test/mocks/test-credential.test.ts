/** `createTestCredential()` from `<service>/mocks`: a fake TokenCredential that works with the mock client offline. */
import { describe, expect, it } from "vitest";
import { DataFactoryClient } from "../../generated/src/datafactory/index.ts";
import { createMockHttpClient, createTestCredential } from "../../generated/src/datafactory/mocks.ts";

describe("createTestCredential", () => {
  it("hands out a fake bearer token, records the scopes asked for, and drives a mocked call", async () => {
    const credential = createTestCredential();
    const httpClient = createMockHttpClient();
    const client = new DataFactoryClient({ credential, subscriptionId: "12345678-1234-1234-1234-12345678abc", httpClient });
    const keys = await client.integrationRuntimes.regenerateAuthKey({ resourceGroupName: "exampleResourceGroup", factoryName: "exampleFactoryName", integrationRuntimeName: "exampleIntegrationRuntime", body: { keyName: "authKey2" } });
    expect(typeof keys.authKey2).toBe("string");
    expect(credential.requestedScopes).toEqual([["https://management.azure.com/.default"]]);
    expect(httpClient.calls).toHaveLength(1);
    expect(httpClient.calls[0]!.headers["authorization"]).toBeDefined();
  });

  it("takes its token and lifetime from the options, and honours an aborted signal", async () => {
    const credential = createTestCredential({ token: "t", expiresInMs: 1000 });
    const before = Date.now();
    const token = await credential.getToken("scope");
    expect(token).toMatchObject({ token: "t", tokenType: "Bearer" });
    expect(token!.expiresOnTimestamp).toBeGreaterThanOrEqual(before + 1000);
    const controller = new AbortController();
    controller.abort();
    await expect(credential.getToken(["a"], { abortSignal: controller.signal })).rejects.toThrow(/aborted/);
  });
});
