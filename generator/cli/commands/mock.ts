/**
 * `oagen mock [--port 4010] [--tls] [--out DIR]`: serves every operation of every service in the built package
 * (default `generated/`) from its mock fixtures and rules, on 127.0.0.1 only. `--tls` serves https on a
 * throwaway certificate and prints the CA file to trust. Runs until SIGINT or SIGTERM, then stops cleanly (0).
 */
import path from "node:path";
import { parseCommand, type CommandSpec, type ParsedCommand } from "../command-table.js";
import type { ThrowawayCertificate } from "../../mock-server/certificate.js";
import { UsageError } from "../usage-error.js";
import { EXIT } from "../exit-codes.js";

const DEFAULT_PORT = 4010;

export const mockCommand: CommandSpec = {
  name: "mock",
  summary: "Serve every operation of the built package from its mock fixtures, on 127.0.0.1 only, until Ctrl+C.",
  usage: "",
  details: "With --tls it serves https on a throwaway certificate and prints the CA file; trust it in Node.js with\nNODE_EXTRA_CA_CERTS=<that file>.",
  flags: [
    { name: "port", short: "p", type: "string", value: "PORT", description: "the port (default 4010; 0 picks a free one)" },
    { name: "tls", type: "boolean", description: "serve https on a throwaway certificate and print its CA file" },
    { name: "out", short: "o", type: "string", value: "DIR", description: "the generated package to serve (default generated)" },
  ],
  examples: ["oagen mock", "oagen mock --tls --port 4443   # then NODE_EXTRA_CA_CERTS=<printed CA file> node test.mjs"],
  run: (parsed) => runMock(parsed),
};

export async function runMockCommand(args: string[]): Promise<number> {
  return runMock(parseCommand(mockCommand, args));
}

async function runMock(parsed: ParsedCommand): Promise<number> {
  const options = mockOptionsOf(parsed);
  // Loaded only when serving: the other commands never pay for the server and certificate code.
  const { createThrowawayCertificate } = await import("../../mock-server/certificate.js");
  const { loadServiceDescriptions, MockPackageError } = await import("../../mock-server/load-services.js");
  const { startMockServer } = await import("../../mock-server/server.js");
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

function mockOptionsOf(parsed: ParsedCommand): { port: number; tls: boolean; out: string } {
  if (parsed.positionals.length > 0) throw new UsageError(`mock takes no arguments (got "${parsed.positionals[0]}")`, "mock");
  const values = parsed.values as { port?: string; tls?: boolean; out?: string };
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0–65535), not "${values.port}"`);
  return { port, tls: values.tls ?? false, out: values.out ?? "generated" };
}
