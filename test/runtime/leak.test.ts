/**
 * Nothing secret leaves through errors or logs: with every logger at its most verbose, run each error path
 * (bad parameters, error responses with Set-Cookie, retries, a dropped connection, a mismatching body that holds
 * keys, a cross-origin nextLink) and scan every log line and every error (message, stack, JSON, util.inspect)
 * for the bearer token, the cookie and the key values.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env["AZURE_LOG_LEVEL"] = "verbose";
  process.env["TYPESPEC_RUNTIME_LOG_LEVEL"] = "verbose";
});

import { AzureLogger, getLogLevel } from "@azure/logger";
import { countingCredential } from "./support/credential.ts";
import { rejection } from "./support/errors.ts";
import { FixtureClient, getKeys, listKeyRules, regenerateKey, SUBSCRIPTION } from "./support/fixture-service.ts";
import { startHttpsServer, type TestServer } from "./support/https-server.ts";

const TOKEN = "leak-canary-token-8c1d2f";
const SECRETS = [TOKEN, "cookie-canary-51ab", "key-canary-one-93fe", "key-canary-two-17dc"];

const logLines: string[] = [];
const originalAzureLog = AzureLogger.log;
const originalStderrWrite = process.stderr.write.bind(process.stderr);
let server: TestServer;

beforeAll(async () => {
  AzureLogger.log = (...args: unknown[]) =>
    logLines.push(args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" "));
  process.stderr.write = ((chunk: string | Uint8Array) => (
    logLines.push(String(chunk)),
    true
  )) as typeof process.stderr.write;
  server = await startHttpsServer();
});
afterAll(async () => {
  AzureLogger.log = originalAzureLog;
  process.stderr.write = originalStderrWrite;
  await server.close();
});

function views(error: Error): string[] {
  return [
    error.message,
    error.stack ?? "",
    JSON.stringify(error),
    inspect(error),
    inspect(error, { showHidden: true, depth: null }),
    String(error),
  ];
}

describe("leaks", () => {
  it("keeps the token, cookies and keys out of every error and log line", async () => {
    expect(getLogLevel()).toBe("verbose");
    const credential = countingCredential(TOKEN);
    const client = new FixtureClient({
      credential,
      subscriptionId: SUBSCRIPTION,
      endpoint: server.origin,
      tlsOptions: { ca: server.ca },
      retryOptions: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 2 },
    });
    const target = { resourceGroupName: "rg", factoryName: "factory-1" };
    const keys = { authKey1: "key-canary-one-93fe", authKey2: "key-canary-two-17dc" };
    const errors: Error[] = [];
    const cookie = { "set-cookie": "session=cookie-canary-51ab; Secure; HttpOnly" };

    server.handle(() => ({ status: 200, headers: cookie, body: keys }));
    await expect(regenerateKey(client, { ...target, body: { keyName: "authKey1" } })).resolves.toEqual(keys);

    server.handle(() => ({
      status: 500,
      headers: cookie,
      body: { error: { code: "InternalError", message: "boom" } },
    }));
    errors.push(await rejection(getKeys(client, target)));
    errors.push(await rejection(regenerateKey(client, { ...target, body: { keyName: "authKey1" } })));

    server.handle(() => ({ status: 200, headers: cookie, body: { ...keys, authKey1: 7 } }));
    errors.push(await rejection(getKeys(client, target)));

    server.handle(() => ({ status: 200, drop: true }));
    errors.push(await rejection(regenerateKey(client, { ...target, body: { keyName: "authKey1" } })));

    server.handle(() => ({
      status: 200,
      body: { value: [{ keyName: "k", primaryKey: keys.authKey1 }], nextLink: "https://evil.example/next" },
    }));
    const paged = listKeyRules(client, target);
    await paged.next();
    errors.push(await rejection(paged.next()));

    errors.push(await rejection(getKeys(client, { ...target, resourceGroupName: ".." })));

    expect(errors.map((e) => e.name)).toEqual([
      "RestError",
      "RestError",
      "ResponseValidationError",
      "RestError",
      "RequestValidationError",
      "RequestValidationError",
    ]);
    expect(logLines.some((line) => /request|response/i.test(line))).toBe(true);
    expect(credential.calls.length).toBeGreaterThan(0);
    const haystack = [...logLines, ...errors.flatMap(views)];
    for (const secret of SECRETS) {
      expect(haystack.filter((text) => text.includes(secret))).toEqual([]);
    }
  });
});
