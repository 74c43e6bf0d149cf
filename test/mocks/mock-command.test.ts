/**
 * `oagen mock --tls` as users run it (the real bin, in a child process): it starts on loopback with a throwaway
 * CA, answers each operation's documented sample request with the documented response, rejects a bad path
 * parameter in the service's error model, and stops cleanly on SIGINT.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockFixture, MockServiceDescription } from "../../generator/runtime/mock-types.ts";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";
import { httpsRequest } from "./support/https.ts";

const PACKAGE_DIR = path.join(REPO_ROOT, "generated");
const SERVICES = ["apimanagement", "datafactory", "deviceprovisioningservices", "machinelearningservices", "purview-scanning"];

let child: ChildProcessWithoutNullStreams;
let stdout = "";
let baseUrl: string;
let caFile: string;

beforeAll(async () => {
  child = spawn(process.execPath, [path.join(REPO_ROOT, "generator/bin/oagen.js"), "mock", "--port", "0", "--tls", "--out", PACKAGE_DIR], { cwd: REPO_ROOT });
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => stdout.includes("Press Ctrl+C to stop.") && resolve());
    child.once("exit", (code) => reject(new Error(`oagen mock exited (${code}) before serving:\n${stdout}`)));
  });
  baseUrl = /serving 5 services on (https:\/\/127\.0\.0\.1:\d+) \(loopback only\)/.exec(stdout)![1]!;
  caFile = /^CA certificate: (.+)$/m.exec(stdout)![1]!;
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

async function descriptionOf(service: string): Promise<MockServiceDescription> {
  return ((await import(`azure-keys/${service}/mocks`)) as { serviceDescription: MockServiceDescription }).serviceDescription;
}

/** The documented sample request of an operation, aimed at the mock server. */
function sampleRequest(description: MockServiceDescription, operationId: string, override: Record<string, string> = {}) {
  const operation = description.operations.find((op) => op.operationId === operationId)!;
  const sample = Object.entries(description.fixtures[operationId]!).find(([name]) => name.startsWith("example-"))![1] as MockFixture;
  const parameters = { ...sample.request!.parameters, ...override };
  const pathPart = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(parameters[name])));
  const url = `${baseUrl}${description.basePath}${pathPart}?api-version=${encodeURIComponent(String(parameters["api-version"]))}`;
  const body = sample.request!.body === undefined ? undefined : JSON.stringify(sample.request!.body);
  const headers: Record<string, string> = { authorization: "Bearer mock-token" };
  if (body !== undefined) headers["content-type"] = "application/json";
  return { method: operation.method, url, caFile, headers, ...(body !== undefined ? { body } : {}), sample };
}

describe("oagen mock --tls", () => {
  it("serves on loopback only and prints the CA file", () => {
    expect(baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(caFile)).toBe(true);
    for (const service of SERVICES) expect(stdout).toContain(service);
  });

  it.each(SERVICES)("answers every %s operation's documented sample request with its documented response", async (service) => {
    const description = await descriptionOf(service);
    for (const operation of description.operations) {
      const { sample, ...request } = sampleRequest(description, operation.operationId);
      const reply = await httpsRequest(request.url, request);
      expect({ status: reply.status, body: reply.body }).toEqual({ status: sample.status, body: sample.body });
    }
  });

  it("rejects a bad path parameter with the service's 400 error body", async () => {
    const description = await descriptionOf("datafactory");
    const { sample: _, ...request } = sampleRequest(description, "IntegrationRuntimes_RegenerateAuthKey", { factoryName: "../evil" });
    const reply = await httpsRequest(request.url, request);
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ error: { code: "InvalidParameter", message: expect.stringContaining("'factoryName'"), target: "factoryName" } });
  });

  it("requires a bearer token", async () => {
    const description = await descriptionOf("purview-scanning");
    const { sample: _, ...request } = sampleRequest(description, "IntegrationRuntimes_ListAuthKeys");
    const reply = await httpsRequest(request.url, { ...request, headers: {} });
    expect(reply.status).toBe(401);
    expect(reply.headers["x-ms-error-code"]).toBe("AuthenticationFailed");
  });

  it("stops cleanly on SIGINT, exiting 0 and removing the throwaway CA", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stdout).toContain("oagen mock: stopped");
    expect(existsSync(caFile)).toBe(false);
  });
});

describe("oagen mock usage errors (exit 2)", () => {
  it("refuses a bad --port, a folder without a built package, and a port in use", async () => {
    expect(await runCli(["mock", "--port", "http"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--port must be a port number") });
    expect(await runCli(["mock", "--out", "no-such-folder"])).toMatchObject({ code: 2, stderr: expect.stringContaining("run `oagen generate` first") });
    const blocker = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const result = await runCli(["mock", "--port", String(port), "--out", PACKAGE_DIR]);
    blocker.close();
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("EADDRINUSE") });
  });
});
