/**
 * The `oagen mock` server: plain Node http(s) on the loopback interface, one mock engine per service (the same
 * engine the mock HttpClient and msw handlers use), so every language's integration tests meet the same
 * fixtures and rules. A request goes to the service that has its path; a path no service has gets ARM's
 * `{ error: { code, message } }` 404.
 *
 * Bounded like a real front door: a request body over `maxRequestBodyBytes` (default 1 MiB) gets 413 without
 * being read further; a body that is not JSON (`content-type` missing or not `application/json`/`+json`) gets
 * 415; a malformed `Host` gets 400; a duplicate `api-version` gets 400 (the engine's check). Each engine keeps
 * at most `maxRecordedCalls` calls (default 100; `oagen mock` records none), so memory stays flat.
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { createMockEngine, type MockAnswer, type MockEngine } from "../runtime/mock-engine.js";
import type { MockServiceDescription } from "../runtime/mock-types.js";

export interface MockServerOptions {
  descriptions: readonly MockServiceDescription[];
  /** 0 picks a free port. */
  port: number;
  tls?: { key: string; cert: string };
  /** Largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
  maxRequestBodyBytes?: number;
  /** Calls each engine keeps for `engines[i].calls` (default 100; 0 records none). */
  maxRecordedCalls?: number;
}

export const DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;
export const DEFAULT_SERVER_RECORDED_CALLS = 100;

export interface RunningMockServer {
  /** `http(s)://127.0.0.1:<port>` */
  url: string;
  engines: readonly MockEngine[];
  close(): Promise<void>;
}

const HOST = "127.0.0.1";

export async function startMockServer(options: MockServerOptions): Promise<RunningMockServer> {
  const maxRecordedCalls = options.maxRecordedCalls ?? DEFAULT_SERVER_RECORDED_CALLS;
  const engines = options.descriptions.map((description) => createMockEngine(description, { maxRecordedCalls }));
  const scheme = options.tls ? "https" : "http";
  const limit = options.maxRequestBodyBytes ?? DEFAULT_MAX_REQUEST_BODY_BYTES;
  const listener: http.RequestListener = (req, res) => {
    serve(engines, scheme, limit, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`oagen mock: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  };
  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener) : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://${HOST}:${port}`,
    engines,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(engines: readonly MockEngine[], scheme: string, limit: number, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = requestUrl(scheme, req);
  if (url === undefined) return refuse(req, res, 400, "InvalidHost", "The Host header is not a valid host[:port].");
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return refuse(req, res, 413, "RequestEntityTooLarge", `The request body is ${declared} bytes; this mock accepts at most ${limit}.`);
  const bodyText = await readBody(req, limit);
  if (bodyText === TOO_LARGE) return refuse(req, res, 413, "RequestEntityTooLarge", `The request body is over ${limit} bytes; this mock accepts at most ${limit}.`);
  if (bodyText !== undefined && !isJsonContentType(req.headers["content-type"])) {
    return refuse(req, res, 415, "UnsupportedMediaType", `A request body must be JSON (content-type: application/json), not ${req.headers["content-type"] === undefined ? "untyped" : JSON.stringify(req.headers["content-type"])}.`);
  }
  const engine = engines.find((e) => e.hasPath(url));
  if (!engine) {
    writeAnswer(res, problem(404, "NotFound", `No mocked service has the path '${url.pathname}'.`));
    return;
  }
  const abort = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) abort.abort();
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  let answer: MockAnswer;
  try {
    answer = await engine.handle({ method: req.method ?? "GET", url: url.href, headers, bodyText, abortSignal: abort.signal });
  } catch (error) {
    if (abort.signal.aborted) return; // the client went away during a scenario delay
    throw error;
  }
  if (answer.kind === "drop") req.socket.destroy();
  else writeAnswer(res, answer);
}

function writeAnswer(res: http.ServerResponse, answer: MockAnswer & { kind: "response" }): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.bodyText);
}

const TOO_LARGE = Symbol("too large");

/** The body as text (undefined when empty), or TOO_LARGE as soon as it passes `limit` bytes (reading stops). */
async function readBody(req: http.IncomingMessage, limit: number): Promise<string | undefined | typeof TOO_LARGE> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return TOO_LARGE;
    chunks.push(chunk as Buffer);
  }
  return size > 0 ? Buffer.concat(chunks).toString("utf8") : undefined;
}

/** The request's absolute URL; undefined when the Host header cannot be part of one. */
function requestUrl(scheme: string, req: http.IncomingMessage): URL | undefined {
  const host = req.headers.host ?? HOST;
  if (!/^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/.test(host)) return undefined;
  try {
    const url = new URL(req.url ?? "/", `${scheme}://${host}`);
    return url.host.toLowerCase() === host.toLowerCase() || url.host === host.replace(/:(80|443)$/, "") ? url : undefined;
  } catch {
    return undefined;
  }
}

function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(value.trim());
}

function problem(status: number, code: string, message: string): MockAnswer & { kind: "response" } {
  return { kind: "response", status, headers: { "content-type": "application/json; charset=utf-8" }, bodyText: JSON.stringify({ error: { code, message } }) };
}

/** Answers with an error and closes the connection: the rest of the request is never read. */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, message: string): void {
  const answer = problem(status, code, message);
  res.writeHead(status, { ...answer.headers, connection: "close" });
  res.end(answer.bodyText, () => req.destroy());
}
