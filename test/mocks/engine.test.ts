/**
 * The mock engine on a hand-built description: routing, the service's checks and error models, every scenario
 * control, and call recording.
 */
import { describe, expect, it } from "vitest";
import { createMockEngine, type MockAnswer, type MockRequest } from "../../generator/runtime/mock-engine.ts";
import {
  description,
  ENDPOINT,
  LIST_AUTH_KEYS_URL,
  LIST_KEYS_URL,
  REGENERATE_URL,
  TOKEN_HEADERS,
} from "./support/description.ts";

type Response = MockAnswer & { kind: "response" };

function request(url: string, extra: Partial<MockRequest> = {}): MockRequest {
  return { method: "POST", url, headers: { ...TOKEN_HEADERS }, ...extra };
}

async function answer(engine: ReturnType<typeof createMockEngine>, req: MockRequest): Promise<Response & { body: any }> {
  const a = await engine.handle(req);
  if (a.kind !== "response") throw new Error("expected a response, got a dropped connection");
  return { ...a, body: a.bodyText === undefined ? undefined : JSON.parse(a.bodyText) };
}

const regenerate = (body: unknown, url = REGENERATE_URL) =>
  request(url, { bodyText: typeof body === "string" ? body : JSON.stringify(body), headers: { ...TOKEN_HEADERS, "content-type": "application/json" } });

describe("routing", () => {
  it("answers an operation with its default fixture, keeping its headers and adding Azure's", async () => {
    const engine = createMockEngine(description);
    const res = await answer(engine, request(LIST_AUTH_KEYS_URL, { headers: { ...TOKEN_HEADERS, "x-ms-client-request-id": "c-1" } }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ authKey1: "authKey1", authKey2: "authKey2" });
    expect(res.headers).toMatchObject({
      "content-type": "application/json; charset=utf-8",
      "x-ms-request-id": "d5496da4-9c52-402f-b067-83cc9ddea888",
      "x-ms-client-request-id": "c-1",
    });
  });

  it("matches `:action` paths and literal segments case-insensitively, whatever the host", async () => {
    const engine = createMockEngine(description);
    const res = await answer(engine, request("https://other.example/SCAN/IntegrationRuntimes/rt1:LISTAUTHKEYS?api-version=2023-09-01"));
    expect(res.status).toBe(200);
  });

  it("answers 404 for an unknown path and 405 for a wrong method, in the service's error model", async () => {
    const engine = createMockEngine(description);
    const missing = await answer(engine, request(`${ENDPOINT}/scan/nothing-here?api-version=2023-09-01`));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NotFound");
    expect(missing.headers["x-ms-error-code"]).toBe("NotFound");
    const wrongMethod = await answer(engine, request(LIST_AUTH_KEYS_URL, { method: "GET" }));
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers["allow"]).toBe("POST");
  });
});

describe("checks", () => {
  it("requires a bearer token (401 in the service's model), unless told not to", async () => {
    const engine = createMockEngine(description);
    const none = await answer(engine, request(LIST_AUTH_KEYS_URL, { headers: {} }));
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: { code: "AuthenticationFailed", message: expect.stringContaining("missing") } });
    expect(none.headers["x-ms-error-code"]).toBe("AuthenticationFailed");
    const basic = await answer(engine, request(LIST_AUTH_KEYS_URL, { headers: { authorization: "Basic dTpw" } }));
    expect(basic.status).toBe(401);
    const relaxed = createMockEngine(description, { requireBearerToken: false });
    expect((await answer(relaxed, request(LIST_AUTH_KEYS_URL, { headers: {} }))).status).toBe(200);
  });

  it("requires a known api-version", async () => {
    const engine = createMockEngine(description);
    const missing = await answer(engine, request(LIST_AUTH_KEYS_URL.replace(/\?.*/, "")));
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: "MissingApiVersionParameter", target: "api-version" });
    const unknown = await answer(engine, request(LIST_AUTH_KEYS_URL.replace("2023-09-01", "2020-01-01")));
    expect(unknown.body.error).toMatchObject({ code: "InvalidApiVersionParameter", target: "api-version" });
    expect(unknown.body.error.message).toContain("2023-09-01");
  });

  it.each([
    ["an encoded slash", "a%2Fb"],
    ["a dot-dot value", ".."],
    ["a too-short value", "ab"],
    ["an empty value", ""],
  ])("rejects %s in a path parameter with 400, naming the parameter but not the value", async (_, value) => {
    const engine = createMockEngine(description);
    const res = await answer(engine, request(LIST_AUTH_KEYS_URL.replace("myRuntime", value)));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "InvalidParameter", target: "integrationRuntimeName" });
    if (value.length > 2) expect(res.body.error.message).not.toContain(value);
  });

  it("rejects malformed percent-encoding", async () => {
    const res = await answer(createMockEngine(description), request(LIST_AUTH_KEYS_URL.replace("myRuntime", "bad%E0%A4")));
    expect(res.body.error).toMatchObject({ code: "InvalidParameter", target: "integrationRuntimeName" });
  });

  it("checks the body and query values with the operation's validator", async () => {
    const engine = createMockEngine(description);
    expect((await answer(engine, regenerate({ keyName: "authKey2" }))).status).toBe(200);
    const badJson = await answer(engine, regenerate("{not json"));
    expect(badJson.body.error).toMatchObject({ code: "InvalidRequestContent", target: "regenerateKeyParameters" });
    const badKey = await answer(engine, regenerate({ keyName: "authKey3" }));
    expect(badKey.body.error).toMatchObject({ code: "InvalidRequestContent", target: "regenerateKeyParameters/keyName" });
    const noBody = await answer(engine, request(REGENERATE_URL));
    expect(noBody.status).toBe(400);
    const badTop = await answer(engine, regenerate({ keyName: "authKey1" }, `${REGENERATE_URL}&$top=abc`));
    expect(badTop.body.error).toMatchObject({ code: "InvalidParameter", target: "$top" });
    expect((await answer(engine, regenerate({ keyName: "authKey1" }, `${REGENERATE_URL}&$top=5`))).status).toBe(200);
  });

  it("writes a flat error model with its string status (DPS's ErrorDetails)", async () => {
    const res = await answer(createMockEngine(description), request(LIST_KEYS_URL, { headers: {} }));
    expect(res.body).toEqual({ code: "AuthenticationFailed", message: expect.any(String), httpStatusCode: "401" });
    expect(res.headers["x-ms-error-code"]).toBeUndefined();
  });
});

describe("scenarios", () => {
  it("pick a fixture, or script answers call by call (the last repeating)", async () => {
    const engine = createMockEngine(description, { scenarios: { ListAuthKeys: { fixture: "200" } } });
    expect((await answer(engine, request(LIST_AUTH_KEYS_URL))).body.authKey1).toBe("a1");
    engine.setScenario("ListAuthKeys", {
      headers: { etag: '"7"' },
      answers: [{ fixture: "example-list" }, { body: { authKey1: "authKey1", authKey2: "rotated" } }, { fixture: "error-404" }],
    });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await answer(engine, request(LIST_AUTH_KEYS_URL)));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 404, 404]);
    expect(replies[1]!.body).toEqual({ authKey1: "authKey1", authKey2: "rotated" });
    expect(replies.every((r) => r.headers["etag"] === '"7"')).toBe(true);
  });

  it("refuse unknown operations and fixture names with the known ones listed", () => {
    const engine = createMockEngine(description);
    expect(() => engine.setScenario("ListAuthKeys", { fixture: "nope" as "200" })).toThrow(/no fixture 'nope'; known: 200, example-list, error-404/);
    expect(() => engine.setScenario("ListAuthKeys", { answers: [{}, { fixture: "gone" as "200" }] })).toThrow(/no fixture 'gone'/);
    expect(() => engine.setScenario("Nope" as "ListAuthKeys", {})).toThrow(/unknown operation 'Nope'/);
    expect(() => engine.setScenario("toString" as "ListAuthKeys", {})).toThrow(/unknown operation 'toString'/);
    expect(() => engine.setScenario("*", { fixture: "200" } as object)).toThrow(/cannot pick fixtures/);
  });

  it("force a status, a body and headers", async () => {
    const engine = createMockEngine(description);
    engine.setScenario("ListAuthKeys", { status: 409 });
    const conflict = await answer(engine, request(LIST_AUTH_KEYS_URL));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("Conflict");
    expect(conflict.headers["x-ms-error-code"]).toBe("Conflict");
    engine.setScenario("ListAuthKeys", { status: 202, headers: { etag: '"1"' } });
    const accepted = await answer(engine, request(LIST_AUTH_KEYS_URL));
    expect([accepted.status, accepted.body.authKey1, accepted.headers["etag"]]).toEqual([202, "authKey1", '"1"']);
    engine.setScenario("ListAuthKeys", { status: 418, body: { error: { code: "Teapot", message: "short and stout" } } });
    const custom = await answer(engine, request(LIST_AUTH_KEYS_URL));
    expect([custom.status, custom.body.error.code]).toEqual([418, "Teapot"]);
  });

  it("throttle the first calls with 429 or 503 and Retry-After, then answer", async () => {
    const engine = createMockEngine(description, { scenarios: { ListAuthKeys: { throttle: { count: 2, retryAfterMs: 1500 } } } });
    const first = await answer(engine, request(LIST_AUTH_KEYS_URL));
    expect(first.status).toBe(429);
    expect(first.headers).toMatchObject({ "retry-after": "2", "retry-after-ms": "1500", "x-ms-error-code": "TooManyRequests" });
    expect((await answer(engine, request(LIST_AUTH_KEYS_URL))).status).toBe(429);
    expect((await answer(engine, request(LIST_AUTH_KEYS_URL))).status).toBe(200);
    engine.setScenario("ListAuthKeys", { throttle: { count: 1, status: 503 } });
    const unavailable = await answer(engine, request(LIST_AUTH_KEYS_URL));
    expect([unavailable.status, unavailable.headers["retry-after"]]).toEqual([503, "1"]);
  });

  it("delay answers, and abort promptly when the caller's signal fires", async () => {
    const engine = createMockEngine(description, { scenarios: { ListAuthKeys: { delayMs: 60 } } });
    const started = Date.now();
    expect((await answer(engine, request(LIST_AUTH_KEYS_URL))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    engine.setScenario("ListAuthKeys", { delayMs: 10_000 });
    const controller = new AbortController();
    const pending = engine.handle(request(LIST_AUTH_KEYS_URL, { abortSignal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(engine.calls.at(-1)!.status).toBeUndefined();
  });

  it("drop the connection on every call or on the first N", async () => {
    const engine = createMockEngine(description, { scenarios: { ListAuthKeys: { dropConnection: { count: 1 } } } });
    expect((await engine.handle(request(LIST_AUTH_KEYS_URL))).kind).toBe("drop");
    expect((await engine.handle(request(LIST_AUTH_KEYS_URL))).kind).toBe("response");
    engine.setScenario("ListAuthKeys", { dropConnection: true });
    expect((await engine.handle(request(LIST_AUTH_KEYS_URL))).kind).toBe("drop");
    expect((await engine.handle(request(LIST_AUTH_KEYS_URL))).kind).toBe("drop");
  });

  it("split a list across pages linked by nextLink, served to GETs", async () => {
    const engine = createMockEngine(description, { scenarios: { ListKeys: { pages: 3 } } });
    const pages = [await answer(engine, request(LIST_KEYS_URL))];
    while (pages.at(-1)!.body.nextLink) {
      const link: string = pages.at(-1)!.body.nextLink;
      expect(link).toMatch(/^https:\/\/myaccount\.purview\.azure\.com\/scan\/services\/dps1\/listkeys\?api-version=2023-09-01&\$skiptoken=/);
      pages.push(await answer(engine, request(link, { method: "GET" })));
    }
    expect(pages.map((p) => p.body.value.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => p.body.value.map((k: { keyName: string }) => k.keyName))).toEqual(["key1", "key2", "key3", "key4", "key5"]);
    const stale = await answer(engine, request(`${LIST_KEYS_URL}&$skiptoken=9-9`, { method: "GET" }));
    expect(stale.status).toBe(404);
    expect(stale.body).toMatchObject({ code: "NotFound", httpStatusCode: "404" });
  });

  it('apply "*" controls to every operation, under an operation\'s own', async () => {
    const engine = createMockEngine(description, { scenarios: { "*": { status: 503 }, ListKeys: { status: 200 } } });
    expect((await answer(engine, request(LIST_AUTH_KEYS_URL))).status).toBe(503);
    expect((await answer(engine, request(LIST_KEYS_URL))).status).toBe(200);
  });
});

describe("recording", () => {
  it("records every call with token-bearing headers redacted and the body parsed", async () => {
    const engine = createMockEngine(description);
    await engine.handle(regenerate({ keyName: "authKey2" }));
    await engine.handle(request(`${ENDPOINT}/elsewhere`, { headers: { authorization: "Bearer t", "x-ms-authorization-auxiliary": "Bearer a, Bearer b" } }));
    expect(engine.calls).toEqual([
      {
        operationId: "RegenerateAuthKey",
        method: "POST",
        url: REGENERATE_URL,
        headers: { authorization: "Bearer <redacted>", "content-type": "application/json" },
        body: { keyName: "authKey2" },
        status: 200,
      },
      {
        method: "POST",
        url: `${ENDPOINT}/elsewhere`,
        headers: { authorization: "Bearer <redacted>", "x-ms-authorization-auxiliary": "<redacted>" },
        status: 404,
      },
    ]);
    expect(JSON.stringify(engine.calls)).not.toContain("secret-token-123");
  });

  it("forgets calls, scenarios and pages on reset", async () => {
    const engine = createMockEngine(description, { scenarios: { ListAuthKeys: { status: 500 } } });
    await engine.handle(request(LIST_AUTH_KEYS_URL));
    engine.reset();
    expect(engine.calls).toHaveLength(0);
    expect((await answer(engine, request(LIST_AUTH_KEYS_URL))).status).toBe(200);
  });
});
