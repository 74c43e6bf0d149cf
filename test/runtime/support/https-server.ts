/**
 * A real HTTPS server on 127.0.0.1 with a throwaway self-signed certificate (made with the openssl CLI into a
 * temporary folder once per test process). Tests pass `tlsOptions: { ca }` to the client, as a user with a
 * private CA would. Every request is recorded exactly as it arrived on the wire.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string | string[]>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Never answer (for abort tests). */
  hang?: boolean;
  /** Drop the connection after reading the request, without answering. */
  drop?: boolean;
  /** Stream `chunk` up to `count` times (backpressure respected), stopping when the client goes away. */
  stream?: { chunk: string; count: number; onDone?: (bytesSent: number) => void };
}

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  /** `https://127.0.0.1:<port>` */
  origin: string;
  /** The CA to trust (the certificate itself). */
  ca: string;
  requests: RecordedRequest[];
  /** Replaces the handler (the recorded requests stay). */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

let certificate: { key: string; cert: string } | undefined;

function throwawayCertificate(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), "oagen-tls-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
      ],
      { stdio: "ignore" },
    );
    certificate = {
      key: readFileSync(join(dir, "key.pem"), "utf8"),
      cert: readFileSync(join(dir, "cert.pem"), "utf8"),
    };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startHttpsServer(handler: Handler = () => ({ status: 200, body: {} })): Promise<TestServer> {
  const { key, cert } = throwawayCertificate();
  const requests: RecordedRequest[] = [];
  let current = handler;
  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      void Promise.resolve(current(recorded, requests.length - 1)).then((reply) => {
        if (reply.hang) return;
        if (reply.drop) return void req.socket.destroy();
        if (reply.stream) return void streamReply(res, reply);
        const text =
          reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
        const headers: Record<string, string | string[]> = { ...reply.headers };
        if (text !== "" && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
          headers["content-type"] = "application/json";
        }
        res.writeHead(reply.status, headers);
        res.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return {
    origin: `https://127.0.0.1:${address.port}`,
    ca: cert,
    requests,
    handle(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function streamReply(res: import("node:http").ServerResponse, reply: Reply): Promise<void> {
  const { chunk, count, onDone } = reply.stream!;
  res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
  let sent = 0;
  let closed = false;
  res.on("close", () => (closed = true));
  for (let i = 0; i < count && !closed; i++) {
    sent += Buffer.byteLength(chunk);
    if (!res.write(chunk)) await new Promise<void>((resolve) => { res.once("drain", resolve); res.once("close", resolve); });
  }
  if (!closed) res.end();
  onDone?.(sent);
}

/** A port on 127.0.0.1 with nothing listening (for connection-refused tests). */
export async function closedPort(): Promise<number> {
  const server = await startHttpsServer();
  const port = Number(new URL(server.origin).port);
  await server.close();
  return port;
}
