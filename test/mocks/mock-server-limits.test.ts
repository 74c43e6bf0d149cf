/**
 * Issue 13, finding 10: the mock server is bounded like a real front door. Oversized bodies get 413 without
 * being read (the client counts what it managed to send), call recording keeps a bounded window, a non-JSON or
 * untyped body gets 415, a duplicate api-version and a malformed Host get 400 — never a 500.
 */
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadServiceDescriptions } from "../../generator/mock-server/load-services.ts";
import { startMockServer, type RunningMockServer } from "../../generator/mock-server/server.ts";
import type { MockFixture, MockServiceDescription } from "../../generator/runtime/mock-types.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

let server: RunningMockServer;
let description: MockServiceDescription;
const LIMIT = 64 * 1024;

beforeAll(async () => {
  const descriptions = await loadServiceDescriptions(path.join(REPO_ROOT, "generated"));
  description = descriptions.find((d) => d.service === "datafactory")!;
  server = await startMockServer({ descriptions, port: 0, maxRequestBodyBytes: LIMIT, maxRecordedCalls: 5 });
}, 60_000);
afterAll(() => server.close());

/** The documented sample request of the POST operation (regenerateAuthKey), aimed at the server. */
function sample(query = "") {
  const operation = description.operations.find((op) => op.operationId === "IntegrationRuntimes_RegenerateAuthKey")!;
  const fixture = Object.entries(description.fixtures[operation.operationId]!).find(([name]) => name.startsWith("example-"))![1] as MockFixture;
  const parameters = fixture.request!.parameters as Record<string, string>;
  const pathPart = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(parameters[name]!));
  return { url: `${server.url}${description.basePath}${pathPart}?api-version=${parameters["api-version"]}${query}`, body: JSON.stringify(fixture.request!.body), status: fixture.status };
}

interface Reply {
  status: number;
  body: { error?: { code: string; message: string } } | undefined;
}

function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "POST", headers: { authorization: "Bearer t", ...init.headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

const json = { "content-type": "application/json" };

describe("oagen mock server limits (#10)", () => {
  it("answers the documented sample (the limits do not get in the way)", async () => {
    const { url, body, status } = sample();
    expect((await send(url, { headers: json, body })).status).toBe(status);
  });

  it("refuses a declared oversized body with 413", async () => {
    const reply = await send(sample().url, { headers: json, body: JSON.stringify({ keyName: "x".repeat(LIMIT * 2) }) });
    expect(reply.status).toBe(413);
    expect(reply.body?.error?.code).toBe("RequestEntityTooLarge");
  });

  it("stops reading a streamed (chunked) body past the limit: 413, and the client cannot push 20 MB", async () => {
    let written = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(sample().url, { method: "POST", headers: { ...json, authorization: "Bearer t", "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", (e: NodeJS.ErrnoException) => (e.code === "ECONNRESET" || e.code === "EPIPE" ? undefined : reject(e)));
      const chunk = Buffer.alloc(16 * 1024, "a");
      const pump = () => {
        while (written < 20 * 1024 * 1024 && !req.destroyed) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it("keeps only the newest maxRecordedCalls calls", async () => {
    const engine = server.engines.find((e) => e.description.service === "datafactory")!;
    const { url, body } = sample();
    for (let i = 0; i < 12; i++) await send(url, { headers: json, body });
    expect(engine.calls.length).toBe(5);
    expect(engine.calls.every((c) => c.operationId === "IntegrationRuntimes_RegenerateAuthKey")).toBe(true);
  });

  it.each([
    ["a text/plain body", { "content-type": "text/plain" }],
    ["an untyped body", {}],
    ["an XML body", { "content-type": "application/xml" }],
  ])("answers %s with 415", async (_label, headers) => {
    const { url, body } = sample();
    const reply = await send(url, { headers, body });
    expect(reply.status).toBe(415);
    expect(reply.body?.error?.code).toBe("UnsupportedMediaType");
  });

  it("accepts application/json with a charset and +json types", async () => {
    const { url, body, status } = sample();
    expect((await send(url, { headers: { "content-type": "application/json; charset=utf-8" }, body })).status).toBe(status);
    expect((await send(url, { headers: { "content-type": "application/merge-patch+json" }, body })).status).toBe(status);
  });

  it("answers a duplicate api-version with 400", async () => {
    const { url, body } = sample("&api-version=2018-06-01");
    const reply = await send(url, { headers: json, body });
    expect(reply.status).toBe(400);
    expect(reply.body?.error).toMatchObject({ code: "InvalidApiVersionParameter", message: expect.stringContaining("2 times") });
  });

  it.each(["bad host", "exa_mple.com:99999999", "[::1", "a/b"])("answers a malformed Host %j with 400, not 500", async (host) => {
    const port = Number(new URL(server.url).port);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.end(`GET /x HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
      let text = "";
      socket.setEncoding("utf8").on("data", (c: string) => (text += c));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
  });
});
