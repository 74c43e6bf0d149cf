/**
 * The leak test: with AZURE_LOG_LEVEL=verbose, call every client through success, error, retry, response
 * validation and request validation paths with responses full of key material, then scan every log line
 * (@azure/logger's and core's own), every error (message, stack, JSON.stringify, util.inspect), the inspected
 * clients and the redacted results for the keys, the bearer token and a Set-Cookie value.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env["AZURE_LOG_LEVEL"] = "verbose";
  process.env["TYPESPEC_RUNTIME_LOG_LEVEL"] = "verbose";
});

import { AzureLogger, getLogLevel } from "@azure/logger";
import { ApiManagementClient, redactAccessInformationSecretsContract } from "azure-keys/apimanagement";
import { DataFactoryClient, redactIntegrationRuntimeAuthKeys } from "azure-keys/datafactory";
import {
  DeviceProvisioningServicesClient,
  redactSharedAccessSignatureAuthorizationRuleListResult,
} from "azure-keys/deviceprovisioningservices";
import { MachineLearningServicesClient, redactListWorkspaceKeysResult } from "azure-keys/machinelearningservices";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import { rejection } from "../runtime/support/errors.ts";
import { SUBSCRIPTION, useHarness } from "./support/harness.ts";

const TOKEN = "eyJ0eXAi.leak-canary-token.Zm9v";
const COOKIE = "ARRAffinity=cookie-canary-0b7e";
const key = (name: string) => `${name}-canary-${name.length}f3a9`;

const harness = useHarness();
const logLines: string[] = [];
const originalLog = AzureLogger.log;
const originalWrite = process.stderr.write.bind(process.stderr);
beforeAll(() => {
  AzureLogger.log = (...args: unknown[]) =>
    logLines.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: null }))).join(" "));
  process.stderr.write = ((chunk: string | Uint8Array) => (
    logLines.push(String(chunk)),
    true
  )) as typeof process.stderr.write;
});
afterAll(() => {
  AzureLogger.log = originalLog;
  process.stderr.write = originalWrite;
});

function views(value: unknown): string[] {
  const out = [inspect(value, { depth: null }), inspect(value, { depth: null, showHidden: true })];
  if (value instanceof Error) out.push(value.message, value.stack ?? "", JSON.stringify(value), String(value));
  return out;
}

describe("secrets and tokens never leak", () => {
  it("not through logs, errors, inspected clients or redacted results", async () => {
    expect(getLogLevel()).toBe("verbose");
    const options = harness.options({ token: TOKEN, maxRetries: 1 });
    const cookie = { "set-cookie": `${COOKIE}; Path=/; Secure` };
    const errors: Error[] = [];
    const inspected: unknown[] = [];
    const secrets: string[] = [TOKEN, "cookie-canary-0b7e"];

    // Data Factory: success, 500 (state-changing: one attempt) and a body that fails validation.
    const factory = new DataFactoryClient({ ...options, subscriptionId: SUBSCRIPTION });
    const authKeys = { authKey1: key("authKey1"), authKey2: key("authKey2") };
    secrets.push(authKeys.authKey1, authKeys.authKey2);
    const regenerate = () =>
      factory.integrationRuntimes.regenerateAuthKey({
        resourceGroupName: "rg",
        factoryName: "factory-1",
        integrationRuntimeName: "ir-1",
        body: { keyName: "authKey1" },
      });
    harness.server.handle(() => ({ status: 200, headers: cookie, body: authKeys }));
    inspected.push(redactIntegrationRuntimeAuthKeys(await regenerate()));
    harness.server.handle(() => ({
      status: 500,
      headers: cookie,
      body: { error: { code: "InternalServerError", message: "failed" } },
    }));
    errors.push(await rejection(regenerate()));
    harness.server.handle(() => ({ status: 200, headers: cookie, body: { ...authKeys, authKey1: 1 } }));
    errors.push(await rejection(regenerate()));

    // API Management: x-ms-secret keys, with a retried 503 before the answer.
    const apim = new ApiManagementClient({ ...options, subscriptionId: SUBSCRIPTION });
    const contract = { id: "access", primaryKey: key("primaryKey"), secondaryKey: key("secondaryKey"), enabled: true };
    secrets.push(contract.primaryKey, contract.secondaryKey);
    let apimCalls = 0;
    harness.server.handle(() =>
      apimCalls++ === 0
        ? { status: 503, headers: cookie, body: { error: { code: "Busy", message: "later" } } }
        : { status: 200, headers: cookie, body: contract },
    );
    inspected.push(
      redactAccessInformationSecretsContract(
        await apim.tenantAccess.listSecrets({ resourceGroupName: "rg", serviceName: "apim1", accessName: "access" }),
      ),
    );

    // Machine Learning: nested secrets, one in array items; then an invalid body holding them.
    const ml = new MachineLearningServicesClient({ ...options, subscriptionId: SUBSCRIPTION });
    const mlKeys = {
      userStorageKey: key("userStorageKey"),
      appInsightsInstrumentationKey: key("appInsights"),
      containerRegistryCredentials: { username: "registry", passwords: [{ name: "password", value: key("password") }] },
      notebookAccessKeys: { primaryAccessKey: key("primaryAccessKey"), secondaryAccessKey: key("secondaryAccessKey") },
    };
    secrets.push(
      mlKeys.userStorageKey,
      mlKeys.appInsightsInstrumentationKey,
      key("password"),
      key("primaryAccessKey"),
      key("secondaryAccessKey"),
    );
    harness.server.handle(() => ({ status: 200, headers: cookie, body: mlKeys }));
    inspected.push(
      redactListWorkspaceKeysResult(
        await ml.workspaces.listKeys({ resourceGroupName: "rg", workspaceName: "workspace1" }),
      ),
    );
    harness.server.handle(() => ({ status: 200, headers: cookie, body: { ...mlKeys, userStorageResourceId: 7 } }));
    errors.push(await rejection(ml.workspaces.listKeys({ resourceGroupName: "rg", workspaceName: "workspace1" })));

    // Device Provisioning: a page of keys, then a cross-origin nextLink.
    const dps = new DeviceProvisioningServicesClient({ ...options, subscriptionId: SUBSCRIPTION });
    const page = {
      value: [
        { keyName: "key1", primaryKey: key("dpsPrimary"), secondaryKey: key("dpsSecondary"), rights: "ServiceConfig" },
      ],
      nextLink: "https://attacker.example/next",
    };
    secrets.push(key("dpsPrimary"), key("dpsSecondary"));
    harness.server.handle(() => ({ status: 200, headers: cookie, body: page }));
    const pages = dps.iotDpsResource.listKeys({ resourceGroupName: "rg", provisioningServiceName: "dps1" }).byPage();
    inspected.push(redactSharedAccessSignatureAuthorizationRuleListResult((await pages.next()).value!));
    errors.push(await rejection(pages.next()));

    // Purview: an error answer with a code header, and a refused parameter.
    const purview = new PurviewScanningClient(options);
    harness.server.handle(() => ({ status: 401, headers: { ...cookie, "x-ms-error-code": "Unauthorized" } }));
    errors.push(await rejection(purview.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" })));
    errors.push(await rejection(purview.integrationRuntimes.listAuthKeys({ integrationRuntimeName: "../ir" })));

    inspected.push(factory, apim, ml, dps, purview);
    expect(errors.map((e) => e.name)).toEqual([
      "RestError",
      "ResponseValidationError",
      "ResponseValidationError",
      "RequestValidationError",
      "RestError",
      "RequestValidationError",
    ]);
    expect(logLines.filter((line) => line.includes("Request:")).length).toBeGreaterThan(5);
    const haystack = [...logLines, ...errors.flatMap(views), ...inspected.flatMap(views)];
    const leaks = secrets.flatMap((secret) =>
      haystack.filter((text) => text.includes(secret)).map((text) => `${secret} in: ${text.slice(0, 200)}`),
    );
    expect(leaks).toEqual([]);
  });
});
