/**
 * The mocks' long-running-operation scenario: a successful call of an LRO operation is answered 202 with a
 * status monitor on the mock, polled until done, its result served where final-state-via says; a failed
 * operation rejects with RestError; `lro: false` answers at once. Driven through the generated client with the
 * generated `createMockHttpClient()` (the real pipeline, no network).
 */
import { createHttpHeaders, createPipelineRequest, RestError } from "@azure/core-rest-pipeline";
import { describe, expect, it } from "vitest";
import { countingCredential } from "../runtime/support/credential.ts";
import { rejection } from "../runtime/support/errors.ts";
import { useLroPackage } from "./support/lro-package.ts";

const pkg = useLroPackage("lro-mocks", { tsc: false });

interface MockHttpClient {
  calls: readonly { method: string; url: string; operationId?: string; status?: number }[];
  setScenario(operationId: string, scenario: object): void;
}
type Method = (params?: object, options?: object) => Promise<unknown>;
type Group = Record<string, Method>;

function mockClient(): { client: Record<"integrationRuntimes" | "credentials" | "scans", Group>; mock: MockHttpClient } {
  const mock = (pkg.mocks["createMockHttpClient"] as () => MockHttpClient)();
  const Client = pkg.entry["PurviewLroClient"] as new (options: object) => Record<"integrationRuntimes" | "credentials" | "scans", Group>;
  const client = new Client({ credential: countingCredential(), endpoint: "https://myaccount.purview.azure.com", httpClient: mock });
  return { client, mock };
}

const fast = { updateIntervalInMs: 1 };
const trail = (mock: MockHttpClient) => mock.calls.map((c) => `${c.method} ${new URL(c.url).pathname} ${c.status}`);

describe("mock LRO scenario", () => {
  it("answers 202, polls the status monitor until Succeeded, then serves the result (Location, by default for POST)", async () => {
    const { client, mock } = mockClient();
    mock.setScenario("IntegrationRuntimes_DisableInteractiveQuery", { lro: { polls: 2 } });
    const result = await client.integrationRuntimes["beginDisableInteractiveQueryAndWait"]!({ integrationRuntimeName: "my-runtime" }, fast);
    expect(result).toEqual(expect.any(Object));
    expect(trail(mock)).toEqual([
      "POST /scan/integrationruntimes/my-runtime:disableInteractiveQuery 202",
      "GET /scan/.oagen-mock/operations/1 200",
      "GET /scan/.oagen-mock/operations/1 200",
      "GET /scan/.oagen-mock/operations/1 200",
      "GET /scan/.oagen-mock/operations/1/result 200",
    ]);
  });

  it("runs every final-state-via to a result that passes the client's response validation", async () => {
    const { client, mock } = mockClient();
    await client.integrationRuntimes["beginEnableInteractiveQueryAndWait"]!({ integrationRuntimeName: "my-runtime", body: {} }, fast);
    await client.integrationRuntimes["beginRegenerateAuthKeyAndWait"]!({ integrationRuntimeName: "my-runtime", body: { keyName: "authKey1" } }, fast);
    await client.credentials["beginCreateOrReplaceAndWait"]!({ credentialName: "cred1", body: { name: "cred1" } }, fast);
    await client.scans["beginRunAndWait"]!({ scanName: "scan-1" }, fast);
    expect(await client.credentials["beginDeleteAndWait"]!({ credentialName: "cred1" }, fast)).toBeUndefined();
    expect(trail(mock)).toEqual([
      "POST /scan/integrationruntimes/my-runtime:enableInteractiveQuery 202",
      "GET /scan/.oagen-mock/operations/1 200",
      "GET /scan/.oagen-mock/operations/1 200",
      "POST /scan/integrationruntimes/my-runtime:regenerateAuthKey 202",
      "GET /scan/.oagen-mock/operations/2 200",
      "GET /scan/.oagen-mock/operations/2 200",
      "GET /scan/.oagen-mock/operations/2/result 200",
      "PUT /scan/credentials/cred1 201",
      "GET /scan/.oagen-mock/operations/3 200",
      "GET /scan/.oagen-mock/operations/3 200",
      "GET /scan/credentials/cred1 200",
      "POST /scan/scans/scan-1:run 202",
      "GET /scan/.oagen-mock/operations/4 200",
      "GET /scan/.oagen-mock/operations/4 200",
      "GET /scan/scans/scan-1:run 200",
      "DELETE /scan/credentials/cred1 202",
      "GET /scan/.oagen-mock/operations/5 200",
      "GET /scan/.oagen-mock/operations/5 200",
    ]);
  });

  it("a failed operation rejects with RestError carrying the scenario's error", async () => {
    const { client, mock } = mockClient();
    mock.setScenario("IntegrationRuntimes_DisableInteractiveQuery", { lro: { outcome: "failed", error: { code: "RuntimeOffline", message: "offline" } } });
    const error = await rejection(client.integrationRuntimes["beginDisableInteractiveQueryAndWait"]!({ integrationRuntimeName: "my-runtime" }, fast));
    expect(error).toBeInstanceOf(RestError);
    expect(error).toMatchObject({ code: "RuntimeOffline", message: "offline" });
  });

  it("lro: false answers the result at once; an error status is answered as an error, not started", async () => {
    const { client, mock } = mockClient();
    mock.setScenario("Scans_Run", { lro: false });
    await client.scans["beginRunAndWait"]!({ scanName: "scan-1" }, fast);
    mock.setScenario("Scans_Run", { status: 409 });
    expect(await rejection(client.scans["beginRunAndWait"]!({ scanName: "scan-1" }, fast))).toMatchObject({ statusCode: 409 });
    expect(trail(mock)).toEqual(["POST /scan/scans/scan-1:run 200", "POST /scan/scans/scan-1:run 409"]);
  });

  it("the status monitor requires the bearer token like every operation", async () => {
    const { client, mock } = mockClient();
    await client.integrationRuntimes["beginDisableInteractiveQuery"]!({ integrationRuntimeName: "my-runtime" }, fast);
    const monitor = mock.calls[0]!.url.replace(/\/integrationruntimes\/.*$/, "/.oagen-mock/operations/1");
    const sender = mock as unknown as { sendRequest(request: ReturnType<typeof createPipelineRequest>): Promise<{ status: number }> };
    expect((await sender.sendRequest(createPipelineRequest({ url: monitor, method: "GET" }))).status).toBe(401);
    const authorized = createPipelineRequest({ url: monitor, method: "GET", headers: createHttpHeaders({ authorization: "Bearer t" }) });
    expect((await sender.sendRequest(authorized)).status).toBe(200);
  });
});
