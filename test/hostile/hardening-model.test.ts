/**
 * Issue 13, findings 4 and 7 at the model: spec problems the emitters cannot handle are exit-2 diagnostics with
 * a pointer (never exit 3), plain-http servers are refused except on loopback, and a service folder given on
 * the command line names its service.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics/index.ts";
import { loadAndModel } from "../../generator/core/index.ts";
import { isApiVersion } from "../../generator/core/discover.ts";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";
import { createWorkspace } from "./support/generated-package.ts";

const workspace = createWorkspace("hardening-model");
afterAll(() => workspace.dispose());

const MINIMAL = readFileSync(path.join(REPO_ROOT, "test/specs/minimal.yaml"), "utf8");

function spec(name: string, text: string): string {
  const folder = path.join(workspace.dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "spec.yaml"), text);
  return path.relative(REPO_ROOT, path.join(folder, "spec.yaml"));
}

async function inspect(file: string): Promise<{ code: number; diagnostics: Diagnostic[] }> {
  const { code, stderr } = await runCli(["inspect", file, "--format", "json"]);
  const json = stderr.trim().startsWith("{") ? (JSON.parse(stderr) as { diagnostics: Diagnostic[] }).diagnostics : [];
  return { code, diagnostics: json };
}

const withSubscription = (type: string) =>
  MINIMAL.replace("/things/{thingName}/listKeys", "/subscriptions/{subscriptionId}/things/{thingName}/listKeys").replace(
    "        - name: api-version",
    `        - name: subscriptionId\n          in: path\n          required: true\n          schema:\n            type: ${type}\n        - name: api-version`,
  );

describe("client parameters that are not strings (#4)", () => {
  it.each(["integer", "number", "boolean", "array\n            items: { type: string }", "object"])("rejects a %s subscriptionId with a pointer, exit 2", async (type) => {
    const file = spec(`sub-${type.split("\n")[0]}`, withSubscription(type));
    const { code, diagnostics } = await inspect(file);
    expect(code).toBe(2);
    const d = diagnostics.find((x) => x.code === "non-string-client-parameter")!;
    expect(d).toMatchObject({ severity: "error", file, pointer: "#/paths/~1subscriptions~1{subscriptionId}~1things~1{thingName}~1listKeys/post/parameters/1/schema" });
    expect(d.line).toBeGreaterThan(0);
    expect(d.hint).toMatch(/type: string/);
  });

  it("rejects a non-string api-version", async () => {
    const { code, diagnostics } = await inspect(spec("api-version-int", MINIMAL.replace(/(- name: api-version\n(?:.*\n){3}\s+)type: string/, "$1type: integer")));
    expect(code).toBe(2);
    expect(diagnostics.map((d) => d.code)).toContain("non-string-client-parameter");
  });

  it("still accepts a string subscriptionId", async () => {
    expect((await inspect(spec("sub-string", withSubscription("string")))).code).toBe(0);
  });
});

describe("plain http servers (#7)", () => {
  it.each([
    ["servers: [{url: http://example.com}]", "#/servers/0/url"],
    ["servers: [{url: 'HTTP://vault.example.com/keys'}]", "#/servers/0/url"],
    ["servers: [{url: '{endpoint}', variables: {endpoint: {default: 'http://10.0.0.1'}}}]", "#/servers/0/variables/endpoint/default"],
  ])("rejects %s", async (servers, pointer) => {
    const { code, diagnostics } = await inspect(spec(`http-${pointer.length}-${servers.length}`, MINIMAL.replace(/servers:\n  - url: .*\n/, `${servers}\n`)));
    expect(code).toBe(2);
    expect(diagnostics.find((d) => d.code === "insecure-server-url")).toMatchObject({ severity: "error", pointer });
  });

  it("rejects Swagger 2.0 `schemes: [http]`", async () => {
    const swagger = `swagger: "2.0"\ninfo: {title: Plain, version: "2024-01-01"}\nhost: keys.example.com\nschemes: [http]\npaths:\n  /keys:\n    get:\n      operationId: Keys_List\n      responses:\n        "200": {description: OK}\n`;
    const { code, diagnostics } = await inspect(spec("swagger-http", swagger));
    expect(code).toBe(2);
    expect(diagnostics.find((d) => d.code === "insecure-server-url")).toMatchObject({ pointer: "#/schemes" });
  });

  it.each(["http://localhost:8080", "http://127.0.0.1", "http://[::1]:4010"])("allows loopback %s with a warning", async (url) => {
    const { code } = await inspect(spec(`loopback-${url.length}`, MINIMAL.replace("https://management.azure.com", url)));
    expect(code).toBe(0);
    const { warnings } = await loadAndModel({ inputs: [spec(`loopback-w-${url.length}`, MINIMAL.replace("https://management.azure.com", url))], cwd: REPO_ROOT });
    expect(warnings.map((w) => w.code)).toContain("insecure-server-url");
  });
});

describe("service names from folders (#7)", () => {
  it("names the service after the folder given on the command line, not its api-version folder", async () => {
    const { ir } = await loadAndModel({ inputs: ["specs/datafactory"], cwd: REPO_ROOT });
    expect(ir.services.map((s) => s.name)).toEqual(["datafactory"]);
    const { ir: versionFolder } = await loadAndModel({ inputs: ["specs/datafactory/2018-06-01"], cwd: REPO_ROOT });
    expect(versionFolder.services.map((s) => s.name)).toEqual(["datafactory"]);
  });

  it("still names services by their sub-folder when given the specs root", async () => {
    const { ir } = await loadAndModel({ inputs: ["specs"], cwd: REPO_ROOT });
    expect(ir.services.map((s) => s.name)).toContain("datafactory");
    expect(ir.services.map((s) => s.name)).not.toContain("2018-06-01");
  });

  it("recognises Azure api-version folder names", () => {
    for (const v of ["2018-06-01", "2024-05-01-preview", "v1", "7.4", "7.4-preview.1"]) expect(isApiVersion(v), v).toBe(true);
    for (const v of ["datafactory", "keyvault", "v1beta-service"]) expect(isApiVersion(v), v).toBe(false);
  });
});
