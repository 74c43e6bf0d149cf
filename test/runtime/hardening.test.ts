/**
 * Issue 13, findings 8 and 9, against a real local HTTPS server:
 * - #8: a secret in an error body or a custom response header is not reachable through the error (message,
 *   `response.bodyAsText`, `util.inspect`, `JSON.stringify`) nor in verbose logs; the error keeps the parsed,
 *   redacted body.
 * - #9: a long `Retry-After` fails at once (no sleep, no retry storm), an overflowing `retry-after-ms` too, a
 *   150 MB answer is cut off after the size limit (the server counts what it sent), and the client-level
 *   `timeout` ends a hung request.
 */
import { inspect } from "node:util";
import { AzureLogger, getLogLevel, setLogLevel } from "@azure/logger";
import { createEmptyPipeline, createHttpHeaders, createPipelineRequest } from "@azure/core-rest-pipeline";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ServiceRestError } from "../../generator/runtime/errors.ts";
import { redactErrorBody } from "../../generator/runtime/errors.ts";
import { requestedRetryDelayMs, requestTimeoutPolicy } from "../../generator/runtime/limits.ts";
import { countingCredential } from "./support/credential.ts";
import { rejection } from "./support/errors.ts";
import { FixtureClient, getKeys, regenerateKey, SUBSCRIPTION, type FixtureClientOptions } from "./support/fixture-service.ts";
import { startHttpsServer, type TestServer } from "./support/https-server.ts";

const KEY = "c2VjcmV0LWtleS1jYW5hcnktNzcxOS1hYmNkZWZnaGlqa2xtbm9w==";
const CONNECTION = `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${KEY};EndpointSuffix=core.windows.net`;
const HEADER_SECRET = "header-canary-5f0e1d";
const FIELD_SECRET = "field-canary-0b7a3c";

let server: TestServer;
beforeAll(async () => {
  server = await startHttpsServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
});

const target = { resourceGroupName: "rg-1", factoryName: "factory-1" };
function makeClient(options: Partial<FixtureClientOptions> = {}) {
  return new FixtureClient({
    credential: countingCredential(),
    subscriptionId: SUBSCRIPTION,
    endpoint: server.origin,
    tlsOptions: { ca: server.ca },
    retryOptions: { retryDelayInMs: 1, maxRetryDelayInMs: 4 },
    ...options,
  });
}

function views(error: Error): string[] {
  const response = (error as ServiceRestError).response;
  return [error.message, error.stack ?? "", JSON.stringify(error), inspect(error), inspect(error, { showHidden: true, depth: null }), String(error), response?.bodyAsText ?? "", JSON.stringify(response ?? {}), inspect(response, { depth: null }), JSON.stringify((error as ServiceRestError).details ?? null)];
}

describe("secrets in error responses (#8)", () => {
  it("are not reachable through the error, which keeps the parsed, redacted body", async () => {
    server.handle(() => ({
      status: 409,
      headers: { "x-ms-request-id": "req-1", "x-custom-secret": HEADER_SECRET },
      body: {
        error: {
          code: "Conflict",
          message: `The key ${KEY} is already in use (${CONNECTION})`,
          details: [{ code: "Inner", message: "see info", target: "authKey1" }],
          additionalInfo: [{ type: "KeyInfo", info: { currentKey: FIELD_SECRET, connection: CONNECTION } }],
          key: FIELD_SECRET,
        },
      },
    }));
    const error = (await rejection(regenerateKey(makeClient(), { ...target, body: { keyName: "authKey1" } }))) as ServiceRestError;
    expect(error.name).toBe("RestError");
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe("Conflict");
    expect(error.requestId).toBe("req-1");
    for (const text of views(error)) for (const secret of [KEY, FIELD_SECRET, HEADER_SECRET]) expect(text.includes(secret), `${secret} in ${text.slice(0, 80)}`).toBe(false);
    const body = JSON.parse(error.response!.bodyAsText!) as { error: { code: string; message: string; details: { target: string }[]; additionalInfo: { type: string; info: { currentKey: string } }[] } };
    expect(body.error.code).toBe("Conflict");
    expect(body.error.message).toMatch(/^The key REDACTED is already in use \(DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=REDACTED;EndpointSuffix=core\.windows\.net\)$/);
    expect(body.error.details[0]!.target).toBe("authKey1");
    expect(body.error.additionalInfo[0]!.type).toBe("KeyInfo");
    expect(body.error.additionalInfo[0]!.info.currentKey).toBe("REDACTED");
    expect(error.response!.headers.get("x-ms-request-id")).toBe("req-1");
    expect(error.response!.headers.get("x-custom-secret")).toBeUndefined();
  });

  it("redactErrorBody keeps codes and resource paths, masks everything the error model does not describe", () => {
    expect(redactErrorBody({ error: { code: "NotFound", message: "Resource /subscriptions/x/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/acct1 not found", value: 3, ok: true, extra: "x" } })).toEqual({
      error: { code: "NotFound", message: "Resource /subscriptions/x/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/acct1 not found", value: 3, ok: true, extra: "REDACTED" },
    });
  });
});

describe("verbose logging (#8)", () => {
  const lines: string[] = [];
  const originalLog = AzureLogger.log;
  const originalLevel = getLogLevel();
  beforeAll(() => {
    setLogLevel("verbose");
    AzureLogger.log = (...args: unknown[]) => void lines.push(args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" "));
  });
  afterAll(() => {
    AzureLogger.log = originalLog;
    setLogLevel(originalLevel);
  });

  it("never logs a custom response header verbatim; additionalAllowedHeaderNames opts one in", async () => {
    server.handle(() => ({ status: 200, headers: { "x-custom-secret": HEADER_SECRET, "x-visible": "visible-value-1", "x-ms-request-id": "req-2" }, body: { authKey1: "a" } }));
    await getKeys(makeClient(), target);
    await getKeys(makeClient({ loggingOptions: { additionalAllowedHeaderNames: ["x-visible"] } }), target);
    const log = lines.join("\n");
    expect(log).toMatch(/Response status code: 200/);
    expect(log).toContain("req-2");
    expect(log).not.toContain(HEADER_SECRET);
    expect(log).toContain("visible-value-1");
    expect(lines.filter((l) => l.includes("visible-value-1"))).toHaveLength(1);
  });
});

describe("bounded waits (#9)", () => {
  it.each([
    ["Retry-After: 86400", { "retry-after": "86400" }],
    ["retry-after-ms: 3000000000 (overflows a timer)", { "retry-after-ms": "3000000000" }],
    ["x-ms-retry-after-ms: 1e300", { "x-ms-retry-after-ms": "1e300" }],
    ["an HTTP date a week away", { "retry-after": new Date(Date.now() + 7 * 86400_000).toUTCString() }],
  ])("%s fails at once with RETRY_AFTER_TOO_LONG, after one request", async (_label, headers) => {
    server.handle(() => ({ status: 429, headers, body: { error: { code: "TooManyRequests", message: "slow down" } } }));
    const error = (await rejection(getKeys(makeClient(), target))) as ServiceRestError;
    expect(error.code).toBe("RETRY_AFTER_TOO_LONG");
    expect(error.message).toMatch(/limit of 60 s \(maxRetryAfterInMs\)/);
    expect(server.requests).toHaveLength(1);
  });

  it("honours a Retry-After within the limit, and a configured lower limit", async () => {
    server.handle((_r, i) => (i === 0 ? { status: 429, headers: { "retry-after-ms": "5" } } : { status: 200, body: { authKey1: "a" } }));
    await expect(getKeys(makeClient(), target)).resolves.toEqual({ authKey1: "a" });
    expect(server.requests).toHaveLength(2);
    server.requests.length = 0;
    server.handle(() => ({ status: 503, headers: { "retry-after": "2" } }));
    expect(((await rejection(getKeys(makeClient({ maxRetryAfterInMs: 1000 }), target))) as ServiceRestError).code).toBe("RETRY_AFTER_TOO_LONG");
    expect(server.requests).toHaveLength(1);
  });

  it("reads every retry-after header form without overflow", () => {
    const response = (headers: Record<string, string>) => ({ status: 429, headers: createHttpHeaders(headers), request: createPipelineRequest({ url: "https://x" }) });
    expect(requestedRetryDelayMs(response({ "retry-after": "3" }))).toBe(3000);
    expect(requestedRetryDelayMs(response({ "retry-after-ms": "2147483648" }))).toBe(Infinity);
    expect(requestedRetryDelayMs(response({ "retry-after-ms": "-1", "retry-after": "1" }))).toBe(1000);
    expect(requestedRetryDelayMs(response({}))).toBeUndefined();
  });

  it("ends a hung request after the client-level timeout", async () => {
    server.handle(() => ({ status: 200, hang: true }));
    const error = await rejection(getKeys(makeClient({ timeout: 300, retryOptions: { maxRetries: 0 } }), target));
    expect(error.name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  }, 120_000);

  it("lets a per-call timeout win over the client-level one", async () => {
    const policy = requestTimeoutPolicy(5_000);
    const seen: number[] = [];
    const pipeline = createEmptyPipeline();
    pipeline.addPolicy(policy);
    const client = { sendRequest: async (r: ReturnType<typeof createPipelineRequest>) => (seen.push(r.timeout), { status: 200, headers: createHttpHeaders(), request: r }) };
    await pipeline.sendRequest(client, createPipelineRequest({ url: "https://x", timeout: 50 }));
    await pipeline.sendRequest(client, createPipelineRequest({ url: "https://x" }));
    expect(seen).toEqual([50, 5_000]);
  });
});

describe("bounded response size (#9)", () => {
  it("stops reading a 150 MB answer at the limit and fails with RESPONSE_TOO_LARGE", async () => {
    const chunk = "x".repeat(64 * 1024);
    let sent = -1;
    server.handle(() => ({ status: 200, stream: { chunk, count: (150 * 1024 * 1024) / chunk.length, onDone: (n) => (sent = n) } }));
    const error = (await rejection(getKeys(makeClient(), target))) as ServiceRestError;
    expect(error.code).toBe("RESPONSE_TOO_LARGE");
    expect(error.message).toMatch(/8388608 bytes \(maxResponseBodyBytes\)/);
    for (let i = 0; i < 600 && sent < 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(40 * 1024 * 1024);
  }, 120_000);

  it("refuses a declared Content-Length over the limit without reading, and honours a configured limit", async () => {
    server.handle(() => ({ status: 200, body: { authKey1: "k".repeat(2000) } }));
    expect(((await rejection(getKeys(makeClient({ maxResponseBodyBytes: 1000 }), target))) as ServiceRestError).code).toBe("RESPONSE_TOO_LARGE");
    await expect(getKeys(makeClient({ maxResponseBodyBytes: 4000 }), target)).resolves.toEqual({ authKey1: "k".repeat(2000) });
  });
});
