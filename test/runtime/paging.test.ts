import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RequestValidationError } from "../../generator/runtime/errors.ts";
import { countingCredential } from "./support/credential.ts";
import { rejection, thrown } from "./support/errors.ts";
import { FixtureClient, listKeyRules, SUBSCRIPTION, type KeyRulePage } from "./support/fixture-service.ts";
import { startHttpsServer, type TestServer } from "./support/https-server.ts";

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  [server, other] = await Promise.all([startHttpsServer(), startHttpsServer()]);
});
afterAll(() => Promise.all([server.close(), other.close()]));
afterEach(() => {
  server.requests.length = 0;
  other.requests.length = 0;
});

const params = { resourceGroupName: "rg", factoryName: "factory-1" };
const firstPath = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.DataFactory/factories/factory-1/listKeyRules?api-version=2018-06-01`;

function makeClient() {
  const credential = countingCredential();
  const client = new FixtureClient({
    credential,
    subscriptionId: SUBSCRIPTION,
    endpoint: server.origin,
    tlsOptions: { ca: server.ca },
    retryOptions: { maxRetries: 0 },
  });
  return { client, credential };
}

/** Three pages; the next links are absolute, carry their own (odd) query and no api-version. */
function threePages(): void {
  server.handle((request) => {
    if (request.url === firstPath)
      return {
        status: 200,
        body: { value: [{ keyName: "k1" }], nextLink: `${server.origin}/next/page%202?$skipToken=a%2Fb&x=1` },
      };
    if (request.url === "/next/page%202?$skipToken=a%2Fb&x=1")
      return {
        status: 200,
        body: { value: [{ keyName: "k2" }, { keyName: "k3" }], nextLink: `${server.origin}/next/3` },
      };
    if (request.url === "/next/3") return { status: 200, body: { value: [{ keyName: "k4" }], nextLink: null } };
    return { status: 404, body: { error: { code: "NotFound", message: request.url } } };
  });
}

describe("page", () => {
  it("follows nextLink across three pages: the operation's request, then GETs of each link as returned", async () => {
    threePages();
    const { client } = makeClient();
    const names: string[] = [];
    for await (const rule of listKeyRules(client, params)) names.push(rule.keyName);
    expect(names).toEqual(["k1", "k2", "k3", "k4"]);
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      `POST ${firstPath} `,
      "GET /next/page%202?$skipToken=a%2Fb&x=1 ",
      "GET /next/3 ",
    ]);
    expect(server.requests[2]!.headers.authorization).toMatch(/^Bearer /);
  });

  it("yields whole pages from byPage() and resumes from a continuation token", async () => {
    threePages();
    const { client } = makeClient();
    const pages: KeyRulePage[] = [];
    for await (const page of listKeyRules(client, params).byPage()) pages.push(page);
    expect(pages.map((p) => p.value.length)).toEqual([1, 2, 1]);
    server.requests.length = 0;
    const resumed: string[] = [];
    for await (const page of listKeyRules(client, params).byPage({ continuationToken: `${server.origin}/next/3` })) {
      resumed.push(...page.value.map((rule) => rule.keyName));
    }
    expect(resumed).toEqual(["k4"]);
    expect(server.requests.map((r) => r.url)).toEqual(["/next/3"]);
  });

  it("resolves a relative nextLink against the page it came from", async () => {
    server.handle((request) =>
      request.method === "POST"
        ? { status: 200, body: { value: [{ keyName: "k1" }], nextLink: "/relative?page=2" } }
        : { status: 200, body: { value: [{ keyName: "k2" }] } },
    );
    const { client } = makeClient();
    const names: string[] = [];
    for await (const rule of listKeyRules(client, params)) names.push(rule.keyName);
    expect(names).toEqual(["k1", "k2"]);
    expect(server.requests[1]!.url).toBe("/relative?page=2");
  });

  it("sends nothing until iterated, but checks the parameters at once", async () => {
    threePages();
    const { client, credential } = makeClient();
    const paged = listKeyRules(client, params);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toEqual([]);
    expect(credential.calls).toEqual([]);
    await paged.next();
    expect(server.requests).toHaveLength(1);
    expect(thrown(() => listKeyRules(client, { ...params, resourceGroupName: ".." }))).toBeInstanceOf(
      RequestValidationError,
    );
  });

  it("refuses a cross-origin nextLink before sending anything there", async () => {
    server.handle(() => ({
      status: 200,
      body: { value: [{ keyName: "k1" }], nextLink: `${other.origin}/steal?page=2` },
    }));
    const { client, credential } = makeClient();
    const paged = listKeyRules(client, params);
    await expect(paged.next()).resolves.toEqual({ done: false, value: { keyName: "k1" } });
    const error = await rejection(paged.next());
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ parameter: "nextLink", rule: "same-origin", value: other.origin });
    expect(error.message).not.toContain("steal");
    expect(other.requests).toEqual([]);
    expect(credential.calls).toHaveLength(1);
  });

  it("refuses a continuation token on another origin, or one that is not a URL", async () => {
    const { client } = makeClient();
    const foreign = listKeyRules(client, params).byPage({ continuationToken: `${other.origin}/x` });
    expect(await rejection(foreign.next())).toMatchObject({ rule: "same-origin" });
    const garbage = listKeyRules(client, params).byPage({ continuationToken: "http://[" });
    expect(await rejection(garbage.next())).toMatchObject({ rule: "url" });
    expect(other.requests).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it("stops at an empty nextLink and surfaces a page's error", async () => {
    server.handle((request) =>
      request.method === "POST"
        ? { status: 200, body: { value: [{ keyName: "k1" }], nextLink: `${server.origin}/gone` } }
        : { status: 404, body: { error: { code: "Gone", message: "page expired" } } },
    );
    const { client } = makeClient();
    const paged = listKeyRules(client, params);
    await paged.next();
    expect(await rejection(paged.next())).toMatchObject({ name: "RestError", statusCode: 404 });
    server.handle(() => ({ status: 200, body: { value: [], nextLink: "" } }));
    const pages: KeyRulePage[] = [];
    for await (const page of listKeyRules(client, params).byPage()) pages.push(page);
    expect(pages).toEqual([{ value: [], nextLink: "" }]);
  });

  it("passes the abort signal and onResponse to every page", async () => {
    threePages();
    const { client } = makeClient();
    const statuses: number[] = [];
    const controller = new AbortController();
    const paged = listKeyRules(client, params, {
      abortSignal: controller.signal,
      onResponse: (raw) => statuses.push(raw.status),
    });
    await paged.next();
    await paged.next();
    expect(statuses).toEqual([200, 200]);
    controller.abort();
    await paged.next(); // k3 is already in memory
    expect((await rejection(paged.next())).name).toBe("AbortError");
  });
});
