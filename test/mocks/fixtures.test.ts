/**
 * The generated fixtures (`azure-keys/<service>/mocks`): every one validates with the generated validators, the
 * documented samples are there verbatim, the JSON files hold the same data, secrets are obviously fake, and
 * synthesis is byte-identical for a seed across processes.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { IrOperation, IrSchema, IrService } from "../../generator/model/ir.ts";
import { kebabCase } from "../../generator/naming/index.ts";
import type { MockFixture, MockServiceDescription } from "../../generator/runtime/mock-types.ts";
import type { ValidationResult } from "../../generator/runtime/validation.ts";
import { loadAllServices, REPO_ROOT } from "../support/pipeline.ts";
import { fixtureDigest } from "./support/fixture-digest.ts";

type Validator = (value: unknown) => ValidationResult<unknown>;
interface ServiceUnderTest {
  ir: IrService;
  fixtures: Record<string, Record<string, MockFixture>>;
  description: MockServiceDescription;
  validators: Record<string, Validator>;
}

const services: Record<string, ServiceUnderTest> = {};

beforeAll(async () => {
  for (const [name, ir] of Object.entries(await loadAllServices())) {
    const mocks = (await import(`azure-keys/${name}/mocks`)) as { fixtures: ServiceUnderTest["fixtures"]; serviceDescription: MockServiceDescription };
    const validators = (await import(`azure-keys/${name}/validators`)) as Record<string, Validator>;
    services[name] = { ir, fixtures: mocks.fixtures, description: mocks.serviceDescription, validators };
  }
});

/** Each (service, operation, fixture) with the IR schema its body must satisfy. */
function eachFixture(): { service: ServiceUnderTest; operation: IrOperation; name: string; fixture: MockFixture; schema: IrSchema | undefined }[] {
  return Object.values(services).flatMap((service) =>
    service.ir.operations.flatMap((operation) =>
      Object.entries(service.fixtures[operation.operationId]!).map(([name, fixture]) => {
        const declared = operation.responses.find((r) => Number(r.status) === fixture.status);
        return { service, operation, name, fixture, schema: (declared ?? operation.errorResponse)?.schema };
      }),
    ),
  );
}

function validatorFor(service: ServiceUnderTest, schema: IrSchema): Validator {
  if (schema.kind !== "ref") throw new Error("the specs' responses are all named schemas");
  return service.validators[service.ir.schemas[schema.ref]!.validatorName]!;
}

describe("generated fixtures", () => {
  it("cover every operation with its documented sample, synthesised successes and error-model answers", () => {
    expect(Object.keys(services).sort()).toEqual(["apimanagement", "datafactory", "deviceprovisioningservices", "machinelearningservices", "purview-scanning"]);
    for (const service of Object.values(services)) {
      for (const operation of service.ir.operations) {
        const names = Object.keys(service.fixtures[operation.operationId]!);
        expect(names.filter((n) => n.startsWith("example-"))).toHaveLength(operation.examples.length);
        expect(names).toEqual(expect.arrayContaining(["200", "error-400", "error-404", "error-500"]));
      }
    }
    expect(Object.keys(services["machinelearningservices"]!.fixtures["Workspaces_ListKeys"]!)).toEqual(
      expect.arrayContaining(["200-nulls", "200-empty-arrays", "200-required-only"]),
    );
  });

  it("all validate with the generated validators of their response schema", () => {
    const checked = eachFixture().map(({ service, name, fixture, schema }) => {
      const result = validatorFor(service, schema!)(fixture.body);
      return [`${service.ir.name}/${name}`, result.valid ? "valid" : result.errors];
    });
    expect(checked.length).toBeGreaterThan(35);
    expect(checked.filter(([, verdict]) => verdict !== "valid")).toEqual([]);
  });

  it("keep the documented sample verbatim, with a sample request the parameters validator accepts", () => {
    let samples = 0;
    for (const service of Object.values(services)) {
      for (const operation of service.ir.operations) {
        for (const example of operation.examples) {
          const [status, response] = Object.entries(example.responses)[0]!;
          const fixture = service.fixtures[operation.operationId]![`example-${kebabCase(example.name)}`]!;
          expect(fixture).toEqual({ status: Number(status), headers: response.headers, body: response.body, request: expect.anything() });
          expect(fixture.request!.parameters).toEqual(example.parameters);
          const params: Record<string, unknown> = {};
          for (const p of operation.parameters) params[p.tsName] = example.parameters[p.name];
          if (operation.body) params[operation.body.tsName] = fixture.request!.body;
          expect(service.validators[operation.parametersValidatorName]!(params)).toMatchObject({ valid: true });
          samples++;
        }
      }
    }
    expect(samples).toBe(5);
  });

  it("put error answers in each service's own error model", () => {
    const error400 = (service: string, op: string) => services[service]!.fixtures[op]!["error-400"]!;
    expect(error400("purview-scanning", "IntegrationRuntimes_ListAuthKeys")).toMatchObject({
      headers: { "x-ms-error-code": "BadRequest" },
      body: { error: { code: "BadRequest", message: expect.any(String) } },
    });
    expect(error400("datafactory", "IntegrationRuntimes_RegenerateAuthKey").body).toMatchObject({ error: { code: "BadRequest" } });
    expect(error400("deviceprovisioningservices", "IotDpsResource_ListKeys").body).toMatchObject({ code: "BadRequest", httpStatusCode: "400" });
  });

  it("give secret fields base64 values that decode to FAKE-KEY-…", () => {
    const secrets: string[] = [];
    const visit = (service: IrService, schema: IrSchema, value: unknown): void => {
      if (schema.kind === "ref") return visit(service, service.schemas[schema.ref]!.schema, value);
      if (schema.secret && typeof value === "string") secrets.push(Buffer.from(value, "base64").toString("utf8"));
      if (schema.kind === "array" && Array.isArray(value)) value.forEach((item) => visit(service, schema.items, item));
      if (schema.kind === "object" && value !== null && typeof value === "object") {
        for (const p of schema.properties) visit(service, p.schema, (value as Record<string, unknown>)[p.name]);
      }
    };
    for (const { service, name, fixture, schema } of eachFixture()) if (name === "200") visit(service.ir, schema!, fixture.body);
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    for (const secret of secrets) expect(secret).toMatch(/^FAKE-KEY-[A-Za-z0-9-]+-[0-9a-f]{8}$/);
  });

  it("are stored once, as one JSON file per api-version: generated/fixtures/<service>/<api-version>.json", () => {
    for (const service of Object.values(services)) {
      const dir = path.join(REPO_ROOT, "generated/fixtures", service.ir.name);
      expect(readdirSync(dir)).toEqual([`${service.ir.apiVersion}.json`]);
      // The file is the operations' fixtures by operationId, then by name: exactly the table the mocks serve.
      const withFixtures = Object.entries(service.fixtures).filter(([, byName]) => Object.keys(byName).length > 0);
      expect(JSON.parse(readFileSync(path.join(dir, `${service.ir.apiVersion}.json`), "utf8"))).toEqual(Object.fromEntries(withFixtures));
    }
  });
});

describe("synthesis determinism", () => {
  it("is byte-identical for the same seed in a fresh process, and differs for another seed", async () => {
    const here = await fixtureDigest();
    const child = spawnSync(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "test/mocks/support/fixture-digest.ts")], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe(here);
    expect(await fixtureDigest("another-seed")).not.toBe(here);
  }, 60_000);
});
