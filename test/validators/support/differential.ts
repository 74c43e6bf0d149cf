/**
 * One differential run: every named schema (response rules) and every operation's parameters (request rules)
 * of a service, checked against ajv on the equivalent JSON Schema. For each value the guard, the validator and
 * ajv must give the same verdict, and an invalid value's first issue must point where ajv points, for a rule
 * (keyword) ajv names there.
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { IrSchema, IrService } from "../../../generator/model/ir.js";
import { compileReference, type Reference } from "./ajv.js";
import { mutate, valueArbitrary } from "./arbitraries.js";
import { obj } from "./ir.js";
import { JsonSchemaConverter } from "./json-schema.js";
import type { ValidatorExports } from "./load.js";

interface Root {
  label: string;
  /** What values are generated for (the named schema, or the parameters object). */
  schema: IrSchema;
  reference: Reference;
  guard?: (value: unknown) => unknown;
  validate: (value: unknown) => unknown;
}

/** oagen's `discriminator` issue (a missing or unknown value) is ajv's `required` or `enum` on that property. */
const KEYWORD_ALIASES: Record<string, string[]> = { discriminator: ["required", "enum"], readOnly: ["not"] };

type Result =
  { valid: true; value: unknown } | { valid: false; errors: { path: string; keyword: string; message: string }[] };

export function differentialRoots(service: IrService, exports: ValidatorExports): Root[] {
  const response = new JsonSchemaConverter(service, "response");
  const request = new JsonSchemaConverter(service, "request");
  const responseDefinitions = response.definitions();
  const requestDefinitions = request.definitions();
  const roots: Root[] = Object.values(service.schemas).map((named) => ({
    label: named.originalName,
    schema: named.schema,
    reference: compileReference(response.root(named.schema), responseDefinitions),
    guard: exports[named.guardName]!,
    validate: exports[named.validatorName]!,
  }));
  for (const op of service.operations) {
    const schema = obj(
      Object.fromEntries([
        ...op.parameters.map((p): [string, [IrSchema, boolean]] => [p.tsName, [p.schema, p.required]]),
        ...(op.body ? [[op.body.tsName, [op.body.schema, op.body.required]] as [string, [IrSchema, boolean]]] : []),
      ]),
    );
    roots.push({
      label: `${op.operationId} parameters`,
      schema,
      reference: compileReference(request.root(schema), requestDefinitions),
      validate: exports[op.parametersValidatorName]!,
    });
  }
  return roots;
}

/**
 * Runs `numRuns` cases; fast-check prints the seed and path to replay a failure. Returns how many values were
 * valid and invalid (a useful run has plenty of both).
 */
export function assertAgreement(
  service: IrService,
  roots: Root[],
  seed: number,
  numRuns: number,
): { valid: number; invalid: number } {
  const counts = { valid: 0, invalid: 0 };
  const values = roots.map((root) => valueArbitrary(root.schema, service));
  const cases = fc
    .integer({ min: 0, max: roots.length - 1 })
    .chain((index) =>
      fc.tuple(
        fc.constant(index),
        values[index]!,
        fc.option(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { nil: undefined, freq: 2 }),
      ),
    );
  fc.assert(
    fc.property(cases, ([index, generated, picks]) => {
      const root = roots[index]!;
      const value = picks ? mutate(generated, picks) : generated;
      if (checkCase(root, value)) counts.valid++;
      else counts.invalid++;
    }),
    { seed, numRuns },
  );
  return counts;
}

/** Checks one value; returns the (agreed) verdict. */
export function checkCase(root: Root, value: unknown): boolean {
  const expected = root.reference.valid(value);
  const context = `${root.label}: ${JSON.stringify(value)}`;
  if (root.guard) expect(root.guard(value), `guard, ${context}`).toBe(expected);
  const result = root.validate(value) as Result;
  expect(result.valid, `validator, ${context}`).toBe(expected);
  if (result.valid) return true;
  expect(result.errors.length).toBeGreaterThan(0);
  const first = result.errors[0]!;
  const locations = root.reference.locations(value);
  const named = [...locations.entries()].map(([path, keywords]) => `${path || "(root)"} ${[...keywords].join("/")}`);
  const message = `first issue ${first.path} ${first.keyword}; ajv names ${named.join(", ")}; ${context}`;
  expect(locations.has(first.path), message).toBe(true);
  const keywords = KEYWORD_ALIASES[first.keyword] ?? [first.keyword];
  expect(
    keywords.some((k) => locations.get(first.path)!.has(k)),
    message,
  ).toBe(true);
  return false;
}
