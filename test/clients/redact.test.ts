/** The generated `redact<Name>` functions mask exactly the IR's secret properties and copy everything else. */
import { redactAccessInformationSecretsContract } from "azure-keys/apimanagement";
import { redactIntegrationRuntimeAuthKeys } from "azure-keys/datafactory";
import { redactSharedAccessSignatureAuthorizationRuleListResult } from "azure-keys/deviceprovisioningservices";
import { redactListWorkspaceKeysResult } from "azure-keys/machinelearningservices";
import { redactIntegrationRuntimeAuthKeys as redactPurviewKeys } from "azure-keys/purview-scanning";
import { describe, expect, it } from "vitest";

describe("redactors", () => {
  it("mask the x-ms-secret keys of each response type", () => {
    expect(redactIntegrationRuntimeAuthKeys({ authKey1: "k1", authKey2: "k2" })).toEqual({
      authKey1: "REDACTED",
      authKey2: "REDACTED",
    });
    expect(redactPurviewKeys({ authKey1: "k1" })).toEqual({ authKey1: "REDACTED" });
    expect(
      redactAccessInformationSecretsContract({
        id: "access",
        principalId: "p",
        primaryKey: "k1",
        secondaryKey: "k2",
        enabled: true,
      }),
    ).toEqual({
      id: "access",
      principalId: "p",
      primaryKey: "REDACTED",
      secondaryKey: "REDACTED",
      enabled: true,
    });
  });

  it("follow nested objects and array items, and keep nulls", () => {
    const keys = {
      userStorageKey: "storage",
      userStorageResourceId: "/subscriptions/x",
      appInsightsInstrumentationKey: null,
      containerRegistryCredentials: { location: null, username: "u", passwords: [{ name: "password", value: "pw" }] },
      notebookAccessKeys: { primaryAccessKey: "nb1", secondaryAccessKey: null },
    };
    expect(redactListWorkspaceKeysResult(keys)).toEqual({
      userStorageKey: "REDACTED",
      userStorageResourceId: "/subscriptions/x",
      appInsightsInstrumentationKey: null,
      containerRegistryCredentials: {
        location: null,
        username: "u",
        passwords: [{ name: "password", value: "REDACTED" }],
      },
      notebookAccessKeys: { primaryAccessKey: "REDACTED", secondaryAccessKey: null },
    });
    const page = {
      value: [{ keyName: "key1", primaryKey: "p", secondaryKey: "s", rights: "ServiceConfig" as const }],
      nextLink: "https://management.azure.com/next",
    };
    expect(redactSharedAccessSignatureAuthorizationRuleListResult(page)).toEqual({
      value: [{ keyName: "key1", primaryKey: "REDACTED", secondaryKey: "REDACTED", rights: "ServiceConfig" }],
      nextLink: "https://management.azure.com/next",
    });
    expect(page.value[0]!.primaryKey).toBe("p");
  });
});
