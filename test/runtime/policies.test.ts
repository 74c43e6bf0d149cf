import {
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  type PipelineResponse,
} from "@azure/core-rest-pipeline";
import { describe, expect, it } from "vitest";
import { sameOriginPolicy, stateChangeRetryStrategy } from "../../generator/runtime/policies.ts";
import { rejection } from "./support/errors.ts";

const request = createPipelineRequest({ url: "https://management.azure.com/x", method: "POST" });
const response = (status: number, headers: Record<string, string> = {}): PipelineResponse => ({
  status,
  headers: createHttpHeaders(headers),
  request,
});
const transportError = (code: string) => new RestError("connection failed", { code, request });

describe("stateChangeRetryStrategy", () => {
  const strategy = stateChangeRetryStrategy({ retryDelayInMs: 100, maxRetryDelayInMs: 1000 });

  it("retries a 429 after its Retry-After (seconds, milliseconds or date), else with backoff", () => {
    expect(strategy.retry({ retryCount: 0, response: response(429, { "retry-after": "2" }) })).toEqual({
      retryAfterInMs: 2000,
    });
    expect(strategy.retry({ retryCount: 0, response: response(429, { "retry-after-ms": "15" }) })).toEqual({
      retryAfterInMs: 15,
    });
    expect(strategy.retry({ retryCount: 0, response: response(429, { "x-ms-retry-after-ms": "0" }) })).toEqual({
      retryAfterInMs: 0,
    });
    const past = new Date(Date.now() - 60_000).toUTCString();
    expect(strategy.retry({ retryCount: 0, response: response(429, { "retry-after": past }) })).toEqual({
      retryAfterInMs: 0,
    });
    const backoff = strategy.retry({ retryCount: 2, response: response(429) }).retryAfterInMs!;
    expect(backoff).toBeGreaterThanOrEqual(320);
    expect(backoff).toBeLessThanOrEqual(480);
  });

  it("retries a connection that was never made", () => {
    for (const code of ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]) {
      expect(strategy.retry({ retryCount: 0, responseError: transportError(code) }).retryAfterInMs).toBeGreaterThan(0);
    }
  });

  it("does not retry anything the service may have acted on", () => {
    for (const status of [500, 502, 503, 504, 408]) {
      expect(strategy.retry({ retryCount: 0, response: response(status, { "retry-after": "1" }) })).toEqual({
        skipStrategy: true,
      });
    }
    for (const code of ["ECONNRESET", "ETIMEDOUT", "ESOCKETTIMEDOUT", RestError.REQUEST_SEND_ERROR]) {
      expect(strategy.retry({ retryCount: 0, responseError: transportError(code) })).toEqual({ skipStrategy: true });
    }
  });

  it("caps the backoff at maxRetryDelayInMs", () => {
    expect(strategy.retry({ retryCount: 10, response: response(429) }).retryAfterInMs).toBeLessThanOrEqual(1200);
  });
});

describe("sameOriginPolicy", () => {
  const pipeline = createEmptyPipeline();
  pipeline.addPolicy(sameOriginPolicy("https://management.azure.com"));
  const sent: string[] = [];
  const httpClient = {
    sendRequest: async (r: typeof request): Promise<PipelineResponse> => {
      sent.push(r.url);
      return { status: 200, headers: createHttpHeaders(), request: r };
    },
  };

  it("lets requests to the client's origin through", async () => {
    await pipeline.sendRequest(
      httpClient,
      createPipelineRequest({ url: "https://management.azure.com/a", method: "GET" }),
    );
    expect(sent).toEqual(["https://management.azure.com/a"]);
  });

  it("refuses any other origin, scheme or port before sending", async () => {
    for (const url of [
      "https://evil.example/a",
      "http://management.azure.com/a",
      "https://management.azure.com:444/a",
    ]) {
      const error = await rejection(pipeline.sendRequest(httpClient, createPipelineRequest({ url, method: "GET" })));
      expect(error).toMatchObject({ name: "RestError", code: "CROSS_ORIGIN_REQUEST" });
    }
    expect(sent).toHaveLength(1);
  });
});
