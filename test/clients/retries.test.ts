/**
 * Retries through the generated clients: reads get core's retries; Data Factory's regenerateAuthKey, which the
 * IR marks non-idempotent, is retried only when the service cannot have acted (429, connection refused).
 */
import { DataFactoryClient, type IntegrationRuntimesRegenerateAuthKeyParameters } from "azure-keys/datafactory";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import { describe, expect, it } from "vitest";
import { rejection } from "../runtime/support/errors.ts";
import { closedPort } from "../runtime/support/https-server.ts";
import { SUBSCRIPTION, useHarness } from "./support/harness.ts";

const harness = useHarness();
const regenerateParams: IntegrationRuntimesRegenerateAuthKeyParameters = {
  resourceGroupName: "exampleResourceGroup",
  factoryName: "exampleFactoryName",
  integrationRuntimeName: "exampleIntegrationRuntime",
  body: { keyName: "authKey2" },
};
const internalError = { error: { code: "InternalServerError", message: "Something went wrong." } };

describe("retries", () => {
  it("attempts regenerateAuthKey exactly once on a 500", async () => {
    harness.server.handle(() => ({ status: 500, body: internalError }));
    const client = new DataFactoryClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    expect(await rejection(client.integrationRuntimes.regenerateAuthKey(regenerateParams))).toMatchObject({
      statusCode: 500,
      code: "InternalServerError",
    });
    expect(harness.server.requests).toHaveLength(1);
  });

  it("attempts regenerateAuthKey once on a 503 with Retry-After and on a dropped connection", async () => {
    const client = new DataFactoryClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    harness.server.handle(() => ({ status: 503, headers: { "retry-after": "0" }, body: internalError }));
    await rejection(client.integrationRuntimes.regenerateAuthKey(regenerateParams));
    harness.server.handle(() => ({ status: 200, drop: true }));
    expect(await rejection(client.integrationRuntimes.regenerateAuthKey(regenerateParams))).toMatchObject({
      code: "ECONNRESET",
    });
    expect(harness.server.requests).toHaveLength(2);
  });

  it("retries regenerateAuthKey after a 429", async () => {
    harness.server.handle((_, i) =>
      i < 2 ? { status: 429, headers: { "retry-after-ms": "1" } } : { status: 200, body: { authKey2: "new" } },
    );
    const client = new DataFactoryClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    await expect(client.integrationRuntimes.regenerateAuthKey(regenerateParams)).resolves.toEqual({ authKey2: "new" });
    expect(harness.server.requests).toHaveLength(3);
  });

  it("retries regenerateAuthKey when the connection is refused, up to maxRetries", async () => {
    const port = await closedPort();
    const credential = harness.options().credential;
    const client = new DataFactoryClient({
      credential,
      subscriptionId: SUBSCRIPTION,
      endpoint: `https://127.0.0.1:${port}`,
      retryOptions: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 2 },
    });
    let attempts = 0;
    client.pipeline.addPolicy(
      { name: "countAttempts", sendRequest: (request, next) => (attempts++, next(request)) },
      { afterPhase: "Retry" },
    );
    expect(await rejection(client.integrationRuntimes.regenerateAuthKey(regenerateParams))).toMatchObject({
      code: "ECONNREFUSED",
    });
    expect(attempts).toBe(3);
  });

  it("retries a read (Purview listAuthKeys) on 500 and 503 with core's policy, up to maxRetries", async () => {
    harness.server.handle((_, i) =>
      i < 2
        ? { status: i === 0 ? 500 : 503, body: internalError }
        : { status: 200, body: { authKey1: "a", authKey2: "b" } },
    );
    const client = new PurviewScanningClient(harness.options());
    await expect(client.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" })).resolves.toEqual({
      authKey1: "a",
      authKey2: "b",
    });
    expect(harness.server.requests).toHaveLength(3);

    harness.server.handle(() => ({ status: 500, body: internalError }));
    const limited = new PurviewScanningClient(harness.options({ maxRetries: 1 }));
    expect(await rejection(limited.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" }))).toMatchObject(
      { statusCode: 500 },
    );
    expect(harness.server.requests).toHaveLength(5);
  });
});
