/**
 * Public shapes from Azure's polymorphism and mutability extensions (test/specs/shapes/: an OpenAPI 3 spec with
 * `discriminator.mapping`, a Swagger 2.0 one with `x-ms-discriminator-value` three levels deep, `readOnly`,
 * `x-ms-mutability`, `x-ms-client-flatten`): the IR, the generated types (a hand-written file that must compile
 * under the package's strict tsconfig, with `@ts-expect-error` where a shape must refuse a value), the validators,
 * the clients on the local HTTPS server and the mocks. One generation shared by every test here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../generator/core/index.ts";
import type { IrService } from "../../generator/model/ir.ts";
import { useHarness } from "../clients/support/harness.ts";
import { createWorkspace, generatePackage, runTsc } from "../hostile/support/generated-package.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { upstreamOperation } from "./support/upstream.ts";

const SPECS = "test/specs/shapes";
const harness = useHarness();
const workspace = createWorkspace("shapes");
afterAll(() => workspace.dispose());

let services: Record<string, IrService>;
let warnings: { code: string; severity: string; pointer: string }[];
let outDir: string;
let tsc: { status: number | null; output: string };
/** Azure's datafactory.json, IntegrationRuntime (Managed / SelfHosted) operations, generated and type-checked. */
let dataFactory: { service: IrService; outDir: string };

/** Compiled against the generated package by the real tsc: each `@ts-expect-error` must meet an error. */
const CONTRACT = `
import type { Cat, CatInput, Dog, OwnerUpdate, PetInput, PetUnion } from "./pets/2024-01-01/models.js";
import type { CredentialUnion, KeyCredentialUnion, RotatingKeyCredential, VaultInput } from "./vault/2024-01-01/models.js";
import { isCat } from "./pets/2024-01-01/validators.js";

export const cat: PetUnion = { petType: "cat", name: "Tom", lives: 9 };
export const later: PetUnion = { petType: "bird", name: "Tweety" }; // a kind a later api-version may add
export const sent: CatInput = { petType: "cat", name: "Tom", owner: { email: "a@example.com", country: "NL" } };
// @ts-expect-error a variant's discriminator is its literal value
export const wrongKind: CatInput = { petType: "dog", name: "Rex" };
// @ts-expect-error id is read-only: absent from the request type
export const withId: PetInput = { petType: "cat", name: "Tom", id: "p1" };
// @ts-expect-error country is create-only (x-ms-mutability [create, read]): absent from the PATCH body
export const patch: OwnerUpdate = { email: "a@example.com", country: "NL" };
export const vault: VaultInput = { credential: { kind: "RotatingKey", key: "k", rotationDays: 30 }, properties: { sku: "standard" } };
// @ts-expect-error keyId is read-only on the KeyCredential variant
export const vaultWithKeyId: VaultInput = { credential: { kind: "Key", key: "k", keyId: "id" } };
// @ts-expect-error provisioningState (x-ms-mutability [read]) is read-only
export const vaultWithState: VaultInput = { credential: { kind: "Key", key: "k" }, properties: { provisioningState: "Succeeded" } };
export const rotating: KeyCredentialUnion = { kind: "RotatingKey", key: "k", rotationDays: 1 };
export const anyCredential: CredentialUnion = rotating;
export function lives(pet: PetUnion): number | undefined {
  return isCat(pet) ? pet.lives : undefined;
}
export function rotationDays(c: RotatingKeyCredential): number | undefined {
  const kind: "RotatingKey" = c.kind;
  return kind === "RotatingKey" ? c.rotationDays : undefined;
}
export function bark(dog: Dog): string {
  // @ts-expect-error read-only in the response type
  dog.licence = "x";
  return dog.bark;
}
export type Unused = Cat;
`;

beforeAll(async () => {
  const result = await generatePackage(workspace.dir, SPECS);
  outDir = result.outDir;
  services = Object.fromEntries(result.ir.services.map((s) => [s.name, s]));
  warnings = result.warnings;
  writeFileSync(path.join(outDir, "src", "shapes-contract.ts"), CONTRACT);
  tsc = runTsc(outDir);
  const df = await runPipeline({
    inputs: [upstreamOperation("datafactory").file],
    outDir: path.join(workspace.dir, "datafactory"),
    cwd: REPO_ROOT,
    service: "datafactory",
    operations: ["IntegrationRuntimes_CreateOrUpdate", "IntegrationRuntimes_Get"],
    clientName: "DataFactoryClient",
    typecheck: true,
  });
  writeOutput(df.files, path.join(workspace.dir, "datafactory"));
  dataFactory = { service: df.ir.services[0]!, outDir: path.join(workspace.dir, "datafactory") };
}, 600_000);

function named(service: string, name: string) {
  return Object.values(services[service]!.schemas).find((s) => s.originalName === name)!;
}

async function load(service: string, entry = ""): Promise<Record<string, unknown>> {
  const pkg = JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { exports: Record<string, { import: string }> };
  return (await import(pathToFileURL(path.join(outDir, pkg.exports[`./${service}${entry}`]!.import)).href)) as Record<string, unknown>;
}

type Validate = (value: unknown, options?: { direction?: "request" | "response" }) => { valid: boolean; errors?: { path: string; keyword: string; message: string }[] };
async function validator(service: string, name: string): Promise<Validate> {
  return (await load(service, "/validators"))[name] as Validate;
}

type Client = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
async function client(service: string, className: string, extra: Record<string, unknown> = {}): Promise<Client> {
  const Client = (await load(service))[className] as new (options: unknown) => Client;
  return new Client({ ...harness.options(), ...extra });
}

describe("shapes → IR", () => {
  it("OpenAPI 3 discriminator.mapping: the base is a union of its variants and itself; each variant has its value", () => {
    expect(named("pets", "Pet").union).toEqual({ name: "PetUnion", propertyName: "petType", members: ["#/components/schemas/Cat", "#/components/schemas/Dog", "#/components/schemas/Pet"] });
    expect(named("pets", "Cat").variant).toEqual({ propertyName: "petType", value: "cat" });
    expect(named("pets", "Dog").variant).toEqual({ propertyName: "petType", value: "dog" });
  });

  it("Swagger 2.0: a variant that others extend is a union too; values from x-ms-discriminator-value", () => {
    expect(named("vault", "Credential").union?.members).toEqual(["#/definitions/CertificateCredential", "#/definitions/KeyCredential", "#/definitions/RotatingKeyCredential", "#/definitions/Credential"]);
    expect(named("vault", "KeyCredential").union).toEqual({ name: "KeyCredentialUnion", propertyName: "kind", members: ["#/definitions/RotatingKeyCredential", "#/definitions/KeyCredential"] });
    expect(named("vault", "RotatingKeyCredential").variant).toEqual({ propertyName: "kind", value: "RotatingKey" });
  });

  it("request types exist where a request body reaches a read-only property (Update for PATCH bodies)", () => {
    expect(named("pets", "Pet").inputTypeName).toBe("PetInput");
    expect(named("pets", "Owner")).toMatchObject({ inputTypeName: "OwnerInput", updateTypeName: "OwnerUpdate" });
    expect(named("vault", "CertificateCredential").inputTypeName).toBeUndefined(); // nothing read-only below it
    expect(named("vault", "VaultProperties").inputTypeName).toBe("VaultPropertiesInput");
  });

  it("x-ms-client-flatten is reported, once per service, as not applied", () => {
    expect(warnings.filter((w) => w.code === "client-flatten-not-applied")).toEqual([
      expect.objectContaining({ severity: "info", pointer: "#/definitions/Vault/properties/properties" }),
    ]);
  });
});

describe("shapes → types", () => {
  it("the generated types and a hand-written contract compile under strict tsc; every @ts-expect-error meets its error", () => {
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("request bodies are typed with the request shapes", () => {
    const source = readFileSync(path.join(outDir, "src/pets/2024-01-01/client/pets.ts"), "utf8");
    expect(source).toContain("body: CatInput | DogInput | PetInput;");
    expect(source).toContain("body: OwnerUpdate;");
  });
});

describe("shapes → validators", () => {
  it("dispatch on the discriminator: each variant's own rules apply", async () => {
    const validatePet = await validator("pets", "validatePet");
    expect(validatePet({ petType: "cat", name: "Tom", lives: 3 }).valid).toBe(true);
    expect(validatePet({ petType: "cat", name: "Tom", lives: 0 }).errors).toEqual([{ path: "/lives", keyword: "minimum", message: "must be greater than or equal to 1" }]);
    expect(validatePet({ petType: "dog", name: "Rex" }).errors).toEqual([expect.objectContaining({ path: "/bark", keyword: "required" })]);
  });

  it("an unknown discriminator value: accepted in a response (extensible), refused in a request naming the known ones", async () => {
    const validatePet = await validator("pets", "validatePet");
    expect(validatePet({ petType: "bird", name: "Tweety" }).valid).toBe(true);
    expect(validatePet({ petType: "bird", name: "Tweety" }, { direction: "request" }).errors).toEqual([
      { path: "/petType", keyword: "discriminator", message: 'must be one of "cat", "dog" (a request may carry only the values this api-version knows)' },
    ]);
  });

  it("a variant's own validator checks its literal value (a parent accepts its subtypes' values)", async () => {
    expect((await validator("pets", "validateCat"))({ petType: "dog", name: "Rex" }).errors).toEqual([{ path: "/petType", keyword: "discriminator", message: 'must be "cat"' }]);
    const validateKey = await validator("vault", "validateKeyCredential");
    expect(validateKey({ kind: "RotatingKey", key: "k", rotationDays: 2 }).valid).toBe(true);
    expect(validateKey({ kind: "Certificate", key: "k" }).errors).toEqual([{ path: "/kind", keyword: "discriminator", message: 'must be one of "Key", "RotatingKey"' }]);
  });

  it("read-only properties: kept in responses, refused in requests (also inside variants and nested objects)", async () => {
    const validatePet = await validator("pets", "validatePet");
    const dog = { petType: "dog", name: "Rex", bark: "woof", id: "p1", licence: "L-1", owner: { email: "a@example.com", createdAt: "2024-01-01T00:00:00Z" } };
    expect(validatePet(dog).valid).toBe(true);
    expect(validatePet(dog, { direction: "request" }).errors?.map((e) => [e.path, e.keyword])).toEqual([
      ["/id", "readOnly"],
      ["/owner/createdAt", "readOnly"],
      ["/licence", "readOnly"],
    ]);
  });
});

describe("shapes → redactors", () => {
  it("a union's secrets are masked by variant (a later kind: every variant's), also through a property", async () => {
    const entry = await load("vault");
    const redactVault = entry["redactVault"] as (value: unknown) => unknown;
    const redactCredential = entry["redactCredential"] as (value: unknown) => unknown;
    expect(redactVault({ credential: { kind: "RotatingKey", key: "s3cret", rotationDays: 2 } })).toEqual({ credential: { kind: "RotatingKey", key: "REDACTED", rotationDays: 2 } });
    expect(redactCredential({ kind: "Key", key: "s3cret", keyId: "id" })).toEqual({ kind: "Key", key: "REDACTED", keyId: "id" });
    expect(redactCredential({ kind: "Certificate", thumbprint: "t" })).toEqual({ kind: "Certificate", thumbprint: "t" });
    expect(redactCredential({ kind: "Later", key: "s3cret" })).toEqual({ kind: "Later", key: "REDACTED" });
  });
});

describe("shapes → clients on the local server", () => {
  it("a variant is sent as written and the variant returned; an unknown kind in a response is accepted", async () => {
    const c = await client("pets", "PetsClient");
    const body = { petType: "cat", name: "Tom", lives: 9, owner: { email: "a@example.com" } };
    harness.server.handle((req) => ({ status: 200, body: JSON.parse(req.body) }));
    await expect(c["pets"]!["createOrUpdate"]!({ name: "tom", body })).resolves.toEqual(body);
    expect(JSON.parse(harness.server.requests[0]!.body)).toEqual(body);
    harness.server.handle(() => ({ status: 200, body: { petType: "bird", name: "Tweety", id: "p2" } }));
    await expect(c["pets"]!["get"]!({ name: "tweety" })).resolves.toEqual({ petType: "bird", name: "Tweety", id: "p2" });
  });

  it("an unknown kind or a read-only property in a request body is refused before anything is sent", async () => {
    const c = await client("pets", "PetsClient");
    harness.server.handle(() => ({ status: 200, body: {} }));
    await expect(c["pets"]!["createOrUpdate"]!({ name: "x", body: { petType: "bird", name: "Tweety" } })).rejects.toThrow(/petType.*"cat", "dog"/s);
    await expect(c["pets"]!["createOrUpdate"]!({ name: "x", body: { petType: "cat", name: "Tom", id: "p1" } })).rejects.toThrow(/id.*read-only/s);
    const v = await client("vault", "VaultClient", { credentialScopes: ["https://management.azure.com/.default"] });
    await expect(v["vaults"]!["createOrUpdate"]!({ name: "v", body: { credential: { kind: "Key", key: "k", keyId: "id" } } })).rejects.toThrow(/keyId.*read-only/s);
    expect(harness.server.requests).toHaveLength(0);
  });

  it("a response variant that breaks its own rules is refused", async () => {
    const c = await client("pets", "PetsClient");
    harness.server.handle(() => ({ status: 200, body: { petType: "cat", name: "Tom", lives: 99 } }));
    await expect(c["pets"]!["get"]!({ name: "tom" })).rejects.toThrow(/lives/);
  });
});

describe("Azure's datafactory.json: IntegrationRuntime is Managed or SelfHosted (generated with the strict type-check)", () => {
  type Client = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
  async function dfClient(): Promise<Client> {
    const pkg = JSON.parse(readFileSync(path.join(dataFactory.outDir, "package.json"), "utf8")) as { exports: Record<string, { import: string }> };
    const entry = (await import(pathToFileURL(path.join(dataFactory.outDir, pkg.exports["./datafactory"]!.import)).href)) as Record<string, unknown>;
    const Client = entry["DataFactoryClient"] as new (options: unknown) => Client;
    return new Client({ ...harness.options(), subscriptionId: "12345678-1234-1234-1234-12345678abcd" });
  }
  const params = { resourceGroupName: "exampleResourceGroup", factoryName: "exampleFactoryName", integrationRuntimeName: "exampleIntegrationRuntime" };
  const selfHosted = { id: "/subscriptions/…/integrationruntimes/exampleIntegrationRuntime", name: "exampleIntegrationRuntime", type: "Microsoft.DataFactory/factories/integrationruntimes", etag: "000046c4-0000-0000-0000-5b2198bf0000", properties: { type: "SelfHosted", description: "A selfhosted integration runtime" } };

  it("the IR: a union of the two variants and the base; request types without SubResource's read-only id/name/type/etag", () => {
    const schemas = Object.values(dataFactory.service.schemas);
    const runtime = schemas.find((n) => n.originalName === "IntegrationRuntime")!;
    expect(runtime.union?.members.map((id) => dataFactory.service.schemas[id]!.originalName)).toEqual(["ManagedIntegrationRuntime", "SelfHostedIntegrationRuntime", "IntegrationRuntime"]);
    expect(schemas.find((n) => n.originalName === "ManagedIntegrationRuntime")).toMatchObject({ variant: { propertyName: "type", value: "Managed" }, inputTypeName: "ManagedIntegrationRuntimeInput" });
    expect(schemas.find((n) => n.originalName === "IntegrationRuntimeResource")!.inputTypeName).toBe("IntegrationRuntimeResourceInput");
  });

  it("a SelfHosted answer comes back typed and checked; an unknown type from a later api-version is accepted", async () => {
    const c = await dfClient();
    harness.server.handle(() => ({ status: 200, body: selfHosted }));
    await expect(c["integrationRuntimes"]!["get"]!(params)).resolves.toEqual(selfHosted);
    const later = { ...selfHosted, properties: { type: "Serverless" } };
    harness.server.handle(() => ({ status: 200, body: later }));
    await expect(c["integrationRuntimes"]!["get"]!(params)).resolves.toEqual(later);
    harness.server.handle(() => ({ status: 200, body: { ...selfHosted, properties: { type: "Managed" } } })); // Managed requires typeProperties
    await expect(c["integrationRuntimes"]!["get"]!(params)).rejects.toThrow(/typeProperties/);
  });

  it("a Managed runtime is sent as written; the read-only state or an unknown type is refused before sending", async () => {
    const c = await dfClient();
    const body = { properties: { type: "Managed", typeProperties: { computeProperties: { location: "westeurope", nodeSize: "Standard_D1_v2", numberOfNodes: 1 } } } };
    harness.server.handle((req) => ({ status: 200, body: { ...selfHosted, properties: JSON.parse(req.body).properties } }));
    await expect(c["integrationRuntimes"]!["createOrUpdate"]!({ ...params, body })).resolves.toMatchObject({ properties: body.properties });
    expect(JSON.parse(harness.server.requests[0]!.body)).toEqual(body);
    // (IntegrationRuntime's additionalProperties are objects, so the base's check reports the string too, first.)
    await expect(c["integrationRuntimes"]!["createOrUpdate"]!({ ...params, body: { properties: { ...body.properties, state: "Started" } } })).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: "/body/properties/state", keyword: "readOnly" })]),
    });
    await expect(c["integrationRuntimes"]!["createOrUpdate"]!({ ...params, body: { properties: { type: "Serverless" } } })).rejects.toThrow(/"Managed", "SelfHosted"/);
    await expect(c["integrationRuntimes"]!["createOrUpdate"]!({ ...params, body: { ...body, etag: "x" } })).rejects.toThrow(/etag.*read-only/s);
    expect(harness.server.requests).toHaveLength(1);
  });
});

describe("shapes → mocks", () => {
  it("fixtures for a union pick a variant (with its literal value) that the validators accept, the same on every run", async () => {
    const mocks = await load("pets", "/mocks");
    const fixtures = mocks["fixtures"] as Record<string, Record<string, { body: Record<string, unknown> }>>;
    const validatePet = await validator("pets", "validatePet");
    for (const fixture of Object.values(fixtures["Pets_Get"]!)) {
      expect(["cat", "dog"]).toContain(fixture.body["petType"]);
      expect(validatePet(fixture.body).valid).toBe(true);
    }
    const items = fixtures["Pets_List"]!["200"]!.body["value"] as { petType: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(["cat", "dog"]).toContain(item.petType);
    const again = await runPipeline({ inputs: [`${SPECS}/pets`], outDir: path.join(workspace.dir, "again"), cwd: REPO_ROOT });
    expect(again.files.find((f) => f.path === "fixtures/pets/2024-01-01.json")?.contents).toBe(readFileSync(path.join(outDir, "fixtures/pets/2024-01-01.json"), "utf8"));
  });

  it("the mock HTTP client answers a client call with a variant", async () => {
    const mocks = await load("pets", "/mocks");
    const createMockHttpClient = mocks["createMockHttpClient"] as () => unknown;
    const c = await client("pets", "PetsClient", { httpClient: createMockHttpClient(), endpoint: "https://pets.example.com" });
    const pet = (await c["pets"]!["get"]!({ name: "tom" })) as { petType: string };
    expect(["cat", "dog"]).toContain(pet.petType);
  });
});
