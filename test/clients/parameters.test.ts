/**
 * Bad parameter values are refused with RequestValidationError naming the parameter, the rule and the value,
 * before any token is fetched or byte is sent: schema rules through the generated validators, and the
 * wire-safety rules whatever the pattern says (Device Provisioning's parameters have no pattern at all).
 */
import { ApiManagementClient } from "azure-keys/apimanagement";
import {
  DataFactoryClient,
  RequestValidationError,
  type IntegrationRuntimesRegenerateAuthKeyParameters,
} from "azure-keys/datafactory";
import { DeviceProvisioningServicesClient } from "azure-keys/deviceprovisioningservices";
import { MachineLearningServicesClient } from "azure-keys/machinelearningservices";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import { describe, expect, it } from "vitest";
import { rejection, thrown } from "../runtime/support/errors.ts";
import { SUBSCRIPTION, useHarness } from "./support/harness.ts";

const harness = useHarness();

const factory: IntegrationRuntimesRegenerateAuthKeyParameters = {
  resourceGroupName: "rg",
  factoryName: "factory-1",
  integrationRuntimeName: "ir-1",
  body: { keyName: "authKey1" },
};
const dps = { resourceGroupName: "rg", provisioningServiceName: "dps1" };

type Expectation = [parameter: string, rule: string, value: string | undefined];

async function expectRefused(
  call: (options: ReturnType<typeof harness.options>) => Promise<unknown>,
  [parameter, rule, value]: Expectation,
) {
  const options = harness.options();
  const error = await rejection(call(options));
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(error).toMatchObject({ parameter, rule, value });
  expect(options.credential.calls).toEqual([]);
  expect(harness.server.requests).toEqual([]);
}

describe("Data Factory (patterned parameters)", () => {
  it.each<[Partial<typeof factory>, Expectation]>([
    [{ resourceGroupName: ".." }, ["resourceGroupName", "dot-segment", ".."]],
    [{ resourceGroupName: "a/b" }, ["resourceGroupName", "pattern", "a/b"]],
    [{ resourceGroupName: "%2F" }, ["resourceGroupName", "pattern", "%2F"]],
    [{ resourceGroupName: "" }, ["resourceGroupName", "minLength", ""]],
    [{ resourceGroupName: "r".repeat(91) }, ["resourceGroupName", "maxLength", "r".repeat(91)]],
    [{ factoryName: "ab" }, ["factoryName", "minLength", "ab"]],
    [{ factoryName: "-factory" }, ["factoryName", "pattern", "-factory"]],
    [{ integrationRuntimeName: "ir/../../evil" }, ["integrationRuntimeName", "pattern", "ir/../../evil"]],
    [{ integrationRuntimeName: "i".repeat(64) }, ["integrationRuntimeName", "maxLength", "i".repeat(64)]],
  ])("refuses %j", async (bad, expected) => {
    await expectRefused(
      (options) =>
        new DataFactoryClient({ ...options, subscriptionId: SUBSCRIPTION }).integrationRuntimes.regenerateAuthKey({
          ...factory,
          ...bad,
        }),
      expected,
    );
  });

  it("refuses a body of the wrong shape without quoting it", async () => {
    await expectRefused(
      (options) =>
        new DataFactoryClient({ ...options, subscriptionId: SUBSCRIPTION }).integrationRuntimes.regenerateAuthKey({
          ...factory,
          body: { keyName: 42 } as never,
        }),
      ["body", "type", undefined],
    );
  });
});

describe("Device Provisioning Services (no patterns: wire-safety alone)", () => {
  it.each<[Partial<typeof dps>, Expectation]>([
    [{ provisioningServiceName: ".." }, ["provisioningServiceName", "dot-segment", ".."]],
    [{ provisioningServiceName: "." }, ["provisioningServiceName", "dot-segment", "."]],
    [{ provisioningServiceName: "a/b" }, ["provisioningServiceName", "separator", "a/b"]],
    [{ provisioningServiceName: "a\\b" }, ["provisioningServiceName", "separator", "a\\b"]],
    [{ provisioningServiceName: "a?b=c" }, ["provisioningServiceName", "separator", "a?b=c"]],
    [{ provisioningServiceName: "a#b" }, ["provisioningServiceName", "separator", "a#b"]],
    [{ provisioningServiceName: "a%2Fb" }, ["provisioningServiceName", "encoded-separator", "a%2Fb"]],
    [{ provisioningServiceName: "%2e%2e" }, ["provisioningServiceName", "encoded-separator", "%2e%2e"]],
    [{ resourceGroupName: "%252F" }, ["resourceGroupName", "encoded-separator", "%252F"]],
    [{ resourceGroupName: "" }, ["resourceGroupName", "empty", ""]],
  ])("refuses %j", async (bad, expected) => {
    await expectRefused(async (options) => {
      const client = new DeviceProvisioningServicesClient({ ...options, subscriptionId: SUBSCRIPTION });
      return client.iotDpsResource.listKeys({ ...dps, ...bad }).next();
    }, expected);
  });

  it("refuses when called, not when iterated", () => {
    const client = new DeviceProvisioningServicesClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
    expect(thrown(() => client.iotDpsResource.listKeys({ ...dps, provisioningServiceName: ".." }))).toBeInstanceOf(
      RequestValidationError,
    );
  });

  it("refuses a path-bound client parameter at construction", () => {
    expect(
      thrown(() => new DeviceProvisioningServicesClient({ ...harness.options(), subscriptionId: "../other" })),
    ).toMatchObject({
      parameter: "subscriptionId",
      rule: "separator",
    });
  });
});

describe("API Management, Machine Learning and Purview", () => {
  it("checks subscriptionId's uuid format when the client is constructed", () => {
    const error = thrown(
      () => new ApiManagementClient({ ...harness.options(), subscriptionId: "12345678-1234-1234-1234-12345678abc" }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({
      parameter: "subscriptionId",
      rule: "format",
      value: "12345678-1234-1234-1234-12345678abc",
    });
  });

  it("refuses an over-long serviceName and an extensible accessName that would change the path", async () => {
    const call =
      (accessName: string, serviceName = "apim1") =>
      (options: ReturnType<typeof harness.options>) =>
        new ApiManagementClient({ ...options, subscriptionId: SUBSCRIPTION }).tenantAccess.listSecrets({
          resourceGroupName: "rg",
          serviceName,
          accessName: accessName as "access",
        });
    await expectRefused(call("access", "s".repeat(51)), ["serviceName", "maxLength", "s".repeat(51)]);
    // accessName is an extensible enum: an unknown value is refused before sending (KnownX).
    await expectRefused(call("../../evil"), ["accessName", "enum", "../../evil"]);
  });

  it("checks workspaceName's pattern (3 to 33 characters)", async () => {
    const call = (workspaceName: string) => (options: ReturnType<typeof harness.options>) =>
      new MachineLearningServicesClient({ ...options, subscriptionId: SUBSCRIPTION }).workspaces.listKeys({
        resourceGroupName: "rg",
        workspaceName,
      });
    await expectRefused(call("ab"), ["workspaceName", "pattern", "ab"]);
    await expectRefused(call("w".repeat(34)), ["workspaceName", "pattern", "w".repeat(34)]);
  });

  it("checks Purview's integrationRuntimeName and requires an https endpoint", async () => {
    await expectRefused(
      (options) =>
        new PurviewScanningClient(options).integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir/.." }),
      ["integrationRuntimeName", "pattern", "ir/.."],
    );
    const { credential } = harness.options();
    expect(
      thrown(() => new PurviewScanningClient({ credential, endpoint: "http://myaccount.purview.azure.com" })),
    ).toMatchObject({ parameter: "endpoint", rule: "url" });
    expect(thrown(() => new PurviewScanningClient({ credential } as never))).toMatchObject({
      parameter: "endpoint",
      rule: "required",
    });
  });
});
