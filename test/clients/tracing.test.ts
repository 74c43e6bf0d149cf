/**
 * Azure SDK conventions on the wire and in traces (issue 12): a test instrumenter installed through
 * core-tracing's `useInstrumenter` sees one span per operation call, named `<Client>.<group>.<method>`, with its
 * status, and no secret (token, secret parameter or response value) in any attribute of any span; per-call
 * `tracingOptions` parent it; per-call `requestOptions` (custom headers, timeout, progress) reach the request;
 * the user agent starts with `azsdk-js-<package>/<version>`.
 */
import {
  useInstrumenter,
  type Instrumenter,
  type InstrumenterSpanOptions,
  type SpanStatus,
  type TracingContext,
  type TracingSpan,
} from "@azure/core-tracing";
import { DataFactoryClient, integrationRuntimesRegenerateAuthKey, RestError } from "azure-keys/datafactory";
import { DeviceProvisioningServicesClient } from "azure-keys/deviceprovisioningservices";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";
import { rejection } from "../runtime/support/errors.ts";
import { SUBSCRIPTION, useHarness } from "./support/harness.ts";

interface RecordedSpan {
  name: string;
  options: InstrumenterSpanOptions;
  attributes: Record<string, unknown>;
  status?: SpanStatus;
  ended: boolean;
  /** The span whose context was current when this one started. */
  parent: RecordedSpan | undefined;
}

const SPAN = Symbol("span");
const MARK = Symbol("mark");

/** An immutable TracingContext, as core-tracing's own. */
function context(values = new Map<symbol, unknown>()): TracingContext {
  return {
    getValue: (key) => values.get(key),
    setValue: (key, value) => context(new Map(values).set(key, value)),
    deleteValue: (key) => {
      const next = new Map(values);
      next.delete(key);
      return context(next);
    },
  };
}

const spans: RecordedSpan[] = [];
const testInstrumenter: Instrumenter = {
  startSpan(name, options) {
    const parentContext = options.tracingContext ?? context();
    const recorded: RecordedSpan = { name, options, attributes: { ...options.spanAttributes }, ended: false, parent: parentContext.getValue(SPAN) as RecordedSpan | undefined };
    spans.push(recorded);
    const span: TracingSpan = {
      setStatus: (status) => void (recorded.status = status),
      setAttribute: (key, value) => void (recorded.attributes[key] = value),
      end: () => void (recorded.ended = true),
      recordException: () => undefined,
      isRecording: () => true,
      addEvent: () => undefined,
    };
    return { span, tracingContext: parentContext.setValue(SPAN, recorded) };
  },
  withContext: (_context, callback, ...args) => callback(...args),
  parseTraceparentHeader: () => undefined,
  createRequestHeaders: () => ({}),
};

const harness = useHarness();
const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, "generated/package.json"), "utf8")) as { name: string; version: string };
const SDK_USER_AGENT = `azsdk-js-${packageJson.name}/${packageJson.version}`;
const factoryParams = { resourceGroupName: "rg", factoryName: "factory-1", integrationRuntimeName: "ir-1", body: { keyName: "authKey2" as const } };
const SECRETS = ["secret-auth-key-one", "secret-auth-key-two"];

beforeAll(() => useInstrumenter(testInstrumenter));
beforeEach(() => void (spans.length = 0));
afterAll(() => useInstrumenter({ ...testInstrumenter, startSpan: (name, options) => ({ span: noopSpan(), tracingContext: options.tracingContext ?? context() }) }));

function noopSpan(): TracingSpan {
  return { setStatus: () => undefined, setAttribute: () => undefined, end: () => undefined, recordException: () => undefined, isRecording: () => false, addEvent: () => undefined };
}

const operationSpans = (prefix: string) => spans.filter((s) => s.name.startsWith(prefix));

describe("tracing", () => {
  it("one span per call, named <Client>.<group>.<method>, with status success; core's HTTP span is its child", async () => {
    harness.server.handle(() => ({ status: 200, body: { authKey1: SECRETS[0], authKey2: SECRETS[1] } }));
    const options = harness.options();
    const client = new DataFactoryClient({ ...options, subscriptionId: SUBSCRIPTION });
    await client.integrationRuntimes.regenerateAuthKey(factoryParams);
    const ours = operationSpans("DataFactoryClient.");
    expect(ours.map((s) => s.name)).toEqual(["DataFactoryClient.integrationRuntimes.regenerateAuthKey"]);
    expect(ours[0]).toMatchObject({ ended: true, status: { status: "success" }, options: { spanKind: "client", packageName: packageJson.name, packageVersion: packageJson.version } });
    expect(ours[0]!.attributes["az.namespace"]).toBe("Microsoft.DataFactory");
    const children = spans.filter((s) => s.parent === ours[0]);
    expect(children.length).toBeGreaterThanOrEqual(1);
    expect(children.every((s) => s.ended)).toBe(true);
  });

  it("the standalone function traces the same way, and an error response ends the span with status error", async () => {
    harness.server.handle(() => ({ status: 409, body: { error: { code: "Conflict", message: "busy" } } }));
    const client = new DataFactoryClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    const error = await rejection(integrationRuntimesRegenerateAuthKey(client, factoryParams));
    expect(error).toBeInstanceOf(RestError);
    const ours = operationSpans("DataFactoryClient.");
    expect(ours).toHaveLength(1);
    expect(ours[0]!.status).toEqual({ status: "error", error });
    expect(ours[0]!.ended).toBe(true);
  });

  it("a call refused before sending (bad parameter) opens no span and sends nothing", async () => {
    const client = new DataFactoryClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    await rejection(client.integrationRuntimes.regenerateAuthKey({ ...factoryParams, factoryName: "../x" }));
    expect(spans).toEqual([]);
    expect(harness.server.requests).toEqual([]);
  });

  it("puts no secret in any attribute of any span: token, secret response values, secret query values", async () => {
    harness.server.handle(() => ({ status: 200, body: { authKey1: SECRETS[0], authKey2: SECRETS[1] } }));
    const options = harness.options({ token: "bearer-token-never-in-a-span" });
    await new DataFactoryClient({ ...options, subscriptionId: SUBSCRIPTION }).integrationRuntimes.regenerateAuthKey(factoryParams);
    await new PurviewScanningClient(options).integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" });
    expect(spans.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, options: { ...s.options, tracingContext: undefined } })));
    for (const secret of [options.credential.token, ...SECRETS]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/authorization/i);
  });

  it("parents the span on the caller's tracingOptions.tracingContext", async () => {
    harness.server.handle(() => ({ status: 200, body: { authKey1: "a" } }));
    const parent = context().setValue(MARK, "caller");
    await new PurviewScanningClient(harness.options()).integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" }, { tracingOptions: { tracingContext: parent } });
    const [ours] = operationSpans("PurviewScanningClient.");
    expect(ours!.name).toBe("PurviewScanningClient.integrationRuntimes.listAuthKeys");
    expect(ours!.options.tracingContext?.getValue(MARK)).toBe("caller");
  });

  it("traces each page of a paged operation as one call", async () => {
    const origin = harness.server.origin;
    harness.server.handle((request) =>
      request.url.includes("page=2")
        ? { status: 200, body: { value: [] } }
        : { status: 200, body: { value: [], nextLink: `${origin}/next?page=2` } },
    );
    const client = new DeviceProvisioningServicesClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    for await (const _ of client.iotDpsResource.listKeys({ resourceGroupName: "rg", provisioningServiceName: "dps-1" })) void _;
    expect(operationSpans("DeviceProvisioningServicesClient.").map((s) => [s.name, s.status?.status])).toEqual([
      ["DeviceProvisioningServicesClient.iotDpsResource.listKeys", "success"],
      ["DeviceProvisioningServicesClient.iotDpsResource.listKeys", "success"],
    ]);
  });
});

describe("user agent", () => {
  it("starts with azsdk-js-<package>/<version>, after the caller's own prefix", async () => {
    harness.server.handle(() => ({ status: 200, body: { authKey1: "a" } }));
    await new PurviewScanningClient(harness.options()).integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" });
    await new PurviewScanningClient({ ...harness.options(), userAgentOptions: { userAgentPrefix: "rotation-job/2.1" } }).integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" });
    const [plain = "", prefixed = ""] = harness.server.requests.map((r) => r.headers["user-agent"] ?? "");
    expect(plain.startsWith(`${SDK_USER_AGENT} `)).toBe(true);
    expect(prefixed.startsWith(`rotation-job/2.1 ${SDK_USER_AGENT} `)).toBe(true);
    expect(plain).toMatch(/core-rest-pipeline\//);
  });
});

describe("requestOptions", () => {
  it("sends customHeaders on the wire, after the operation's own headers", async () => {
    harness.server.handle(() => ({ status: 200, body: { authKey1: "a" } }));
    await new PurviewScanningClient(harness.options()).integrationRuntimes.listAuthKeys(
      { integrationRuntimeName: "ir-1" },
      { requestOptions: { customHeaders: { "x-ms-correlation-request-id": "corr-1", accept: "application/json;odata=nometadata" } } },
    );
    const [request] = harness.server.requests;
    expect(request!.headers["x-ms-correlation-request-id"]).toBe("corr-1");
    expect(request!.headers["accept"]).toBe("application/json;odata=nometadata");
  });

  it("refuses a custom header with CR/LF or a bad name before sending, without quoting the value", async () => {
    const client = new PurviewScanningClient(harness.options());
    const injected = await rejection(client.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" }, { requestOptions: { customHeaders: { "x-extra": "v\r\nx-evil: 1" } } }));
    expect(injected).toMatchObject({ name: "RequestValidationError", parameter: "requestOptions.customHeaders.x-extra", rule: "header-character", value: undefined });
    const badName = await rejection(client.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" }, { requestOptions: { customHeaders: { "bad name": "v" } } }));
    expect(badName).toMatchObject({ name: "RequestValidationError", rule: "header-name" });
    expect(harness.server.requests).toEqual([]);
  });

  it("aborts a request that outlives requestOptions.timeout", async () => {
    harness.server.handle(() => ({ status: 200, hang: true }));
    const client = new PurviewScanningClient(harness.options({ maxRetries: 0 }));
    const error = await rejection(client.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" }, { requestOptions: { timeout: 200 } }));
    expect(error).toBeInstanceOf(Error);
    expect(harness.server.requests).toHaveLength(1);
  }, 30_000);

  it("reports download progress", async () => {
    harness.server.handle(() => ({ status: 200, body: { authKey1: "a".repeat(2048) } }));
    const loaded: number[] = [];
    await new PurviewScanningClient(harness.options()).integrationRuntimes.listAuthKeys(
      { integrationRuntimeName: "ir-1" },
      { requestOptions: { onDownloadProgress: (progress) => loaded.push(progress.loadedBytes) } },
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.at(-1)).toBeGreaterThanOrEqual(2048);
  });
});
