/**
 * Long-running operations end to end: the fixture (Purview's LRO shape plus one operation per final-state-via)
 * is generated, type-checked with `tsc --strict`, and its compiled client driven against a local HTTPS server —
 * 202 → polling → result, each final-state-via, Retry-After, a failed operation → RestError, abort mid-poll,
 * and a polling URL on another origin refused before anything is sent there.
 */
import { isRestError, RestError } from "@azure/core-rest-pipeline";
import { describe, expect, it } from "vitest";
import { rejection } from "../runtime/support/errors.ts";
import { startHttpsServer, type RecordedRequest, type Reply } from "../runtime/support/https-server.ts";
import { useHarness } from "../clients/support/harness.ts";
import { useLroPackage } from "./support/lro-package.ts";

const pkg = useLroPackage("lro");
const harness = useHarness();

const API = "api-version=2023-09-01";
const IR = "myRuntime";

interface Poller {
  pollUntilDone(options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  poll(options?: { abortSignal?: AbortSignal }): Promise<{ status: string }>;
  isDone(): boolean;
  getOperationState(): { status: string; error?: Error };
  getResult(): unknown;
  onProgress(callback: (state: { status: string }) => void): () => void;
  serialize(): Promise<string>;
}
/** `begin<Op>` resolves to a Poller, `begin<Op>AndWait` to the result (compared with toEqual). */
type Method = <T = Poller>(params?: object, options?: object) => Promise<T>;
interface LroClient {
  integrationRuntimes: Record<string, Method>;
  credentials: Record<string, Method>;
  scans: Record<string, Method>;
}

function client(extra: object = {}): { client: LroClient; credential: ReturnType<typeof harness.options>["credential"] } {
  const options = harness.options();
  const Client = pkg.entry["PurviewLroClient"] as new (options: object) => LroClient;
  return { client: new Client({ ...options, ...extra }), credential: options.credential };
}

const fast = { updateIntervalInMs: 1 };
const seen = () => harness.server.requests.map((r) => `${r.method} ${r.url}`);
/** Replies in order for each path (the last one repeats); `onRequest` sees each request first. */
function serve(routes: Record<string, Reply[]>, onRequest?: (request: RecordedRequest) => void): void {
  const counts = new Map<string, number>();
  harness.server.handle((request: RecordedRequest) => {
    onRequest?.(request);
    const key = `${request.method} ${request.url}`;
    const replies = routes[key];
    if (replies === undefined) return { status: 404, body: { error: { code: "NotFound", message: `unexpected ${key}` } } };
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    return replies[Math.min(n, replies.length - 1)]!;
  });
}

describe("long-running operations: model and compile", () => {
  it("reads x-ms-long-running-operation and final-state-via into the IR, without warnings", () => {
    expect(pkg.warnings).toEqual([]);
    const lro = Object.fromEntries(pkg.service.operations.map((op) => [op.operationId, op.lro && { method: op.method, ...op.lro }]));
    expect(lro).toEqual({
      Credentials_CreateOrReplace: { method: "beginCreateOrReplace", andWaitMethod: "beginCreateOrReplaceAndWait", andWaitFunctionName: "credentialsBeginCreateOrReplaceAndWait", finalStateVia: "azure-async-operation", resultStatus: "200" },
      Credentials_Delete: { method: "beginDelete", andWaitMethod: "beginDeleteAndWait", andWaitFunctionName: "credentialsBeginDeleteAndWait" },
      IntegrationRuntimes_DisableInteractiveQuery: { method: "beginDisableInteractiveQuery", andWaitMethod: "beginDisableInteractiveQueryAndWait", andWaitFunctionName: "integrationRuntimesBeginDisableInteractiveQueryAndWait", resultStatus: "202" },
      IntegrationRuntimes_EnableInteractiveQuery: { method: "beginEnableInteractiveQuery", andWaitMethod: "beginEnableInteractiveQueryAndWait", andWaitFunctionName: "integrationRuntimesBeginEnableInteractiveQueryAndWait", finalStateVia: "operation-location", resultStatus: "202" },
      IntegrationRuntimes_RegenerateAuthKey: { method: "beginRegenerateAuthKey", andWaitMethod: "beginRegenerateAuthKeyAndWait", andWaitFunctionName: "integrationRuntimesBeginRegenerateAuthKeyAndWait", finalStateVia: "location", resultStatus: "200" },
      Scans_Run: { method: "beginRun", andWaitMethod: "beginRunAndWait", andWaitFunctionName: "scansBeginRunAndWait", finalStateVia: "original-uri", resultStatus: "200" },
    });
  });

  it("compiles under tsc --strict and exports begin<Op> and begin<Op>AndWait functions", () => {
    expect(pkg.tsc.output).toBe("");
    expect(pkg.tsc.status).toBe(0);
    for (const name of ["integrationRuntimesBeginDisableInteractiveQuery", "integrationRuntimesBeginDisableInteractiveQueryAndWait", "scansBeginRun", "scansBeginRunAndWait"]) {
      expect(typeof pkg.entry[name]).toBe("function");
    }
  });
});

describe("long-running operations against a local server", () => {
  const disable = `/scan/integrationruntimes/${IR}:disableInteractiveQuery?${API}`;

  it("202 → polls Operation-Location until Succeeded; the result is the last status (no final-state-via)", async () => {
    const monitor = `${harness.server.origin}/scan/operations/1?${API}`;
    serve({
      [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": monitor }, body: { status: "Accepted" } }],
      [`GET /scan/operations/1?${API}`]: [{ status: 200, body: { status: "InProgress" } }, { status: 200, body: { status: "Succeeded", endTime: "2026-01-01T00:00:00Z" } }],
    });
    const { client: c, credential } = client();
    const poller = await c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, fast);
    expect(seen()).toEqual([`POST ${disable}`]);
    expect(poller.isDone()).toBe(false);
    const progress: string[] = [];
    poller.onProgress((state) => progress.push(state.status));
    expect(await poller.pollUntilDone()).toEqual({ status: "Succeeded", endTime: "2026-01-01T00:00:00Z" });
    expect(progress).toEqual(["running", "succeeded"]);
    expect(poller.isDone()).toBe(true);
    expect(seen()).toEqual([`POST ${disable}`, `GET /scan/operations/1?${API}`, `GET /scan/operations/1?${API}`]);
    for (const request of harness.server.requests) expect(request.headers.authorization).toBe(`Bearer ${credential.token}`);
  });

  it("begin<Op>AndWait resolves to the result; a relative Operation-Location resolves against the endpoint", async () => {
    serve({
      [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": `/scan/operations/2?${API}` } }],
      [`GET /scan/operations/2?${API}`]: [{ status: 200, body: { status: "Succeeded" } }],
    });
    const { client: c } = client();
    expect(await c.integrationRuntimes.beginDisableInteractiveQueryAndWait!({ integrationRuntimeName: IR }, fast)).toEqual({ status: "Succeeded" });
    expect(seen()).toEqual([`POST ${disable}`, `GET /scan/operations/2?${API}`]);
  });

  it("final-state-via location: polls the status monitor, then GETs the Location header's URL for the result", async () => {
    const regenerate = `/scan/integrationruntimes/${IR}:regenerateAuthKey?${API}`;
    serve({
      [`POST ${regenerate}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/3`, location: `${harness.server.origin}/scan/results/3` } }],
      ["GET /scan/operations/3"]: [{ status: 200, body: { status: "Running" } }, { status: 200, body: { status: "Succeeded" } }],
      ["GET /scan/results/3"]: [{ status: 200, body: { authKey1: "new-key-1", authKey2: "key-2" } }],
    });
    const { client: c } = client();
    const keys = await c.integrationRuntimes.beginRegenerateAuthKeyAndWait!({ integrationRuntimeName: IR, body: { keyName: "authKey1" } }, fast);
    expect(keys).toEqual({ authKey1: "new-key-1", authKey2: "key-2" });
    expect(seen()).toEqual([`POST ${regenerate}`, "GET /scan/operations/3", "GET /scan/operations/3", "GET /scan/results/3"]);
    expect(harness.server.requests[0]!.body).toBe(JSON.stringify({ keyName: "authKey1" }));
  });

  it("final-state-via operation-location: the result is the final status-monitor body, no extra GET", async () => {
    const enable = `/scan/integrationruntimes/${IR}:enableInteractiveQuery?${API}`;
    serve({
      [`POST ${enable}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/4`, location: `${harness.server.origin}/scan/never` } }],
      ["GET /scan/operations/4"]: [{ status: 200, body: { status: "Succeeded", scanResultId: "8c5a6a40-8f2f-4b4a-9d1e-3f3a3f3a3f3a" } }],
    });
    const { client: c } = client();
    const result = await c.integrationRuntimes.beginEnableInteractiveQueryAndWait!({ integrationRuntimeName: IR, body: { autoTerminationMinutes: 30 } }, fast);
    expect(result).toEqual({ status: "Succeeded", scanResultId: "8c5a6a40-8f2f-4b4a-9d1e-3f3a3f3a3f3a" });
    expect(seen()).toEqual([`POST ${enable}`, "GET /scan/operations/4"]);
  });

  it("final-state-via azure-async-operation on a PUT: polls Azure-AsyncOperation, then reads the resource", async () => {
    const put = `/scan/credentials/cred1?${API}`;
    serve({
      [`PUT ${put}`]: [{ status: 201, headers: { "azure-asyncoperation": `${harness.server.origin}/scan/operations/5` }, body: { name: "cred1", provisioningState: "Creating" } }],
      ["GET /scan/operations/5"]: [{ status: 200, body: { status: "InProgress" } }, { status: 200, body: { status: "Succeeded" } }],
      [`GET ${put}`]: [{ status: 200, body: { name: "cred1", kind: "AccountKey", provisioningState: "Succeeded" } }],
    });
    const { client: c } = client();
    const credential = await c.credentials.beginCreateOrReplaceAndWait!({ credentialName: "cred1", body: { name: "cred1", kind: "AccountKey" } }, fast);
    expect(credential).toEqual({ name: "cred1", kind: "AccountKey", provisioningState: "Succeeded" });
    expect(seen()).toEqual([`PUT ${put}`, "GET /scan/operations/5", "GET /scan/operations/5", `GET ${put}`]);
  });

  it("final-state-via original-uri on a POST: after the status monitor succeeds, GETs the request URL", async () => {
    const run = `/scan/scans/scan-1:run?${API}`;
    serve({
      [`POST ${run}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/6` } }],
      ["GET /scan/operations/6"]: [{ status: 200, body: { status: "Succeeded" } }],
      [`GET ${run}`]: [{ status: 200, body: { status: "Succeeded", scanResultId: "1b4e28ba-2fa1-11d2-883f-0016d3cca427" } }],
    });
    const { client: c } = client();
    expect(await c.scans.beginRunAndWait!({ scanName: "scan-1" }, fast)).toEqual({ status: "Succeeded", scanResultId: "1b4e28ba-2fa1-11d2-883f-0016d3cca427" });
    expect(seen()).toEqual([`POST ${run}`, "GET /scan/operations/6", `GET ${run}`]);
  });

  it("a DELETE polls Location until it stops answering 202; the result is void", async () => {
    const del = `/scan/credentials/cred1?${API}`;
    serve({
      [`DELETE ${del}`]: [{ status: 202, headers: { location: `${harness.server.origin}/scan/deletions/7` } }],
      ["GET /scan/deletions/7"]: [{ status: 202 }, { status: 204 }],
    });
    const { client: c } = client();
    expect(await c.credentials.beginDeleteAndWait!({ credentialName: "cred1" }, fast)).toBeUndefined();
    expect(seen()).toEqual([`DELETE ${del}`, "GET /scan/deletions/7", "GET /scan/deletions/7"]);
  });

  it("an operation that completes at once (200 without polling headers) resolves without polling", async () => {
    const run = `/scan/scans/scan-2:run?${API}`;
    serve({ [`POST ${run}`]: [{ status: 200, body: { status: "Succeeded" } }] });
    const { client: c } = client();
    const poller = await c.scans.beginRun!({ scanName: "scan-2" }, fast);
    expect(poller.isDone()).toBe(true);
    expect(poller.getResult()).toEqual({ status: "Succeeded" });
    expect(await poller.pollUntilDone()).toEqual({ status: "Succeeded" });
    expect(seen()).toEqual([`POST ${run}`]);
  });

  it("honours Retry-After over the configured interval (an hour here: the test would hang otherwise)", async () => {
    serve({
      [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/8` } }],
      ["GET /scan/operations/8"]: [{ status: 200, headers: { "retry-after": "1" }, body: { status: "InProgress" } }, { status: 200, body: { status: "Succeeded" } }],
    });
    const { client: c } = client();
    const result = await c.integrationRuntimes.beginDisableInteractiveQueryAndWait!({ integrationRuntimeName: IR }, { updateIntervalInMs: 3_600_000 });
    expect(result).toEqual({ status: "Succeeded" });
    expect(seen()).toHaveLength(3);
  }, 30_000);

  it("a failed operation rejects with core's RestError carrying the status monitor's error code and message", async () => {
    serve({
      [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/9` } }],
      ["GET /scan/operations/9"]: [
        { status: 200, body: { status: "InProgress" } },
        { status: 200, headers: { "x-ms-request-id": "req-9" }, body: { status: "Failed", error: { code: "RuntimeOffline", message: "The integration runtime is offline." } } },
      ],
    });
    const { client: c } = client();
    const poller = await c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, fast);
    const error = await rejection(poller.pollUntilDone());
    expect(error).toBeInstanceOf(RestError);
    expect(isRestError(error)).toBe(true);
    expect(error).toMatchObject({ code: "RuntimeOffline", message: "The integration runtime is offline.", requestId: "req-9" });
    expect(poller.getOperationState().status).toBe("failed");
    expect(poller.getOperationState().error).toBe(error);
    expect(error).not.toHaveProperty("request.headers._headersMap.authorization");
  });

  it("a status request answered with an error status rejects with the service's RestError", async () => {
    serve({
      [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/10` } }],
      ["GET /scan/operations/10"]: [{ status: 404, body: { error: { code: "OperationNotFound", message: "No such operation." } } }],
    });
    const { client: c } = client();
    const error = await rejection(c.integrationRuntimes.beginDisableInteractiveQueryAndWait!({ integrationRuntimeName: IR }, fast));
    expect(error).toBeInstanceOf(RestError);
    expect(error).toMatchObject({ statusCode: 404, code: "OperationNotFound", details: { error: { code: "OperationNotFound" } } });
  });

  it("an initial error status rejects begin<Op> with RestError; nothing is polled", async () => {
    serve({ [`POST ${disable}`]: [{ status: 409, body: { error: { code: "Conflict", message: "Busy." } } }] });
    const { client: c } = client();
    const error = await rejection(c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, fast));
    expect(error).toMatchObject({ statusCode: 409, code: "Conflict" });
    expect(seen()).toEqual([`POST ${disable}`]);
  });

  it("aborts mid-poll: a hanging status request and a long wait between polls both reject with AbortError", async () => {
    let arrived!: () => void;
    const statusRequested = new Promise<void>((resolve) => (arrived = resolve));
    serve(
      {
        [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/11` } }],
        ["GET /scan/operations/11"]: [{ status: 200, hang: true }],
      },
      (request) => {
        if (request.method === "GET") arrived();
      },
    );
    const { client: c } = client();
    const controller = new AbortController();
    const poller = await c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, fast);
    const done = poller.pollUntilDone({ abortSignal: controller.signal });
    await statusRequested;
    controller.abort();
    expect(await rejection(done)).toMatchObject({ name: "AbortError" });

    serve({
      [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/12` } }],
      ["GET /scan/operations/12"]: [{ status: 200, body: { status: "InProgress" } }],
    });
    const waiting = new AbortController();
    const slow = await c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, { updateIntervalInMs: 3_600_000, abortSignal: waiting.signal });
    slow.onProgress(() => waiting.abort());
    expect(await rejection(slow.pollUntilDone())).toMatchObject({ name: "AbortError" });
    expect(seen().filter((r) => r.includes("operations/12"))).toEqual(["GET /scan/operations/12"]);
  }, 30_000);

  it("refuses a polling URL on another origin before sending: no request and no token leave for it", async () => {
    const elsewhere = await startHttpsServer(() => ({ status: 200, body: { status: "Succeeded" } }));
    try {
      for (const header of ["operation-location", "azure-asyncoperation", "location"]) {
        harness.server.requests.length = 0;
        serve({ [`POST ${disable}`]: [{ status: 202, headers: { [header]: `${elsewhere.origin}/steal?${API}` } }] });
        const { client: c, credential } = client();
        const error = await rejection(c.integrationRuntimes.beginDisableInteractiveQueryAndWait!({ integrationRuntimeName: IR }, fast));
        expect(error).toMatchObject({ name: "RequestValidationError", parameter: "pollingUrl", rule: "same-origin", value: elsewhere.origin });
        expect(credential.calls).toHaveLength(1);
        expect(seen()).toEqual([`POST ${disable}`]);
      }
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it("checks parameters before anything is sent", async () => {
    serve({});
    const { client: c, credential } = client();
    const error = await rejection(c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: "../x" }));
    expect(error).toMatchObject({ name: "RequestValidationError", parameter: "integrationRuntimeName" });
    expect(seen()).toEqual([]);
    expect(credential.calls).toEqual([]);
  });

  it("resumes from a serialized poller without sending the request again", async () => {
    serve({
      [`POST ${disable}`]: [{ status: 202, headers: { "operation-location": `${harness.server.origin}/scan/operations/13` } }],
      ["GET /scan/operations/13"]: [{ status: 200, body: { status: "Succeeded" } }],
    });
    const { client: c } = client();
    const first = await c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, fast);
    const saved = await first.serialize();
    expect(saved).not.toContain("Bearer");
    const resumed = await c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, { ...fast, resumeFrom: saved });
    expect(await resumed.pollUntilDone()).toEqual({ status: "Succeeded" });
    expect(seen()).toEqual([`POST ${disable}`, "GET /scan/operations/13"]);
    // Done: the serialized state holds no result (it may hold secrets); resuming reads the outcome again.
    const done = await resumed.serialize();
    expect(done).not.toContain("Succeeded");
    const again = await c.integrationRuntimes.beginDisableInteractiveQuery!({ integrationRuntimeName: IR }, { ...fast, resumeFrom: done });
    expect(await again.pollUntilDone()).toEqual({ status: "Succeeded" });
    expect(seen()).toEqual([`POST ${disable}`, "GET /scan/operations/13", "GET /scan/operations/13"]);
  });
});

