/**
 * Issue 10's "done when": each of the five operations, generated straight from Azure's upstream file with
 * `--operation`, `--client-name` (and `--credential-scopes` for Purview), gives a client whose request on the
 * local HTTPS server is byte-identical to the request of the client generated from our fragment (the committed
 * `azure-keys` package): method, URL, headers (but the per-request id) and body; and both ask for the same token
 * scope. Generation runs the real pipeline, whose compile stage type-checks the package strictly.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fragmentApim from "azure-keys/apimanagement";
import * as fragmentDataFactory from "azure-keys/datafactory";
import * as fragmentDps from "azure-keys/deviceprovisioningservices";
import * as fragmentMl from "azure-keys/machinelearningservices";
import * as fragmentPurview from "azure-keys/purview-scanning";
import { runPipeline } from "../../generator/core/index.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { useHarness } from "../clients/support/harness.ts";
import { createWorkspace } from "../hostile/support/generated-package.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { UPSTREAM_OPERATIONS, type UpstreamOperation } from "./support/upstream.ts";

const harness = useHarness();
const workspace = createWorkspace("upstream-wire");
afterAll(() => workspace.dispose());

type Module = Record<string, unknown>;
const upstreamModules = new Map<string, Module>();
const warningsByService = new Map<string, string[]>();

/** The module a package entry (`./<service>`) resolves to in a written package. */
async function importEntry(outDir: string, entry: string): Promise<Module> {
  const pkg = JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { exports: Record<string, { import: string }> };
  return (await import(pathToFileURL(path.join(outDir, pkg.exports[entry]!.import)).href)) as Module;
}

async function generateUpstream(op: UpstreamOperation): Promise<void> {
  const outDir = path.join(workspace.dir, op.service);
  const result = await runPipeline({
    inputs: [op.file],
    outDir,
    cwd: REPO_ROOT,
    typecheck: true,
    service: op.service,
    operations: [op.operationId],
    clientName: op.clientName,
    ...(op.credentialScopes ? { credentialScopes: op.credentialScopes } : {}),
  });
  writeOutput(result.files, outDir);
  warningsByService.set(op.service, result.warnings.map((w) => w.code));
  upstreamModules.set(op.service, await importEntry(outDir, `./${op.service}`));
}

beforeAll(async () => {
  for (const op of UPSTREAM_OPERATIONS) await generateUpstream(op);
}, 900_000);

interface Call {
  service: string;
  fragment: Module;
  clientOptions: Record<string, unknown>;
  response: unknown;
  call: (client: Record<string, Record<string, (...args: unknown[]) => unknown>>) => Promise<unknown>;
}

const CALLS: Call[] = [
  {
    service: "purview-scanning",
    fragment: fragmentPurview,
    clientOptions: {},
    response: { authKey1: "authKey1", authKey2: "authKey2" },
    call: (c) => c["integrationRuntimes"]!["listAuthKeys"]!({ integrationRuntimeName: "myIntegrationRuntime" }) as Promise<unknown>,
  },
  {
    service: "datafactory",
    fragment: fragmentDataFactory,
    clientOptions: { subscriptionId: "12345678-1234-1234-1234-12345678abc" },
    response: { authKey2: "**********" },
    call: (c) =>
      c["integrationRuntimes"]!["regenerateAuthKey"]!({
        resourceGroupName: "exampleResourceGroup",
        factoryName: "exampleFactoryName",
        integrationRuntimeName: "exampleIntegrationRuntime",
        body: { keyName: "authKey2" },
      }) as Promise<unknown>,
  },
  {
    service: "apimanagement",
    fragment: fragmentApim,
    clientOptions: { subscriptionId: "00000000-0000-0000-0000-000000000000" },
    response: { id: "5600b59375ff190048020001", primaryKey: "<primaryKey>", secondaryKey: "<secondaryKey>", enabled: true },
    call: (c) => c["tenantAccess"]!["listSecrets"]!({ resourceGroupName: "rg1", serviceName: "apimService1", accessName: "access" }) as Promise<unknown>,
  },
  {
    service: "machinelearningservices",
    fragment: fragmentMl,
    clientOptions: { subscriptionId: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" },
    response: { userStorageResourceId: "/subscriptions/x", containerRegistryCredentials: { username: "u", passwords: [{ name: "password", value: "<value>" }] } },
    call: (c) => c["workspaces"]!["listKeys"]!({ resourceGroupName: "testrg123", workspaceName: "workspaces123" }) as Promise<unknown>,
  },
  {
    service: "deviceprovisioningservices",
    fragment: fragmentDps,
    clientOptions: { subscriptionId: "91d12660-3dec-467a-be2a-213b5544ddc0" },
    response: { value: [{ keyName: "key1", primaryKey: "#####", secondaryKey: "####=", rights: "ServiceConfig" }] },
    call: async (c) => {
      const items: unknown[] = [];
      for await (const item of c["iotDpsResource"]!["listKeys"]!({ resourceGroupName: "myResourceGroup", provisioningServiceName: "myFirstProvisioningService" }) as AsyncIterable<unknown>) items.push(item);
      return items;
    },
  },
];

/** One call through a client class; what reached the server, as bytes and headers. */
async function capture(module: Module, clientName: string, c: Call) {
  harness.server.requests.length = 0;
  harness.server.handle(() => ({ status: 200, body: c.response }));
  const options = harness.options();
  const Client = module[clientName] as new (options: unknown) => Record<string, Record<string, (...args: unknown[]) => unknown>>;
  const result = await c.call(new Client({ ...options, ...c.clientOptions }));
  expect(harness.server.requests).toHaveLength(1);
  const [request] = harness.server.requests;
  const { "x-ms-client-request-id": requestId, ...headers } = request!.headers;
  expect(requestId).toBeTypeOf("string");
  return { request: { method: request!.method, url: request!.url, headers, body: request!.body }, result, scopes: options.credential.calls };
}

describe("upstream operations are identical on the wire to the fragments", () => {
  it.each(CALLS.map((c) => [c.service, c] as const))("%s", async (service, c) => {
    const op = UPSTREAM_OPERATIONS.find((o) => o.service === service)!;
    const upstream = upstreamModules.get(service)!;
    expect(Object.keys(upstream)).toContain(op.clientName);
    const fromFragment = await capture(c.fragment, op.clientName, c);
    const fromUpstream = await capture(upstream, op.clientName, c);
    expect(fromUpstream.request).toEqual(fromFragment.request);
    expect(fromUpstream.result).toEqual(fromFragment.result);
    expect(fromUpstream.scopes).toEqual(fromFragment.scopes);
  });

  it("the single operations generate without errors; the only warnings are known, harmless ones", () => {
    for (const op of UPSTREAM_OPERATIONS) {
      const allowed = new Set(["invalid-definition-name", "example-file-missing", "client-flatten-not-applied"]);
      expect(warningsByService.get(op.service)!.filter((w) => !allowed.has(w)), op.service).toEqual([]);
    }
  });
});
