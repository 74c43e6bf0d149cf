/**
 * The validators generated for the five specs, on the specs' own samples: every documented response body (and
 * request) validates, and each sample with one secret field turned into a number fails with exactly that
 * field's pointer — and the message does not repeat the secret.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { IrOperation, IrSchema, IrService } from "../../generator/model/ir.js";
import { escapePointerToken } from "../../generator/runtime/validation.js";
import { loadAllServices } from "../support/pipeline.js";
import { clone } from "./support/arbitraries.js";
import { loadValidators, type ValidatorExports } from "./support/load.js";

type Result = { valid: true } | { valid: false; errors: { path: string; keyword: string; message: string }[] };

interface Sample {
  label: string;
  validate: (value: unknown) => unknown;
  schema: IrSchema;
  body: unknown;
}

let services: Record<string, IrService>;
const loaded = new Map<string, ValidatorExports>();

beforeAll(async () => {
  services = await loadAllServices();
  for (const service of Object.values(services)) loaded.set(service.name, (await loadValidators(service)).exports);
}, 120_000);

/** Every example response body with the validator of its declared schema. */
function responseSamples(service: IrService): Sample[] {
  const exports = loaded.get(service.name)!;
  return service.operations.flatMap((op) =>
    op.examples.flatMap((example) =>
      Object.entries(example.responses).flatMap(([status, response]) => {
        const declared = op.responses.find((r) => r.status === status) ?? op.errorResponse;
        if (response.body === undefined || declared?.schema?.kind !== "ref") return [];
        const named = service.schemas[declared.schema.ref]!;
        return [
          {
            label: `${op.operationId} "${example.name}" ${status}`,
            validate: exports[named.validatorName]!,
            schema: named.schema,
            body: response.body,
          },
        ];
      }),
    ),
  );
}

/** JSON pointers of the secret properties present in `value`. */
function secretPointers(schema: IrSchema, value: unknown, service: IrService, path = ""): string[] {
  if (schema.kind === "ref") return secretPointers(service.schemas[schema.ref]!.schema, value, service, path);
  if (schema.kind === "array" && Array.isArray(value)) {
    return value.flatMap((item, i) => secretPointers(schema.items, item, service, `${path}/${i}`));
  }
  if (schema.kind !== "object" || typeof value !== "object" || value === null) return [];
  return schema.properties.flatMap((prop) => {
    if (!Object.prototype.hasOwnProperty.call(value, prop.name)) return [];
    const pointer = `${path}/${escapePointerToken(prop.name)}`;
    const inner = (value as Record<string, unknown>)[prop.name];
    return prop.schema.secret ? [pointer] : secretPointers(prop.schema, inner, service, pointer);
  });
}

function setAt(value: unknown, pointer: string, replacement: unknown): unknown {
  const copy = clone(value);
  const tokens = pointer
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = copy as Record<string, unknown>;
  for (const token of tokens.slice(0, -1)) node = node[token] as Record<string, unknown>;
  node[tokens.at(-1)!] = replacement;
  return copy;
}

/** The sample request as the parameters object the client passes: tsName keys, the body under its tsName. */
function requestParameters(op: IrOperation, example: IrOperation["examples"][number]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of op.parameters) if (p.name in example.parameters) params[p.tsName] = example.parameters[p.name];
  if (op.body && example.requestBody !== undefined) params[op.body.tsName] = example.requestBody;
  return params;
}

describe("validators on the specs' samples", () => {
  it("accept every documented response body", () => {
    const samples = Object.values(services).flatMap(responseSamples);
    expect(samples.length).toBeGreaterThanOrEqual(5);
    for (const sample of samples)
      expect(sample.validate(sample.body), sample.label).toEqual({ valid: true, value: sample.body });
  });

  it("accept every documented request's parameters and body", () => {
    let checked = 0;
    for (const service of Object.values(services)) {
      const exports = loaded.get(service.name)!;
      for (const op of service.operations) {
        for (const example of op.examples) {
          const result = exports[op.parametersValidatorName]!(requestParameters(op, example)) as Result;
          expect(result, `${op.operationId} "${example.name}"`).toMatchObject({ valid: true });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("reject a sample whose secret field is a number, at that field, without echoing the value", () => {
    const secretSamples = Object.values(services).flatMap((service) =>
      responseSamples(service).map((sample) => ({
        sample,
        pointers: secretPointers(sample.schema, sample.body, service),
      })),
    );
    const withSecrets = secretSamples.filter((s) => s.pointers.length > 0);
    // Every service's success sample carries a secret (x-ms-secret, format: password, or a key field by name).
    expect(new Set(withSecrets.map((s) => s.sample.label.split(" ")[0])).size).toBeGreaterThanOrEqual(5);
    for (const { sample, pointers } of withSecrets) {
      for (const pointer of pointers) {
        const result = sample.validate(setAt(sample.body, pointer, 987654321)) as Result;
        expect(result.valid, `${sample.label} ${pointer}`).toBe(false);
        if (result.valid) continue;
        expect(result.errors, `${sample.label} ${pointer}`).toHaveLength(1);
        expect(result.errors[0]).toMatchObject({ path: pointer, keyword: "type" });
        expect(JSON.stringify(result.errors)).not.toContain("987654321");
      }
    }
  });

  it("point at /containerRegistryCredentials/passwords/1/value for the Machine Learning sample", () => {
    const ml = services["machinelearningservices"]!;
    const [sample] = responseSamples(ml).filter((s) => s.label.includes(" 200"));
    const result = sample!.validate(setAt(sample!.body, "/containerRegistryCredentials/passwords/1/value", 42));
    expect(result).toEqual({
      valid: false,
      errors: [
        { path: "/containerRegistryCredentials/passwords/1/value", keyword: "type", message: "must be a string" },
      ],
    });
  });
});
