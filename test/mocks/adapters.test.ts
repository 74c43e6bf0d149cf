/**
 * The engine behind its three transports: core's `HttpClient` (through a real core pipeline with bearer auth and
 * retries), msw 2 handlers intercepting `fetch`, and the `oagen mock` HTTP server.
 */
import {
  bearerTokenAuthenticationPolicy,
  createPipelineFromOptions,
  createPipelineRequest,
  isRestError,
  type Pipeline,
} from "@azure/core-rest-pipeline";
import type { TokenCredential } from "@azure/core-auth";
import * as msw from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type RunningMockServer } from "../../generator/mock-server/server.ts";
import { createServiceMockHttpClient } from "../../generator/runtime/mock-http-client.ts";
import { createServiceMswHandlers } from "../../generator/runtime/mock-msw.ts";
import { description, LIST_AUTH_KEYS_URL, LIST_KEYS_URL, REGENERATE_URL } from "./support/description.ts";

const credential: TokenCredential = { getToken: async () => ({ token: "pipeline-token-42", expiresOnTimestamp: Date.now() + 3_600_000 }) };

function pipeline(): Pipeline {
  const p = createPipelineFromOptions({ retryOptions: { maxRetries: 3, retryDelayInMs: 1, maxRetryDelayInMs: 5 } });
  p.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: "https://purview.azure.net/.default" }));
  return p;
}

describe("mock HttpClient under core's pipeline", () => {
  it("answers through bearer auth, recording the call with the token redacted", async () => {
    const client = createServiceMockHttpClient(description);
    const res = await pipeline().sendRequest(client, createPipelineRequest({ url: LIST_AUTH_KEYS_URL, method: "POST" }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.bodyAsText!)).toEqual({ authKey1: "authKey1", authKey2: "authKey2" });
    expect(client.calls[0]!.headers["authorization"]).toBe("Bearer <redacted>");
    expect(JSON.stringify(client.calls)).not.toContain("pipeline-token-42");
  });

  it("lets core retry throttled answers after Retry-After", async () => {
    const client = createServiceMockHttpClient(description, { scenarios: { ListAuthKeys: { throttle: { count: 2, retryAfterMs: 5 } } } });
    const res = await pipeline().sendRequest(client, createPipelineRequest({ url: LIST_AUTH_KEYS_URL, method: "POST" }));
    expect(res.status).toBe(200);
    expect(client.calls.map((c) => c.status)).toEqual([429, 429, 200]);
  });

  it("reports a dropped connection as core's ECONNRESET RestError (retried by core)", async () => {
    const once = createServiceMockHttpClient(description, { scenarios: { ListAuthKeys: { dropConnection: { count: 1 } } } });
    expect((await pipeline().sendRequest(once, createPipelineRequest({ url: LIST_AUTH_KEYS_URL, method: "POST" }))).status).toBe(200);
    const always = createServiceMockHttpClient(description, { scenarios: { ListAuthKeys: { dropConnection: true } } });
    const error = await pipeline()
      .sendRequest(always, createPipelineRequest({ url: LIST_AUTH_KEYS_URL, method: "POST" }))
      .catch((e: unknown) => e);
    expect(isRestError(error) && error.code).toBe("ECONNRESET");
    expect(always.calls).toHaveLength(4);
  });

  it("rejects a bad path parameter sent raw with the service's 400 body", async () => {
    const client = createServiceMockHttpClient(description);
    const url = LIST_AUTH_KEYS_URL.replace("myRuntime", encodeURIComponent("../evil"));
    const res = await pipeline().sendRequest(client, createPipelineRequest({ url, method: "POST" }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.bodyAsText!)).toEqual({
      error: { code: "InvalidParameter", message: expect.stringContaining("integrationRuntimeName"), target: "integrationRuntimeName" },
    });
    expect(res.headers.get("x-ms-error-code")).toBe("InvalidParameter");
  });

  it("reads binary request bodies and aborts on the request's signal", async () => {
    const client = createServiceMockHttpClient(description, { scenarios: { ListAuthKeys: { delayMs: 10_000 } } });
    const body = new TextEncoder().encode(JSON.stringify({ keyName: "authKey1" }));
    const ok = await pipeline().sendRequest(client, createPipelineRequest({ url: REGENERATE_URL, method: "POST", body }));
    expect(ok.status).toBe(200);
    const abortController = new AbortController();
    const pending = pipeline().sendRequest(client, createPipelineRequest({ url: LIST_AUTH_KEYS_URL, method: "POST", abortSignal: abortController.signal }));
    setTimeout(() => abortController.abort(), 5);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("msw handlers", () => {
  const handlers = createServiceMswHandlers(description, msw);
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("serve fetch from the same engine, with its controls on the handler array", async () => {
    const res = await fetch(LIST_AUTH_KEYS_URL, { method: "POST", headers: { authorization: "Bearer t" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ authKey1: "authKey1", authKey2: "authKey2" });
    expect(handlers.calls.at(-1)).toMatchObject({ operationId: "ListAuthKeys", status: 200 });
    handlers.setScenario("ListAuthKeys", { status: 404 });
    const missing = await fetch(LIST_AUTH_KEYS_URL, { method: "POST", headers: { authorization: "Bearer t" } });
    expect([missing.status, missing.headers.get("x-ms-error-code")]).toEqual([404, "NotFound"]);
    handlers.reset();
  });

  it("follow nextLink pages with GET and drop connections as network errors", async () => {
    handlers.setScenario("ListKeys", { pages: 2 });
    type Page = { value: unknown[]; nextLink?: string };
    const first = (await (await fetch(LIST_KEYS_URL, { method: "POST", headers: { authorization: "Bearer t" } })).json()) as Page;
    const second = (await (await fetch(first.nextLink!, { headers: { authorization: "Bearer t" } })).json()) as Page;
    expect([first.value.length, second.value.length, second.nextLink]).toEqual([3, 2, undefined]);
    handlers.setScenario("ListAuthKeys", { dropConnection: true });
    await expect(fetch(LIST_AUTH_KEYS_URL, { method: "POST", headers: { authorization: "Bearer t" } })).rejects.toThrow();
    handlers.reset();
  });
});

describe("mock server", () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ descriptions: [description], port: 0 });
  });
  afterAll(() => server.close());

  it("serves over loopback HTTP with the same rules, and 404s paths no service has", async () => {
    const url = LIST_AUTH_KEYS_URL.replace("https://myaccount.purview.azure.com", server.url);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await fetch(url, { method: "POST", headers: { authorization: "Bearer t" } });
    expect([ok.status, await ok.json()]).toEqual([200, { authKey1: "authKey1", authKey2: "authKey2" }]);
    const unauthorized = await fetch(url, { method: "POST" });
    expect(unauthorized.status).toBe(401);
    const nowhere = await fetch(`${server.url}/nowhere`);
    expect([nowhere.status, await nowhere.json()]).toEqual([404, { error: { code: "NotFound", message: expect.any(String) } }]);
  });

  it("drops connections by closing the socket", async () => {
    server.engines[0]!.setScenario("ListAuthKeys", { dropConnection: { count: 1 } });
    const url = LIST_AUTH_KEYS_URL.replace("https://myaccount.purview.azure.com", server.url);
    await expect(fetch(url, { method: "POST", headers: { authorization: "Bearer t" } })).rejects.toThrow();
    expect((await fetch(url, { method: "POST", headers: { authorization: "Bearer t" } })).status).toBe(200);
  });
});
