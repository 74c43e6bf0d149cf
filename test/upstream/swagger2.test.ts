/**
 * Swagger 2.0 with Azure's x-ms extensions, one small fixture per feature (test/specs/swagger2/<feature>/):
 * IR assertions for each, then the fixtures generated as one package (one pipeline run), type-checked by the
 * compile stage, and clients executed against the local HTTPS server.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IrObjectSchema, IrService, IrStringSchema } from "../../generator/model/ir.ts";
import { useHarness } from "../clients/support/harness.ts";
import { createWorkspace, generatePackage } from "../hostile/support/generated-package.ts";

const SPECS = "test/specs/swagger2";
const harness = useHarness();
const workspace = createWorkspace("swagger2");
afterAll(() => workspace.dispose());

let services: Record<string, IrService>;
let outDir: string;

beforeAll(async () => {
  const result = await generatePackage(workspace.dir, SPECS);
  outDir = result.outDir;
  services = Object.fromEntries(result.ir.services.map((s) => [s.name, s]));
}, 600_000);

async function entry(service: string): Promise<Record<string, unknown>> {
  const pkg = JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { exports: Record<string, { import: string }> };
  return (await import(pathToFileURL(path.join(outDir, pkg.exports[`./${service}`]!.import)).href)) as Record<string, unknown>;
}

function named(service: IrService, name: string) {
  return Object.values(service.schemas).find((s) => s.originalName === name)!;
}

type Client = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
async function client(service: string, className: string, extra: Record<string, unknown> = {}): Promise<Client> {
  const Client = (await entry(service))[className] as new (options: unknown) => Client;
  return new Client({ ...harness.options(), ...extra });
}

describe("Swagger 2.0 → IR", () => {
  it("x-ms-parameterized-host, basePath, global and path-item parameters, x-ms-parameter-location, x-ms-client-name", () => {
    const s = services["host-parameters"]!;
    expect(s.server).toEqual({ urlTemplate: "{endpoint}/api", variables: [{ name: "endpoint", tsName: "endpoint" }], kind: "data-plane" });
    expect(s.clientParameters.map((p) => [p.name, p.tsName, p.location])).toEqual([
      ["api-version", "apiVersion", "query"],
      ["region", "region", "query"],
    ]);
    const op = s.operations[0]!;
    expect(op.path).toBe("/vaults/{vaultName}/keys/{keyName}");
    expect(op.parameters.map((p) => [p.name, p.tsName, p.location, p.required])).toEqual([
      ["vaultName", "vaultName", "path", true],
      ["keyName", "keyName", "path", true],
      ["x-ms-rotation-reason", "rotationReason", "header", false],
    ]);
    expect((op.parameters[0]!.schema as IrStringSchema).pattern?.source).toBe("^[a-z0-9-]{3,24}$");
    expect(op.parameters[1]!.schema).toMatchObject({ minLength: 1, maxLength: 127 });
    expect((named(s, "RotatedKey").schema as IrObjectSchema).properties.find((p) => p.name === "value")!.schema).toMatchObject({ secret: true, secretSource: "x-ms-secret" });
  });

  it("discriminator + x-ms-discriminator-value: the base lists its variants by value (through subtypes of subtypes)", () => {
    const s = services["polymorphism"]!;
    const base = named(s, "Credential").schema as IrObjectSchema;
    expect(base.discriminator).toEqual({
      propertyName: "kind",
      mapping: { CertificateCredential: "#/definitions/CertificateCredential", Key: "#/definitions/KeyCredential", RotatingKey: "#/definitions/RotatingKeyCredential" },
    });
    expect(named(s, "KeyCredential").schema).toMatchObject({ kind: "allOf", discriminatorValue: "Key" });
  });

  it("x-ms-enum: name, modelAsString and values with descriptions; x-nullable", () => {
    const s = services["enums"]!;
    expect(s.operations[0]!.parameters[0]!.schema).toMatchObject({ enum: ["primary", "secondary"], enumName: "KeyType" });
    expect(s.operations[0]!.parameters[0]!.schema).not.toHaveProperty("extensible");
    const info = named(s, "KeyInfo").schema as IrObjectSchema;
    expect(info.properties[0]!.schema).toMatchObject({
      enumName: "AccessRights",
      extensible: true,
      enumValues: [{ value: "Read", description: "May read keys." }, { value: "Write", name: "WriteKeys", description: "May write keys." }, { value: "Manage" }],
    });
    expect(info.properties[1]!.schema).toMatchObject({ kind: "string", format: "date-time", nullable: true });
  });

  it("readOnly, x-ms-mutability, x-ms-secret, x-ms-client-flatten and x-ms-client-name on properties", () => {
    const account = named(services["properties"]!, "Account").schema as IrObjectSchema;
    const prop = (name: string) => account.properties.find((p) => p.name === name)!;
    expect(prop("id").schema.readOnly).toBe(true);
    expect(prop("location").schema).toMatchObject({ mutability: ["create", "read"] });
    expect(prop("location").schema.readOnly).toBeUndefined();
    expect(prop("provisioningState").schema).toMatchObject({ mutability: ["read"], readOnly: true });
    expect(prop("primaryKey").schema).toMatchObject({ readOnly: true, secret: true });
    expect(prop("properties")).toMatchObject({ flatten: true });
    expect(prop("e_tag")).toMatchObject({ clientName: "etag" });
  });

  it("x-ms-pageable (nextLinkName null = one page, operationName) and x-ms-error-response", () => {
    const s = services["paging-errors"]!;
    const op = (id: string) => s.operations.find((o) => o.operationId === id)!;
    expect(op("Secrets_List").paging).toMatchObject({ itemsProperty: "value", nextLinkProperty: "nextLink", nextOperationName: "Secrets_ListNext" });
    expect(op("Secrets_ListAll").paging).toMatchObject({ itemsProperty: "value" });
    expect(op("Secrets_ListAll").paging).not.toHaveProperty("nextLinkProperty");
    expect(op("Secrets_Get").responses.map((r) => r.status)).toEqual(["200"]);
    expect(op("Secrets_Get").errorResponses?.map((r) => [r.status, r.isError])).toEqual([["404", true]]);
  });
});

describe("Swagger 2.0 clients on the wire", () => {
  it("host template + basePath, path-item and global parameters, a renamed header", async () => {
    harness.server.handle(() => ({ status: 200, body: { name: "k1", value: "s3cret" } }));
    const c = await client("host-parameters", "HostParametersClient", { region: "westeurope", credentialScopes: ["https://example.azure.net/.default"] });
    await expect(c["keys"]!["rotate"]!({ vaultName: "my-vault", keyName: "k1", rotationReason: "scheduled" })).resolves.toEqual({ name: "k1", value: "s3cret" });
    const [request] = harness.server.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/api/vaults/my-vault/keys/k1?api-version=2024-01-01&region=westeurope");
    expect(request!.headers["x-ms-rotation-reason"]).toBe("scheduled");
    await expect(c["keys"]!["rotate"]!({ vaultName: "MY VAULT", keyName: "k1" })).rejects.toThrow();
    expect(harness.server.requests).toHaveLength(1);
  });

  it("a polymorphic body is sent as given and the variant comes back", async () => {
    const body = { kind: "RotatingKey", key: "abc", rotationDays: 30 };
    harness.server.handle((req) => ({ status: 200, body: JSON.parse(req.body) }));
    const c = await client("polymorphism", "PolymorphismClient");
    await expect(c["credentials"]!["set"]!({ name: "c1", body })).resolves.toEqual(body);
    expect(JSON.parse(harness.server.requests[0]!.body)).toEqual(body);
  });

  it("an x-ms-error-response status is thrown, not returned", async () => {
    harness.server.handle(() => ({ status: 404, body: { code: "NotFound" } }));
    const c = await client("paging-errors", "PagingErrorsClient");
    await expect(c["secrets"]!["get"]!({ name: "missing" })).rejects.toMatchObject({ statusCode: 404 });
  });
});
