/** Layer (a): each documented fragment → IR. Patterns, enums, body, headers, paging, secrets, error models. */
import { beforeAll, describe, expect, it } from "vitest";
import type { IrObjectSchema, IrSchema, IrService } from "../../generator/model/ir.ts";
import { loadAllServices } from "../support/pipeline.ts";

let services: Record<string, IrService>;
beforeAll(async () => {
  services = await loadAllServices();
});

const named = (s: IrService, name: string) => {
  const found = Object.values(s.schemas).find((n) => n.originalName === name);
  if (!found) throw new Error(`no schema ${name}`);
  return found;
};
const prop = (schema: IrSchema, name: string) => (schema as IrObjectSchema).properties.find((p) => p.name === name)!;
const param = (s: IrService, name: string) => s.operations[0]!.parameters.find((p) => p.name === name)!;
const patternOf = (schema: IrSchema) => (schema.kind === "string" ? schema.pattern?.source : undefined);

describe("IR of the five documented operations", () => {
  it("has one service per folder with the documented client names, api-versions and token scopes", () => {
    expect(Object.keys(services)).toEqual(["apimanagement", "datafactory", "deviceprovisioningservices", "machinelearningservices", "purview-scanning"]);
    const summary = Object.values(services).map((s) => [s.name, s.clientName, s.apiVersion, s.credentialScopes[0]]);
    expect(summary).toEqual([
      ["apimanagement", "ApiManagementClient", "2024-05-01", "https://management.azure.com/.default"],
      ["datafactory", "DataFactoryClient", "2018-06-01", "https://management.azure.com/.default"],
      ["deviceprovisioningservices", "DeviceProvisioningServicesClient", "2018-01-22", "https://management.azure.com/.default"],
      ["machinelearningservices", "MachineLearningServicesClient", "2024-10-01", "https://management.azure.com/.default"],
      ["purview-scanning", "PurviewScanningClient", "2023-09-01", "https://purview.azure.net/.default"],
    ]);
  });

  it("splits operationIds into group and method", () => {
    const ops = Object.values(services).map((s) => `${s.operations[0]!.group}.${s.operations[0]!.method}`);
    expect(ops).toEqual(["tenantAccess.listSecrets", "integrationRuntimes.regenerateAuthKey", "iotDpsResource.listKeys", "workspaces.listKeys", "integrationRuntimes.listAuthKeys"]);
  });

  it("Data Factory: the three documented patterns, the keyName enum body, the CloudError model", () => {
    const df = services["datafactory"]!;
    const op = df.operations[0]!;
    expect(op.httpMethod).toBe("POST");
    expect(op.path).toBe("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}/integrationRuntimes/{integrationRuntimeName}/regenerateAuthKey");
    expect(patternOf(param(df, "resourceGroupName").schema)).toBe("^[-\\w\\._\\(\\)]+$");
    expect(patternOf(param(df, "factoryName").schema)).toBe("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$");
    expect(patternOf(param(df, "integrationRuntimeName").schema)).toBe("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$");
    expect(param(df, "factoryName").schema).toMatchObject({ minLength: 3, maxLength: 63 });
    expect(op.body).toMatchObject({ tsName: "body", wireName: "regenerateKeyParameters", required: true, contentType: "application/json" });
    expect(op.body!.schema).toEqual(expect.objectContaining({ kind: "ref", ref: "#/components/schemas/IntegrationRuntimeRegenerateKeyParameters" }));
    expect(named(df, "IntegrationRuntimeAuthKeyName").schema).toMatchObject({ kind: "string", enum: ["authKey1", "authKey2"] });
    expect(op.errorResponse?.schema).toMatchObject({ kind: "ref", ref: "#/components/schemas/CloudError" });
    expect(op.idempotent).toBe(false);
    expect(df.clientParameters.map((p) => p.tsName)).toEqual(["apiVersion", "subscriptionId"]);
  });

  it("Purview: server variable endpoint, the pattern the page left empty, the recursive ErrorModel", () => {
    const pv = services["purview-scanning"]!;
    expect(pv.server).toMatchObject({ urlTemplate: "{endpoint}/scan", kind: "data-plane" });
    expect(pv.server.variables.map((v) => v.tsName)).toEqual(["endpoint"]);
    expect(pv.operations[0]!.path).toBe("/integrationruntimes/{integrationRuntimeName}:listAuthKeys");
    const name = param(pv, "integrationRuntimeName");
    expect(patternOf(name.schema)).toBe("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$");
    expect(name.schema).toMatchObject({ minLength: 3, maxLength: 63 });
    const details = prop(named(pv, "ErrorModel").schema, "details");
    expect(details.schema).toMatchObject({ kind: "array", items: { kind: "ref", ref: "#/components/schemas/ErrorModel" } });
    expect(pv.operations[0]!.errorResponse!.headers.map((h) => h.name)).toEqual(["x-ms-error-code"]);
  });

  it("Machine Learning: workspaceName pattern from upstream, nullable keys, secrets including Password.value", () => {
    const ml = services["machinelearningservices"]!;
    expect(patternOf(param(ml, "workspaceName").schema)).toBe("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$");
    const result = named(ml, "ListWorkspaceKeysResult").schema;
    expect(prop(result, "userStorageKey").schema).toMatchObject({ kind: "string", nullable: true, secret: true, readOnly: true });
    expect(prop(named(ml, "Password").schema, "value").schema).toMatchObject({ secret: true });
    expect(prop(result, "userStorageResourceId").schema.secret).toBeUndefined();
    const detail = prop(named(ml, "ErrorDetail").schema, "details");
    expect(detail.schema).toMatchObject({ kind: "array", items: { kind: "ref", ref: "#/components/schemas/ErrorDetail" } });
  });

  it("API Management: uuid subscriptionId, accessName enum, the typed ETag header, flagged keys", () => {
    const apim = services["apimanagement"]!;
    expect(apim.clientParameters.find((p) => p.name === "subscriptionId")!.schema).toMatchObject({ kind: "string", format: "uuid" });
    expect(param(apim, "accessName").schema).toMatchObject({ kind: "string", enum: ["access", "gitAccess"] });
    expect(patternOf(param(apim, "serviceName").schema)).toBe("^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$");
    const ok = apim.operations[0]!.responses.find((r) => r.status === "200")!;
    expect(ok.headers).toEqual([expect.objectContaining({ name: "ETag", tsName: "etag" })]);
    expect(apim.operations[0]!.headersTypeName).toBe("TenantAccessListSecretsHeaders");
    const contract = named(apim, "AccessInformationSecretsContract").schema;
    expect(prop(contract, "primaryKey").schema).toMatchObject({ secret: true, secretSource: "x-ms-secret" });
    expect(prop(contract, "principalId").schema.secret).toBeUndefined();
  });

  it("Device Provisioning: x-ms-pageable paging over SharedAccessSignatureAuthorizationRule, string httpStatusCode", () => {
    const dps = services["deviceprovisioningservices"]!;
    const op = dps.operations[0]!;
    expect(op.paging).toEqual({ itemsProperty: "value", nextLinkProperty: "nextLink", source: "x-ms-pageable", itemSchema: expect.objectContaining({ kind: "ref", ref: "#/components/schemas/SharedAccessSignatureAuthorizationRule" }) });
    expect(named(dps, "SharedAccessSignatureAuthorizationRule").typeName).toBe("SharedAccessSignatureAuthorizationRule");
    expect(prop(named(dps, "SharedAccessSignatureAuthorizationRule").schema, "primaryKey").schema.secret).toBe(true);
    expect(prop(named(dps, "ErrorDetails").schema, "httpStatusCode").schema).toMatchObject({ kind: "string" });
    expect(op.path.endsWith("/listkeys")).toBe(true);
  });

  it("keeps each page's sample request and response as an example", () => {
    const df = services["datafactory"]!.operations[0]!.examples[0]!;
    expect(df.parameters["subscriptionId"]).toBe("12345678-1234-1234-1234-12345678abc");
    expect(df.requestBody).toEqual({ keyName: "authKey2" });
    expect(df.responses["200"]!.body).toEqual({ authKey2: "**********" });
    const ml = services["machinelearningservices"]!.operations[0]!.examples[0]!;
    expect((ml.responses["200"]!.body as Record<string, unknown>)["userStorageKey"]).toBeNull();
  });

  it("is plain JSON: serialising and parsing gives the same IR", () => {
    for (const s of Object.values(services)) expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("gives every exported name of a service exactly once", () => {
    for (const s of Object.values(services)) {
      const names = [
        s.clientName,
        s.clientOptionsTypeName,
        ...s.groups.map((g) => g.interfaceName),
        ...Object.values(s.schemas).flatMap((n) => [n.typeName, n.validatorName, n.guardName, n.redactorName]),
        ...s.operations.flatMap((o) => [o.functionName, o.parametersTypeName, o.parametersValidatorName, ...(o.headersTypeName ? [o.headersTypeName] : [])]),
      ];
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
