/**
 * Shared set-up of the generated-client tests: one local HTTPS server, and client options that point a
 * generated client at it the way a user points one at a private endpoint (endpoint + tlsOptions CA), with a
 * counting credential and tiny retry delays.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import { countingCredential, type CountingCredential } from "../../runtime/support/credential.ts";
import { startHttpsServer, type TestServer } from "../../runtime/support/https-server.ts";

export const SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

export interface Harness {
  server: TestServer;
  /** Options for a client of the server: spread into a generated client's constructor. */
  options(extra?: { token?: string; maxRetries?: number }): {
    credential: CountingCredential;
    endpoint: string;
    tlsOptions: { ca: string };
    retryOptions: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  };
}

/** Starts the server before the file's tests, clears its log after each, closes it after all. */
export function useHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await startHttpsServer();
    harness.options = (extra = {}) => ({
      credential: countingCredential(extra.token),
      endpoint: harness.server.origin,
      tlsOptions: { ca: harness.server.ca },
      retryOptions: { maxRetries: extra.maxRetries ?? 3, retryDelayInMs: 1, maxRetryDelayInMs: 4 },
    });
  });
  afterEach(() => {
    harness.server.requests.length = 0;
    harness.server.handle(() => ({ status: 500, body: "no handler" }));
  });
  afterAll(() => harness.server.close());
  return harness;
}
