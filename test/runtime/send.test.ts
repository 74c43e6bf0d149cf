import { AzureLogger, setLogLevel, getLogLevel } from "@azure/logger";
import { isRestError, type PipelinePolicy } from "@azure/core-rest-pipeline";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  RequestValidationError,
  ResponseValidationError,
  type ServiceRestError,
} from "../../generator/runtime/errors.ts";
import { countingCredential } from "./support/credential.ts";
import { rejection, thrown } from "./support/errors.ts";
import { ServiceClient, type ClientOptions } from "../../generator/runtime/client.ts";
import {
  fixtureService,
  FixtureClient,
  getKeys,
  regenerateKey,
  SUBSCRIPTION,
  type FixtureClientOptions,
} from "./support/fixture-service.ts";
import { closedPort, startHttpsServer, type TestServer } from "./support/https-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startHttpsServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

const target = { resourceGroupName: "rg-1", factoryName: "factory-1" };
const regenerateParams = { ...target, body: { keyName: "authKey2" } };
const cloudError = (code: string, message: string, target?: string) => ({
  error: { code, message, target, details: [] },
});

function makeClient(options: Partial<FixtureClientOptions> = {}) {
  const credential = countingCredential();
  const client = new FixtureClient({
    credential,
    subscriptionId: SUBSCRIPTION,
    endpoint: server.origin,
    tlsOptions: { ca: server.ca },
    retryOptions: { retryDelayInMs: 1, maxRetryDelayInMs: 4 },
    ...options,
  });
  return { client, credential };
}

describe("pipeline", () => {
  it("is core's pipeline with the retry policy replaced and the guards nearest the wire", () => {
    const policy = (name: string): PipelinePolicy => ({ name, sendRequest: (request, next) => next(request) });
    const { client } = makeClient({
      additionalPolicies: [
        { policy: policy("perCallPolicy"), position: "perCall" },
        { policy: policy("perRetryPolicy"), position: "perRetry" },
      ],
    });
    const names = client.pipeline.getOrderedPolicies().map((p) => p.name);
    expect(names).not.toContain("defaultRetryPolicy");
    expect(names.slice(names.indexOf("bearerTokenAuthenticationPolicy"))).toEqual([
      "bearerTokenAuthenticationPolicy",
      "perCallPolicy",
      "multipartPolicy",
      "operationRetryPolicy",
      "tracingPolicy",
      "redirectPolicy",
      "retryAfterLimitPolicy",
      "logPolicy",
      "perRetryPolicy",
      "dropSetCookiePolicy",
      "sameOriginPolicy",
      "responseSizeLimitPolicy",
    ]);
  });
});

describe("requests", () => {
  it("sends method, encoded path, api-version, JSON body and bearer token exactly", async () => {
    server.handle(() => ({ status: 200, body: { authKey2: "new-key" } }));
    const { client, credential } = makeClient();
    await expect(regenerateKey(client, regenerateParams)).resolves.toEqual({ authKey2: "new-key" });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({
      method: "POST",
      url: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-1/providers/Microsoft.DataFactory/factories/factory-1/regenerateKey?api-version=2018-06-01`,
      body: '{"keyName":"authKey2"}',
    });
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${credential.token}`,
      "content-type": "application/json",
      accept: "application/json",
    });
    expect(request!.headers["x-ms-client-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(credential.calls).toEqual([["https://management.azure.com/.default"]]);
  });

  it("sends no body or content type without one, and query and header parameters", async () => {
    server.handle(() => ({ status: 200, body: {} }));
    const { client } = makeClient({ apiVersion: "2099-01-01" });
    await getKeys(client, { ...target, filter: "name eq 'a/b'", clientTag: "tag-1" });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "GET", body: "" });
    expect(request!.url).toBe(
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-1/providers/Microsoft.DataFactory/factories/factory-1/keys?%24filter=name%20eq%20%27a%2Fb%27&api-version=2099-01-01`,
    );
    expect(request!.headers["content-type"]).toBeUndefined();
    expect(request!.headers["x-ms-client-tag"]).toBe("tag-1");
  });

  it("uses the scopes given in options", async () => {
    server.handle(() => ({ status: 200, body: {} }));
    const { client, credential } = makeClient({ credentialScopes: ["https://management.chinacloudapi.cn/.default"] });
    await getKeys(client, target);
    expect(credential.calls).toEqual([["https://management.chinacloudapi.cn/.default"]]);
  });

  it("hands the raw response with typed declared headers to onResponse", async () => {
    server.handle(() => ({
      status: 200,
      headers: { etag: '"v1"', "x-ms-retry-count": "2", "x-other": "o" },
      body: { authKey1: "k" },
    }));
    const { client } = makeClient();
    const seen: unknown[] = [];
    await getKeys(client, target, {
      onResponse: (raw) =>
        seen.push({ status: raw.status, headers: raw.headers, body: raw.body, other: raw.rawHeaders.get("x-other") }),
    });
    expect(seen).toEqual([
      { status: 200, headers: { etag: '"v1"', retryCount: 2 }, body: { authKey1: "k" }, other: "o" },
    ]);
  });

  it("resolves to undefined for a declared response without a body", async () => {
    server.handle(() => ({ status: 204 }));
    const { client } = makeClient();
    await expect(getKeys(client, target)).resolves.toBeUndefined();
  });
});

describe("validation before sending", () => {
  it.each([
    [{ ...target, resourceGroupName: ".." }, "resourceGroupName", "dot-segment"],
    [{ ...target, resourceGroupName: "." }, "resourceGroupName", "dot-segment"],
    [{ ...target, factoryName: "a/b" }, "factoryName", "pattern"],
    [{ ...target, factoryName: "a%2Fb" }, "factoryName", "pattern"],
    [{ ...target, resourceGroupName: "a%2Fb" }, "resourceGroupName", "pattern"],
    [{ ...target, resourceGroupName: "" }, "resourceGroupName", "minLength"],
    [{ ...target, resourceGroupName: "r".repeat(91) }, "resourceGroupName", "maxLength"],
    [{ ...target, factoryName: "-bad" }, "factoryName", "pattern"],
    [{ ...target, clientTag: "x\r\nInjected: 1" }, "clientTag", "header-character"],
  ])("refuses %j before fetching a token or sending", async (params, parameter, rule) => {
    const { client, credential } = makeClient();
    const error = await rejection(getKeys(client, params));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ parameter, rule });
    expect(credential.calls).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it("needs a token scope from the spec or the options", () => {
    const service = { ...fixtureService, credentialScopes: [] };
    const options = { credential: countingCredential(), subscriptionId: SUBSCRIPTION };
    expect(() => new ServiceClient(service, options as ClientOptions)).toThrow(/set credentialScopes/);
    expect(
      () => new ServiceClient(service, { ...options, credentialScopes: ["https://x/.default"] } as ClientOptions),
    ).not.toThrow();
  });

  it("checks client parameters and the endpoint when the client is constructed", () => {
    expect(thrown(() => makeClient({ subscriptionId: "not-a-uuid" }))).toMatchObject({
      parameter: "subscriptionId",
      rule: "format",
    });
    expect(thrown(() => makeClient({ endpoint: server.origin.replace("https:", "http:") }))).toMatchObject({
      parameter: "endpoint",
      rule: "url",
    });
  });
});

describe("responses", () => {
  it("maps a non-2xx response to core's RestError with the service's error fields and typed body", async () => {
    const body = cloudError("FactoryNotFound", "Factory factory-1 not found.", "factoryName");
    server.handle(() => ({ status: 404, headers: { "x-ms-request-id": "req-404" }, body }));
    const { client } = makeClient();
    const error = (await rejection(getKeys(client, target))) as ServiceRestError;
    expect(isRestError(error)).toBe(true);
    expect(error).toMatchObject({
      name: "RestError",
      statusCode: 404,
      code: "FactoryNotFound",
      message: "Factory factory-1 not found.",
      target: "factoryName",
      requestId: "req-404",
      details: body,
    });
  });

  it("falls back to x-ms-error-code and the status for an empty or non-JSON error body", async () => {
    const { client } = makeClient({ retryOptions: { maxRetries: 0 } });
    server.handle(() => ({ status: 400, headers: { "x-ms-error-code": "BadThing" } }));
    expect(await rejection(getKeys(client, target))).toMatchObject({
      statusCode: 400,
      code: "BadThing",
      message: "The service returned status 400 (BadThing)",
      details: undefined,
    });
    server.handle(() => ({ status: 502, headers: { "content-type": "text/html" }, body: "<html>Bad gateway</html>" }));
    const error = await rejection(getKeys(client, target));
    expect(isRestError(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 502, message: "The service returned status 502" });
  });

  it("keeps the fields but not `details` when the body is not the service's error model", async () => {
    server.handle(() => ({ status: 409, body: { error: { code: "Conflict" } } }));
    const { client } = makeClient();
    const error = (await rejection(getKeys(client, target))) as ServiceRestError;
    expect(error).toMatchObject({ code: "Conflict", details: undefined });
  });

  it("throws ResponseValidationError for a body that does not match, naming the JSON pointer", async () => {
    server.handle(() => ({
      status: 200,
      headers: { "x-ms-request-id": "req-1" },
      body: { authKey1: 42, authKey2: "secret-value" },
    }));
    const { client } = makeClient();
    const error = await rejection(getKeys(client, target));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      statusCode: 200,
      requestId: "req-1",
      issues: [{ path: "/authKey1", keyword: "type", message: "must be a string" }],
    });
    expect(error.message).toBe(
      "Factories_GetKeys: the 200 response does not match its schema: /authKey1 must be a string [type]",
    );
  });

  it("refuses an undeclared 2xx status and a 2xx body that is not JSON, without quoting it", async () => {
    const { client } = makeClient();
    server.handle(() => ({ status: 202, body: {} }));
    expect(await rejection(getKeys(client, target))).toMatchObject({
      name: "ResponseValidationError",
      issues: [{ path: "", keyword: "status" }],
    });
    server.handle(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"authKey1":"secret-value"',
    }));
    const error = await rejection(getKeys(client, target));
    expect(error).toMatchObject({ name: "RestError", code: "PARSE_ERROR", statusCode: 200 });
    expect(error.message).not.toContain("secret-value");
    expect((error as ServiceRestError).response).toBeUndefined();
  });

  it("with validateResponses 'warn' logs the issues and returns the body; with 'off' returns it silently", async () => {
    server.handle(() => ({ status: 200, body: { authKey1: 42 } }));
    const logged: string[] = [];
    const originalLog = AzureLogger.log;
    const originalLevel = getLogLevel();
    AzureLogger.log = (...args: unknown[]) => logged.push(args.join(" "));
    setLogLevel("warning");
    try {
      const { client: warn } = makeClient({ validateResponses: "warn" });
      await expect(getKeys(warn, target)).resolves.toEqual({ authKey1: 42 });
      expect(logged.some((line) => line.includes("azure-keys") && line.includes("/authKey1 must be a string"))).toBe(
        true,
      );
      logged.length = 0;
      const { client: off } = makeClient({ validateResponses: "off" });
      await expect(getKeys(off, target)).resolves.toEqual({ authKey1: 42 });
      expect(logged).toEqual([]);
    } finally {
      AzureLogger.log = originalLog;
      setLogLevel(originalLevel);
    }
  });
});

describe("retries", () => {
  it("retries a read on 500 with core's policy", async () => {
    server.handle((_, i) =>
      i < 2 ? { status: 500, body: cloudError("Busy", "try again") } : { status: 200, body: { authKey1: "k" } },
    );
    const { client } = makeClient();
    await expect(getKeys(client, target)).resolves.toEqual({ authKey1: "k" });
    expect(server.requests).toHaveLength(3);
  });

  it("gives up on a read after maxRetries", async () => {
    server.handle(() => ({ status: 503, body: cloudError("Unavailable", "down") }));
    const { client } = makeClient({ retryOptions: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 2 } });
    expect(await rejection(getKeys(client, target))).toMatchObject({ statusCode: 503, code: "Unavailable" });
    expect(server.requests).toHaveLength(3);
  });

  it("attempts a state-changing operation exactly once on 500, 503 or a dropped connection", async () => {
    const { client } = makeClient();
    server.handle(() => ({ status: 500, body: cloudError("InternalError", "boom") }));
    expect(await rejection(regenerateKey(client, regenerateParams))).toMatchObject({
      statusCode: 500,
      code: "InternalError",
    });
    expect(server.requests).toHaveLength(1);
    server.handle(() => ({ status: 503, headers: { "retry-after": "0" }, body: cloudError("Unavailable", "down") }));
    expect(await rejection(regenerateKey(client, regenerateParams))).toMatchObject({ statusCode: 503 });
    expect(server.requests).toHaveLength(2);
    server.handle(() => ({ status: 200, drop: true }));
    expect(await rejection(regenerateKey(client, regenerateParams))).toMatchObject({
      name: "RestError",
      code: "ECONNRESET",
    });
    expect(server.requests).toHaveLength(3);
  });

  it("retries a read whose connection dropped", async () => {
    server.handle((_, i) => (i === 0 ? { status: 200, drop: true } : { status: 200, body: { authKey1: "k" } }));
    const { client } = makeClient();
    await expect(getKeys(client, target)).resolves.toEqual({ authKey1: "k" });
    expect(server.requests).toHaveLength(2);
  });

  it("retries a state-changing operation on 429", async () => {
    server.handle((_, i) =>
      i === 0 ? { status: 429, headers: { "retry-after-ms": "1" } } : { status: 200, body: { authKey2: "k2" } },
    );
    const { client } = makeClient();
    await expect(regenerateKey(client, regenerateParams)).resolves.toEqual({ authKey2: "k2" });
    expect(server.requests).toHaveLength(2);
  });

  it("retries a state-changing operation whose connection was refused", async () => {
    const port = await closedPort();
    let attempts = 0;
    const counter: PipelinePolicy = { name: "counter", sendRequest: (request, next) => (attempts++, next(request)) };
    const { client } = makeClient({
      endpoint: `https://127.0.0.1:${port}`,
      retryOptions: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 2 },
      additionalPolicies: [{ policy: counter, position: "perRetry" }],
    });
    expect(await rejection(regenerateKey(client, regenerateParams))).toMatchObject({
      name: "RestError",
      code: "ECONNREFUSED",
    });
    expect(attempts).toBe(3);
  });
});

describe("abort", () => {
  it("rejects promptly with an AbortError when the caller aborts", async () => {
    server.handle(() => ({ status: 200, hang: true }));
    const { client } = makeClient();
    const controller = new AbortController();
    const call = getKeys(client, target, { abortSignal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await rejection(call);
    expect(error.name).toBe("AbortError");
    expect(error.message).toMatch(/aborted/i);
  });

  it("sends nothing and fetches no token when the signal is already aborted", async () => {
    const { client, credential } = makeClient();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(regenerateKey(client, regenerateParams, { abortSignal: controller.signal }));
    expect(error).toMatchObject({
      name: "AbortError",
      message: "The operation was aborted before the request was sent.",
    });
    expect(server.requests).toEqual([]);
    expect(credential.calls).toEqual([]);
  });
});

describe("credentials in errors", () => {
  it("scrubs the bearer token and body from the request core attaches to a RestError", async () => {
    server.handle(() => ({
      status: 500,
      headers: { "set-cookie": "session=cookie-secret" },
      body: cloudError("InternalError", "boom"),
    }));
    const { client, credential } = makeClient();
    const error = (await rejection(regenerateKey(client, regenerateParams))) as ServiceRestError;
    expect(error.request?.headers.has("authorization")).toBe(false);
    expect(error.request?.body).toBeUndefined();
    expect(error.response?.request.headers.has("authorization")).toBe(false);
    expect(JSON.stringify(error)).not.toContain(credential.token);
  });
});
