/**
 * The checks of the validator walker, as (failure condition, keyword, message) triples over a value held in a
 * local: the walker writes `if (fails && !c.add(path, keyword, message)) return false;`. Messages describe the
 * rule, never the value (it may be a secret); spec text in them (enum values, the pattern) is written with
 * `stringLiteral` by the walker.
 */
import type {
  IrArraySchema,
  IrBooleanSchema,
  IrNumberSchema,
  IrObjectSchema,
  IrSchema,
  IrStringSchema,
} from "../../model/ir.js";
import { valueLiteral } from "../escape/index.js";
import { RUNTIME_NAMESPACE as RT, ISSUES_PARAM, REQUEST_PARAM } from "./names.js";
import { INLINE_COMPARISON_LIMIT, type ValidatorPlan } from "./plan.js";

export interface Check {
  /** A boolean expression, true when the value breaks the rule. */
  fails: string;
  keyword: string;
  message: string;
}

/** String formats with a runtime check; other formats (`password`, `url`, `arm-id`…) are annotations. */
const STRING_FORMATS: Record<string, string> = {
  uuid: "isUuid",
  "date-time": "isDateTime",
  date: "isDate",
  uri: "isUri",
  email: "isEmail",
  ipv4: "isIpv4",
  ipv6: "isIpv6",
  byte: "isByte",
};

const NUMBER_FORMATS: Record<string, { check: string; message: string }> = {
  int32: { check: "isInt32", message: "must be a 32-bit integer" },
  int64: { check: "isInt64", message: "must be a 64-bit integer" },
};

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  null: "null",
  array: "an array",
  object: "an object",
};

/**
 * The type test for a JSON type; `kind` is a schema kind with one (not ref, composite or unknown). `nullable`
 * only changes the message: null is let through before the test.
 */
export function typeCheck(kind: IrSchema["kind"], nullable: boolean | undefined, v: string): Check {
  const message = `must be ${TYPE_NAMES[kind]!}${nullable && kind !== "null" ? " or null" : ""}`;
  return { fails: typeFails(kind, v), keyword: "type", message };
}

function typeFails(kind: string, v: string): string {
  switch (kind) {
    case "string":
    case "boolean":
      return `typeof ${v} !== "${kind}"`;
    case "number":
      return `typeof ${v} !== "number" || !Number.isFinite(${v})`;
    case "integer":
      return `typeof ${v} !== "number" || !Number.isInteger(${v})`;
    case "null":
      return `${v} !== null`;
    case "array":
      return `!Array.isArray(${v})`;
    case "object":
      return `typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})`;
    default:
      throw new Error(`internal error: no type test for ${kind}`);
  }
}

export function stringChecks(schema: IrStringSchema, v: string, plan: ValidatorPlan): Check[] {
  const checks: Check[] = [];
  const { minLength, maxLength } = schema;
  if (minLength !== undefined && minLength > 0) {
    // Code points ≤ code units ≤ 2 × code points: count only when the code-unit length cannot decide.
    const fails =
      minLength === 1
        ? `${v}.length === 0`
        : `${v}.length < ${count(minLength)} || (${v}.length < ${count(2 * minLength)} && ${RT}.codePointLength(${v}) < ${count(minLength)})`;
    checks.push({ fails, keyword: "minLength", message: `must be at least ${plural(minLength, "character")} long` });
  }
  if (maxLength !== undefined) {
    checks.push({
      fails: `${v}.length > ${count(maxLength)} && ${RT}.codePointLength(${v}) > ${count(maxLength)}`,
      keyword: "maxLength",
      message: `must be at most ${plural(maxLength, "character")} long`,
    });
  }
  if (schema.pattern) {
    checks.push({
      fails: `!${plan.patternName(schema.pattern)}.test(${v})`,
      keyword: "pattern",
      message: `must match the pattern ${schema.pattern.source}`,
    });
  }
  const format = schema.format !== undefined ? STRING_FORMATS[schema.format] : undefined;
  if (format !== undefined) {
    checks.push({ fails: `!${RT}.${format}(${v})`, keyword: "format", message: `must be a valid ${schema.format}` });
  }
  if (schema.enum && !schema.extensible) checks.push(enumCheck(schema.enum, schema.const, v, plan));
  // Extensible (`modelAsString`): the known values bind requests only, unless the caller opted out.
  if (schema.enum && schema.extensible) {
    const check = enumCheck(schema.enum, schema.const, v, plan);
    checks.push({ ...check, fails: `${REQUEST_PARAM} && !${ISSUES_PARAM}.openEnums && ${check.fails}`, message: `must be one of the values this api-version knows: ${describeValues(schema.enum)} (the service may send others)` });
  }
  if (schema.const !== undefined) checks.push(constCheck(schema.const, v));
  return checks;
}

export function numberChecks(schema: IrNumberSchema, v: string, plan: ValidatorPlan): Check[] {
  const checks: Check[] = [];
  const bound = (value: number | undefined, op: string, keyword: string, words: string): void => {
    if (value !== undefined)
      checks.push({ fails: `${v} ${op} ${valueLiteral(value)}`, keyword, message: `${words} ${value}` });
  };
  bound(schema.minimum, "<", "minimum", "must be greater than or equal to");
  bound(schema.maximum, ">", "maximum", "must be less than or equal to");
  bound(schema.exclusiveMinimum, "<=", "exclusiveMinimum", "must be greater than");
  bound(schema.exclusiveMaximum, ">=", "exclusiveMaximum", "must be less than");
  const { multipleOf } = schema;
  if (multipleOf !== undefined) {
    const fails = Number.isInteger(multipleOf)
      ? `${v} % ${valueLiteral(multipleOf)} !== 0`
      : `!Number.isInteger(${v} / ${valueLiteral(multipleOf)})`;
    checks.push({ fails, keyword: "multipleOf", message: `must be a multiple of ${multipleOf}` });
  }
  const format = schema.format !== undefined ? NUMBER_FORMATS[schema.format] : undefined;
  if (format !== undefined) checks.push({ fails: `!${RT}.${format.check}(${v})`, keyword: "format", ...format });
  if (schema.enum) checks.push(enumCheck(schema.enum, schema.const, v, plan));
  if (schema.const !== undefined) checks.push(constCheck(schema.const, v));
  return checks;
}

export function booleanChecks(schema: IrBooleanSchema, v: string, plan: ValidatorPlan): Check[] {
  const checks: Check[] = [];
  if (schema.enum) checks.push(enumCheck(schema.enum, schema.const, v, plan));
  if (schema.const !== undefined) checks.push(constCheck(schema.const, v));
  return checks;
}

/** Array checks that need no per-item work (`uniqueItems` is written by the writers: its message has indices). */
export function arrayChecks(schema: IrArraySchema, v: string): Check[] {
  const checks: Check[] = [];
  if (schema.minItems !== undefined && schema.minItems > 0) {
    checks.push({
      fails: `${v}.length < ${count(schema.minItems)}`,
      keyword: "minItems",
      message: `must have at least ${plural(schema.minItems, "item")}`,
    });
  }
  if (schema.maxItems !== undefined) {
    checks.push({
      fails: `${v}.length > ${count(schema.maxItems)}`,
      keyword: "maxItems",
      message: `must have at most ${plural(schema.maxItems, "item")}`,
    });
  }
  return checks;
}

/** `minProperties`/`maxProperties` over a count held in local `countLocal`. */
export function propertyCountChecks(schema: IrObjectSchema, countLocal: string): Check[] {
  const checks: Check[] = [];
  if (schema.minProperties !== undefined && schema.minProperties > 0) {
    checks.push({
      fails: `${countLocal} < ${count(schema.minProperties)}`,
      keyword: "minProperties",
      message: `must have at least ${plural(schema.minProperties, "property", "properties")}`,
    });
  }
  if (schema.maxProperties !== undefined) {
    checks.push({
      fails: `${countLocal} > ${count(schema.maxProperties)}`,
      keyword: "maxProperties",
      message: `must have at most ${plural(schema.maxProperties, "property", "properties")}`,
    });
  }
  return checks;
}

/** True when `key` is one of `names`: an `===` chain, or a planned Set for long lists. */
export function isAmong(names: readonly (string | number | boolean)[], v: string, plan: ValidatorPlan): string {
  if (names.length === 0) return "false";
  if (names.length > INLINE_COMPARISON_LIMIT) return `${plan.valueSetName(names)}.has(${v})`;
  return names.map((name) => `${v} === ${valueLiteral(name)}`).join(" || ");
}

/** How a list of allowed values reads in a message (the first ten). */
export function describeValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((value) => JSON.stringify(value));
  return shown.join(", ") + (values.length > 10 ? `, … (${values.length} values)` : "");
}

function enumCheck(
  values: readonly (string | number | boolean)[],
  constant: string | number | boolean | undefined,
  v: string,
  plan: ValidatorPlan,
): Check {
  const fails = plan.enumUsesSet(values, constant)
    ? `!${plan.valueSetName(values)}.has(${v})`
    : `!(${isAmong(values, v, plan)})`;
  return { fails, keyword: "enum", message: `must be one of ${describeValues(values)}` };
}

function constCheck(value: string | number | boolean, v: string): Check {
  return { fails: `${v} !== ${valueLiteral(value)}`, keyword: "const", message: `must be ${JSON.stringify(value)}` };
}

function plural(n: number, singular: string, pluralForm = singular + "s"): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** A length or count from the IR as code: only a non-negative safe integer may reach the output. */
function count(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`internal error: ${String(n)} is not a valid length or count`);
  return String(n);
}
