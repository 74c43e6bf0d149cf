/**
 * Non-2xx responses of every service become core's RestError (so `isRestError` works) with the status, the
 * service's error code, message and target, the x-ms-request-id, and the body typed as that service's own
 * error model (checked with the service's generated guard).
 */
import { isRestError, type ServiceRestError } from "azure-keys/datafactory";
import { ApiManagementClient } from "azure-keys/apimanagement";
import { isErrorResponse as isApimError } from "azure-keys/apimanagement/validators";
import { DataFactoryClient } from "azure-keys/datafactory";
import { isCloudError } from "azure-keys/datafactory/validators";
import { DeviceProvisioningServicesClient } from "azure-keys/deviceprovisioningservices";
import { isErrorDetails } from "azure-keys/deviceprovisioningservices/validators";
import { MachineLearningServicesClient } from "azure-keys/machinelearningservices";
import { isErrorResponse as isMlError } from "azure-keys/machinelearningservices/validators";
import { PurviewScanningClient } from "azure-keys/purview-scanning";
import { isErrorResponseModel } from "azure-keys/purview-scanning/validators";
import { describe, expect, it } from "vitest";
import { rejection } from "../runtime/support/errors.ts";
import { SUBSCRIPTION, useHarness } from "./support/harness.ts";

const harness = useHarness();

interface Case {
  service: string;
  call: () => Promise<unknown>;
  body: unknown;
  guard: (value: unknown) => boolean;
  expected: { code: string; message: string; target?: string };
}

const envelope = (code: string, message: string, target: string) => ({ error: { code, message, target, details: [] } });

const cases: Case[] = [
  {
    service: "Purview Scanning",
    call: () =>
      new PurviewScanningClient(harness.options()).integrationRuntimes.listAuthKeys({ integrationRuntimeName: "ir-1" }),
    body: envelope("IntegrationRuntimeNotFound", "Integration runtime ir-1 was not found.", "integrationRuntimeName"),
    guard: isErrorResponseModel,
    expected: {
      code: "IntegrationRuntimeNotFound",
      message: "Integration runtime ir-1 was not found.",
      target: "integrationRuntimeName",
    },
  },
  {
    service: "Data Factory",
    call: () =>
      new DataFactoryClient({
        ...harness.options(),
        subscriptionId: SUBSCRIPTION,
      }).integrationRuntimes.regenerateAuthKey({
        resourceGroupName: "rg",
        factoryName: "factory-1",
        integrationRuntimeName: "ir-1",
        body: { keyName: "authKey1" },
      }),
    body: envelope("IntegrationRuntimeNotFound", "The integration runtime does not exist.", "integrationRuntimeName"),
    guard: isCloudError,
    expected: {
      code: "IntegrationRuntimeNotFound",
      message: "The integration runtime does not exist.",
      target: "integrationRuntimeName",
    },
  },
  {
    service: "API Management",
    call: () =>
      new ApiManagementClient({ ...harness.options(), subscriptionId: SUBSCRIPTION }).tenantAccess.listSecrets({
        resourceGroupName: "rg1",
        serviceName: "apimService1",
        accessName: "access",
      }),
    body: {
      error: {
        code: "ResourceNotFound",
        message: "Access configuration not found.",
        target: "accessName",
        details: [],
        additionalInfo: [],
      },
    },
    guard: isApimError,
    expected: { code: "ResourceNotFound", message: "Access configuration not found.", target: "accessName" },
  },
  {
    service: "Machine Learning Services",
    call: () =>
      new MachineLearningServicesClient({ ...harness.options(), subscriptionId: SUBSCRIPTION }).workspaces.listKeys({
        resourceGroupName: "rg",
        workspaceName: "workspace1",
      }),
    body: envelope("WorkspaceNotFound", "Workspace workspace1 not found.", "workspaceName"),
    guard: isMlError,
    expected: { code: "WorkspaceNotFound", message: "Workspace workspace1 not found.", target: "workspaceName" },
  },
  {
    service: "Device Provisioning Services (flat error model)",
    call: async () => {
      const client = new DeviceProvisioningServicesClient({ ...harness.options(), subscriptionId: SUBSCRIPTION });
      for await (const rule of client.iotDpsResource.listKeys({
        resourceGroupName: "rg",
        provisioningServiceName: "dps1",
      }))
        return rule;
      return undefined;
    },
    body: {
      code: "404",
      httpStatusCode: "NotFound",
      message: "Provisioning service dps1 not found.",
      details: "resource missing",
    },
    guard: isErrorDetails,
    expected: { code: "404", message: "Provisioning service dps1 not found." },
  },
];

describe("error mapping", () => {
  it.each(cases)("$service: a 404 with the service's error model", async ({ call, body, guard, expected }) => {
    harness.server.handle(() => ({ status: 404, headers: { "x-ms-request-id": "req-404" }, body }));
    const error = (await rejection(call())) as ServiceRestError;
    expect(isRestError(error)).toBe(true);
    expect(error).toMatchObject({ name: "RestError", statusCode: 404, requestId: "req-404", ...expected });
    expect(error.details).toEqual(body);
    expect(guard(error.details)).toBe(true);
    expect(harness.server.requests).toHaveLength(1);
  });

  it.each(cases)(
    "$service: an empty or non-JSON error body still gives a RestError with the status",
    async ({ call }) => {
      harness.server.handle(() => ({ status: 403, headers: { "x-ms-error-code": "AuthorizationFailed" } }));
      expect(await rejection(call())).toMatchObject({
        name: "RestError",
        statusCode: 403,
        code: "AuthorizationFailed",
        message: "The service returned status 403 (AuthorizationFailed)",
        details: undefined,
      });
      harness.server.handle(() => ({
        status: 400,
        headers: { "content-type": "text/html" },
        body: "<h1>Bad Request</h1>",
      }));
      const error = await rejection(call());
      expect(isRestError(error)).toBe(true);
      expect(error).toMatchObject({ statusCode: 400, message: "The service returned status 400", details: undefined });
    },
  );
});
