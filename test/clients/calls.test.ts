/**
 * The calling conventions: standalone functions take the client first, methods take one named parameters
 * object and `{ abortSignal, onResponse }`, and aborting rejects promptly with an AbortError. (The type-level
 * checks — DefaultAzureCredential accepted, no positional parameters — are in types/, run by compile.test.ts.)
 */
import { DataFactoryClient, integrationRuntimesRegenerateAuthKey } from "azure-keys/datafactory";
import { integrationRuntimesListAuthKeys, PurviewScanningClient } from "azure-keys/purview-scanning";
import { describe, expect, it } from "vitest";
import { rejection } from "../runtime/support/errors.ts";
import { SUBSCRIPTION, useHarness } from "./support/harness.ts";

const harness = useHarness();

describe("calls", () => {
  it("standalone functions send what the methods send", async () => {
    harness.server.handle(() => ({ status: 200, body: { authKey1: "a" } }));
    const purview = new PurviewScanningClient(harness.options());
    await expect(integrationRuntimesListAuthKeys(purview, { integrationRuntimeName: "ir-1" })).resolves.toEqual({
      authKey1: "a",
    });
    await expect(purview.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" })).resolves.toEqual({
      authKey1: "a",
    });
    expect(harness.server.requests[0]!.url).toBe(harness.server.requests[1]!.url);

    const factory = new DataFactoryClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    const statuses: number[] = [];
    await integrationRuntimesRegenerateAuthKey(
      factory,
      {
        resourceGroupName: "rg",
        factoryName: "factory-1",
        integrationRuntimeName: "ir-1",
        body: { keyName: "authKey2" },
      },
      { onResponse: (raw) => statuses.push(raw.status) },
    );
    expect(statuses).toEqual([200]);
  });

  it("aborts promptly with an error that says so", async () => {
    harness.server.handle(() => ({ status: 200, hang: true }));
    const purview = new PurviewScanningClient(harness.options());
    const controller = new AbortController();
    const call = purview.integrationRuntimes.listAuthKeys(
      { integrationRuntimeName: "ir-1" },
      { abortSignal: controller.signal },
    );
    while (harness.server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await rejection(call);
    expect(error.name).toBe("AbortError");
    expect(error.message).toMatch(/aborted/i);
  });
});
