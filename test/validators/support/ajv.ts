/**
 * The reference implementation: ajv (draft 2020-12) with ajv-formats, compiled once per schema, in two modes —
 * first error (as a client would run it) and allErrors. Configured for the rules the generated validators
 * document: own properties only, each pattern with the flags the regex module chose, and the two formats where
 * oagen deliberately differs from ajv-formats (`byte`: strict base64; `int64`: the signed 64-bit range) taken
 * from the runtime — `test/validators/formats.test.ts` pins those differences down. `multipleOf` is checked as
 * JSON Schema defines it (the quotient is an integer): ajv compares the quotient with `parseInt(quotient)`, which
 * reads `-1e+21` as -1, so it rejects every multiple whose quotient reaches 1e21 (seed 1175517329 found
 * `-5e20` against `multipleOf: 0.5`).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { escapePointerToken, isByte, isInt64 } from "../../../generator/runtime/validation.js";
import { type JsonSchema, patternFlags } from "./json-schema.js";

const regExp = Object.assign((source: string) => new RegExp(source, patternFlags.get(source) ?? ""), {
  code: "new RegExp",
});

function createAjv(allErrors: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors, strict: false, ownProperties: true, code: { regExp } });
  ajvFormats.default(ajv); // the CommonJS module's `default` is the plugin itself
  ajv.addFormat("byte", { type: "string", validate: isByte });
  ajv.addFormat("int64", { type: "number", validate: isInt64 });
  ajv.removeKeyword("multipleOf");
  ajv.addKeyword({
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    error: { message: "must be multiple of the divisor" },
    validate: (divisor: number, data: number) => Number.isInteger(data / divisor),
  });
  return ajv;
}

export interface Reference {
  valid(value: unknown): boolean;
  /** Every location ajv names for an invalid value (allErrors), with the keywords it names there. */
  locations(value: unknown): Map<string, Set<string>>;
}

const firstError = createAjv(false);
const allErrors = createAjv(true);

/** Compiles `schema`, whose references point into `definitions` (added once per `$id`). */
export function compileReference(schema: JsonSchema, definitions: JsonSchema): Reference {
  const id = definitions["$id"] as string;
  for (const ajv of [firstError, allErrors]) if (!ajv.getSchema(id)) ajv.addSchema(definitions);
  const first: ValidateFunction = firstError.compile(schema);
  const all: ValidateFunction = allErrors.compile(schema);
  return {
    valid: (value) => first(value) as boolean,
    locations(value) {
      all(value);
      const out = new Map<string, Set<string>>();
      for (const error of all.errors ?? []) {
        const location = errorLocation(error);
        if (!out.has(location)) out.set(location, new Set());
        out.get(location)!.add(error.keyword);
      }
      return out;
    },
  };
}

/** ajv names a missing or extra property by its parent plus a parameter; oagen points at the property itself. */
function errorLocation(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === "required") return `${error.instancePath}/${escapePointerToken(params.missingProperty!)}`;
  if (error.keyword === "additionalProperties") {
    return `${error.instancePath}/${escapePointerToken(params.additionalProperty!)}`;
  }
  return error.instancePath;
}
