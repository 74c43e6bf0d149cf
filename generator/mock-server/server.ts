/**
 * The `oagen mock` server: plain Node http(s) on the loopback interface, one mock engine per service (the same
 * engine the mock HttpClient and msw handlers use), so every language's integration tests meet the same
 * fixtures and rules. A request goes to the service that has its path; a path no service has gets ARM's
 * `{ error: { code, message } }` 404.
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
}

export interface RunningMockServer {
  /** `http(s)://127.0.0.1:<port>` */
  url: string;
  engines: readonly MockEngine[];
  close(): Promise<void>;
}

const HOST = "127.0.0.1";

export async function startMockServer(options: MockServerOptions): Promise<RunningMockServer> {
  const engines = options.descriptions.map((description) => createMockEngine(description));
  const scheme = options.tls ? "https" : "http";
  const listener: http.RequestListener = (req, res) => {
    serve(engines, scheme, req, res).catch((error: unknown) => {
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

async function serve(engines: readonly MockEngine[], scheme: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const bodyText = await readBody(req);
  const url = new URL(req.url ?? "/", `${scheme}://${req.headers.host ?? HOST}`);
  const engine = engines.find((e) => e.hasPath(url));
  if (!engine) {
    const message = `No mocked service has the path '${url.pathname}'.`;
    writeAnswer(res, {
      kind: "response",
      status: 404,
      headers: { "content-type": "application/json; charset=utf-8" },
      bodyText: JSON.stringify({ error: { code: "NotFound", message } }),
    });
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

async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks).toString("utf8") : undefined;
}
