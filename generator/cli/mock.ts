/**
 * `oagen mock [--port 4010] [--tls] [--out DIR]`: serves every operation of every service in the built package
 * (default `generated/`) from its mock fixtures and rules, on 127.0.0.1 only. `--tls` serves https on a
 * throwaway certificate and prints the CA file to trust. Runs until SIGINT or SIGTERM, then stops cleanly (0).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createThrowawayCertificate, type ThrowawayCertificate } from "../mock-server/certificate.js";
import { loadServiceDescriptions, MockPackageError } from "../mock-server/load-services.js";
import { startMockServer } from "../mock-server/server.js";
import { UsageError } from "./args.js";
import { EXIT } from "./exit-codes.js";

const DEFAULT_PORT = 4010;

export async function runMockCommand(args: string[]): Promise<number> {
  const options = parseMockArgs(args);
  let descriptions;
  try {
    descriptions = await loadServiceDescriptions(path.resolve(options.out));
  } catch (error) {
    if (!(error instanceof MockPackageError)) throw error;
    process.stderr.write(`oagen mock: ${error.message}\n`);
    return EXIT.badInput;
  }
  const certificate: ThrowawayCertificate | undefined = options.tls ? createThrowawayCertificate() : undefined;
  let server;
  try {
    server = await startMockServer({
      descriptions,
      port: options.port,
      maxRecordedCalls: 0, // nobody reads the calls of a standalone server: keep none
      ...(certificate ? { tls: { key: certificate.key, cert: certificate.cert } } : {}),
    });
  } catch (error) {
    certificate?.remove();
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE" && code !== "EACCES") throw error;
    process.stderr.write(`oagen mock: cannot listen on 127.0.0.1:${options.port} (${code}); pick another --port\n`);
    return EXIT.badInput;
  }
  const lines = [`oagen mock: serving ${descriptions.length} services on ${server.url} (loopback only)`];
  for (const d of descriptions) {
    lines.push(`  ${d.service.padEnd(28)} ${server.url}${d.basePath}  ${d.operations.map((op) => op.operationId).join(", ")}`);
  }
  if (certificate) lines.push(`CA certificate: ${certificate.caFile}`);
  lines.push("Press Ctrl+C to stop.");
  process.stdout.write(lines.join("\n") + "\n");

  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  certificate?.remove();
  process.stdout.write("oagen mock: stopped\n");
  return EXIT.ok;
}

function parseMockArgs(args: string[]): { port: number; tls: boolean; out: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: { port: { type: "string", short: "p" }, tls: { type: "boolean" }, out: { type: "string", short: "o" } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0–65535), not "${values.port}"`);
  return { port, tls: values.tls ?? false, out: values.out ?? "generated" };
}
