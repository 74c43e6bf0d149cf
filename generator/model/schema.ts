/**
 * JSON Schema (OpenAPI 3.0/3.1 and Swagger 2.0 flavours) → IrSchema. Refs to named schemas stay refs (the
 * target is queued and built once); nullability in all three spellings becomes `nullable`; multi-type
 * schemas become `anyOf`; patterns are translated and checked by the regex module; secrets are marked.
 */
import { LOAD_LIMITS } from "../load/index.js";
import { appendPointer } from "../util/json-pointer.js";
import { fail, isRecord, warn, type ModelContext } from "./context.js";
import type {
  IrArraySchema,
  IrDiscriminator,
  IrNumberSchema,
  IrObjectSchema,
  IrProperty,
  IrSchema,
  IrSchemaCommon,
  IrStringSchema,
} from "./ir.js";
import { checkPatternSafety, translatePattern } from "./regex.js";
import { followRefs, namedSchemaName } from "./refs.js";
import { isSecretPropertyName } from "./secrets.js";

type Kind = "string" | "number" | "integer" | "boolean" | "null" | "array" | "object";
const KINDS: readonly Kind[] = ["string", "number", "integer", "boolean", "null", "array", "object"];
/** Deepest inline nesting modelled; deeper specs are refused with a diagnostic (the loader bounds depth too). */
const MAX_INLINE_DEPTH = 64;

export function buildSchema(ctx: ModelContext, node: unknown, pointer: string, depth = 0): IrSchema {
  if (depth > MAX_INLINE_DEPTH) {
    fail(ctx, pointer, "schema-too-deep", `Schemas nest more than ${MAX_INLINE_DEPTH} levels here.`, "Name the inner schemas (components/schemas) and refer to them with $ref.");
    return { kind: "unknown", pointer };
  }
  if (node === true || (isRecord(node) && Object.keys(node).length === 0)) return { kind: "unknown", pointer };
  if (!isRecord(node)) {
    warn(ctx, pointer, "unsupported-schema", "This schema is not an object; it is treated as `unknown`.", "Write the schema as an object.");
    return { kind: "unknown", pointer };
  }
  const common = buildCommon(ctx, node, pointer);

  const ref = node["$ref"];
  if (typeof ref === "string") {
    const name = namedSchemaName(ref);
    if (name !== undefined && ref.startsWith("#")) {
      registerNamed(ctx, ref, name);
      return { ...common, kind: "ref", ref };
    }
    const target = followRefs(ctx, node, pointer);
    return target ? buildSchema(ctx, target.node, target.pointer, depth + 1) : { ...common, kind: "unknown" };
  }

  for (const keyword of ["allOf", "anyOf", "oneOf"] as const) {
    const members = node[keyword];
    if (Array.isArray(members)) return buildComposite(ctx, node, pointer, keyword, members, common, depth);
  }

  const { kinds, nullable } = readTypes(ctx, node, pointer);
  if (nullable) common.nullable = true;
  if (kinds.length > 1) {
    return {
      ...common,
      kind: "anyOf",
      members: kinds.map((kind) => buildTyped(ctx, node, pointer, kind, { pointer }, depth)),
    };
  }
  const kind = kinds[0] ?? inferKind(node);
  if (kind === undefined) return { ...common, kind: "unknown" };
  return buildTyped(ctx, node, pointer, kind, common, depth);
}

/** Queues a named schema for building (once). */
export function registerNamed(ctx: ModelContext, id: string, originalName: string): void {
  if (ctx.named.has(id)) return;
  const target = followRefs(ctx, { $ref: id }, id);
  ctx.named.set(id, { id, originalName, node: target?.node ?? {} });
  ctx.queue.push(id);
}

function buildCommon(ctx: ModelContext, node: Record<string, unknown>, pointer: string): IrSchemaCommon {
  const common: IrSchemaCommon = { pointer };
  if (typeof node["description"] === "string") common.description = node["description"];
  if (typeof node["title"] === "string") common.title = node["title"];
  if (node["nullable"] === true || node["x-nullable"] === true) common.nullable = true;
  if (node["readOnly"] === true) common.readOnly = true;
  const mutability = readMutability(node["x-ms-mutability"]);
  if (mutability) {
    common.mutability = mutability;
    if (!mutability.includes("create") && !mutability.includes("update") && mutability.includes("read")) common.readOnly = true;
  }
  if (typeof node["x-ms-discriminator-value"] === "string") common.discriminatorValue = node["x-ms-discriminator-value"];
  if (node["writeOnly"] === true) common.writeOnly = true;
  if (node["deprecated"] === true) common.deprecated = true;
  if (node["default"] !== undefined) common.default = node["default"];
  if (node["example"] !== undefined) common.example = node["example"];
  if (node["x-ms-secret"] === true) {
    common.secret = true;
    common.secretSource = "x-ms-secret";
  } else if (node["format"] === "password") {
    common.secret = true;
    common.secretSource = "format-password";
  }
  void ctx;
  return common;
}

function readTypes(ctx: ModelContext, node: Record<string, unknown>, pointer: string): { kinds: Kind[]; nullable: boolean } {
  const type = node["type"];
  const list = type === undefined ? [] : Array.isArray(type) ? type : [type];
  const kinds: Kind[] = [];
  let nullable = false;
  for (const t of list) {
    if (t === "null") nullable = true;
    else if (typeof t === "string" && (KINDS as readonly string[]).includes(t)) {
      if (!kinds.includes(t as Kind)) kinds.push(t as Kind);
    } else if (t === "file") {
      warn(ctx, appendPointer(pointer, "type"), "unsupported-type", 'Swagger `type: file` is not supported; it is treated as `unknown`.', "Describe file uploads as a binary string body.");
    } else {
      warn(ctx, appendPointer(pointer, "type"), "unknown-type", `Unknown type ${JSON.stringify(t)}; it is ignored.`, `Use one of ${KINDS.join(", ")}.`);
    }
  }
  if (list.length > 0 && kinds.length === 0 && nullable) kinds.push("null");
  return { kinds, nullable: nullable && kinds.some((k) => k !== "null") };
}

function inferKind(node: Record<string, unknown>): Kind | undefined {
  if (isRecord(node["properties"]) || node["additionalProperties"] !== undefined || Array.isArray(node["required"])) return "object";
  if (node["items"] !== undefined) return "array";
  if (Array.isArray(node["enum"])) {
    const values = node["enum"].filter((v) => v !== null);
    if (values.length > 0 && values.every((v) => typeof v === "string")) return "string";
    if (values.length > 0 && values.every((v) => typeof v === "number")) return "number";
    if (values.length > 0 && values.every((v) => typeof v === "boolean")) return "boolean";
  }
  if (typeof node["const"] === "string") return "string";
  if (typeof node["pattern"] === "string" || node["minLength"] !== undefined || node["maxLength"] !== undefined) return "string";
  if (node["minimum"] !== undefined || node["maximum"] !== undefined || node["multipleOf"] !== undefined) return "number";
  return undefined;
}

function buildTyped(ctx: ModelContext, node: Record<string, unknown>, pointer: string, kind: Kind, common: IrSchemaCommon, depth: number): IrSchema {
  if (!checkEnumSize(ctx, node, pointer)) return { ...common, kind: "unknown" };
  switch (kind) {
    case "string":
      return buildString(ctx, node, pointer, common);
    case "number":
    case "integer":
      return buildNumber(ctx, node, pointer, kind, common);
    case "boolean": {
      const values = enumValues(node).filter((v): v is boolean => typeof v === "boolean");
      return { ...common, kind: "boolean", ...(values.length ? { enum: values } : {}), ...(typeof node["const"] === "boolean" ? { const: node["const"] } : {}) };
    }
    case "null":
      return { ...common, kind: "null" };
    case "array":
      return buildArray(ctx, node, pointer, common, depth);
    case "object":
      return buildObject(ctx, node, pointer, common, depth);
  }
}

function enumValues(node: Record<string, unknown>): unknown[] {
  return Array.isArray(node["enum"]) ? node["enum"] : [];
}

/** An enum past `maxEnumValues` is refused: its TypeScript union would not compile in reasonable time. */
function checkEnumSize(ctx: ModelContext, node: Record<string, unknown>, pointer: string): boolean {
  const count = enumValues(node).length;
  if (count <= LOAD_LIMITS.maxEnumValues) return true;
  fail(ctx, appendPointer(pointer, "enum"), "enum-too-large", `This enum has ${count} values; oagen generates enums of up to ${LOAD_LIMITS.maxEnumValues}.`, "Describe the values with a pattern or as a plain string.");
  return false;
}

function buildString(ctx: ModelContext, node: Record<string, unknown>, pointer: string, common: IrSchemaCommon): IrStringSchema {
  const schema: IrStringSchema = { ...common, kind: "string" };
  if (typeof node["format"] === "string") schema.format = node["format"];
  const min = nonNegativeInteger(ctx, node, pointer, "minLength");
  const max = nonNegativeInteger(ctx, node, pointer, "maxLength");
  if (min !== undefined) schema.minLength = min;
  if (max !== undefined) schema.maxLength = max;
  if (min !== undefined && max !== undefined && min > max) {
    fail(ctx, appendPointer(pointer, "minLength"), "impossible-length", `minLength ${min} is greater than maxLength ${max}: no value can be valid.`, "Correct one of the two limits.");
  }
  if (node["pattern"] !== undefined) {
    const patternPointer = appendPointer(pointer, "pattern");
    if (typeof node["pattern"] !== "string") {
      fail(ctx, patternPointer, "invalid-regex", "`pattern` must be a string.", "Write the regular expression as a string.");
    } else {
      const translated = translatePattern(node["pattern"]);
      if (!translated.ok) {
        fail(ctx, patternPointer, "invalid-regex", `The pattern ${JSON.stringify(node["pattern"])} cannot be used: ${translated.reason}.`, "Rewrite the pattern in ECMAScript regular-expression syntax.");
      } else {
        for (const w of translated.warnings) warn(ctx, patternPointer, "regex-translated", `The pattern ${JSON.stringify(node["pattern"])}: ${w}.`);
        const safety = checkPatternSafety(translated.pattern);
        if (!safety.safe) {
          fail(ctx, patternPointer, "unsafe-regex", `The pattern ${JSON.stringify(node["pattern"])} can take exponential time on some inputs (ReDoS): ${safety.reason}.`, "Rewrite the pattern without nested or overlapping quantifiers.");
        } else {
          schema.pattern = translated.pattern;
        }
      }
    }
  }
  const values = enumValues(node);
  if (values.length > 0) {
    const strings = values.filter((v): v is string => typeof v === "string");
    if (values.includes(null)) schema.nullable = true;
    if (strings.length !== values.filter((v) => v !== null).length) {
      warn(ctx, appendPointer(pointer, "enum"), "enum-type-mismatch", "Some enum values are not strings although the schema is a string; they are ignored.", "Make every enum value a string.");
    }
    schema.enum = [...new Set(strings)];
  }
  if (typeof node["const"] === "string") schema.const = node["const"];
  const xmsEnum = node["x-ms-enum"];
  if (isRecord(xmsEnum)) {
    if (typeof xmsEnum["name"] === "string") schema.enumName = xmsEnum["name"];
    if (xmsEnum["modelAsString"] === true) schema.extensible = true;
    const described = readEnumValues(xmsEnum["values"], schema.enum ?? []);
    if (described.length > 0) schema.enumValues = described;
  }
  return schema;
}

function buildNumber(ctx: ModelContext, node: Record<string, unknown>, pointer: string, kind: "number" | "integer", common: IrSchemaCommon): IrNumberSchema {
  const schema: IrNumberSchema = { ...common, kind };
  if (typeof node["format"] === "string") schema.format = node["format"];
  const num = (key: string): number | undefined => {
    const v = node[key];
    if (v === undefined || typeof v === "boolean") return undefined;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      warn(ctx, appendPointer(pointer, key), "invalid-keyword", `\`${key}\` must be a number; it is ignored.`);
      return undefined;
    }
    return v;
  };
  const minimum = num("minimum");
  const maximum = num("maximum");
  // OpenAPI 3.0 / Swagger 2.0: exclusiveMinimum is a boolean modifying minimum; 3.1: a number.
  if (node["exclusiveMinimum"] === true && minimum !== undefined) schema.exclusiveMinimum = minimum;
  else if (minimum !== undefined) schema.minimum = minimum;
  if (node["exclusiveMaximum"] === true && maximum !== undefined) schema.exclusiveMaximum = maximum;
  else if (maximum !== undefined) schema.maximum = maximum;
  const exMin = num("exclusiveMinimum");
  const exMax = num("exclusiveMaximum");
  if (exMin !== undefined) schema.exclusiveMinimum = exMin;
  if (exMax !== undefined) schema.exclusiveMaximum = exMax;
  const multipleOf = num("multipleOf");
  if (multipleOf !== undefined) {
    if (multipleOf > 0) schema.multipleOf = multipleOf;
    else fail(ctx, appendPointer(pointer, "multipleOf"), "invalid-keyword", "`multipleOf` must be greater than 0.", "Use a positive number.");
  }
  const values = enumValues(node);
  if (values.length > 0) {
    if (values.includes(null)) schema.nullable = true;
    schema.enum = [...new Set(values.filter((v): v is number => typeof v === "number"))];
  }
  if (typeof node["const"] === "number") schema.const = node["const"];
  return schema;
}

function buildArray(ctx: ModelContext, node: Record<string, unknown>, pointer: string, common: IrSchemaCommon, depth: number): IrArraySchema {
  let items: IrSchema;
  if (node["items"] === undefined) {
    warn(ctx, pointer, "array-without-items", "This array has no `items` schema; its items are typed `unknown`.", "Add an `items` schema.");
    items = { kind: "unknown", pointer: appendPointer(pointer, "items") };
  } else {
    items = buildSchema(ctx, node["items"], appendPointer(pointer, "items"), depth + 1);
  }
  const schema: IrArraySchema = { ...common, kind: "array", items };
  const min = nonNegativeInteger(ctx, node, pointer, "minItems");
  const max = nonNegativeInteger(ctx, node, pointer, "maxItems");
  if (min !== undefined) schema.minItems = min;
  if (max !== undefined) schema.maxItems = max;
  if (node["uniqueItems"] === true) schema.uniqueItems = true;
  return schema;
}

function buildObject(ctx: ModelContext, node: Record<string, unknown>, pointer: string, common: IrSchemaCommon, depth: number): IrObjectSchema {
  const required = new Set(Array.isArray(node["required"]) ? node["required"].filter((r): r is string => typeof r === "string") : []);
  const properties: IrProperty[] = [];
  const props = node["properties"];
  if (isRecord(props)) {
    for (const [name, propNode] of Object.entries(props)) {
      const propPointer = appendPointer(pointer, "properties", name);
      const schema = buildSchema(ctx, propNode, propPointer, depth + 1);
      if (!schema.secret && isSecretPropertyName(name) && isStringLike(ctx, schema)) {
        schema.secret = true;
        schema.secretSource = "name";
      }
      const clientName = isRecord(propNode) && typeof propNode["x-ms-client-name"] === "string" && propNode["x-ms-client-name"] !== "" ? propNode["x-ms-client-name"] : undefined;
      const flatten = isRecord(propNode) && propNode["x-ms-client-flatten"] === true;
      properties.push({ name, required: required.has(name), schema, ...(clientName ? { clientName } : {}), ...(flatten ? { flatten } : {}) });
    }
  }
  const declared = new Set(properties.map((p) => p.name));
  for (const name of required) {
    if (!declared.has(name) && !hasComposition(node)) {
      warn(ctx, appendPointer(pointer, "required"), "unknown-required-property", `"${name}" is required but not among the properties; values must still have it.`, "Add the property or remove it from `required`.");
      properties.push({ name, required: true, schema: { kind: "unknown", pointer } });
    }
  }
  let additionalProperties: boolean | IrSchema = true;
  const ap = node["additionalProperties"];
  if (ap === false) additionalProperties = false;
  else if (isRecord(ap) && Object.keys(ap).length > 0) additionalProperties = buildSchema(ctx, ap, appendPointer(pointer, "additionalProperties"), depth + 1);
  const schema: IrObjectSchema = { ...common, kind: "object", properties, additionalProperties };
  const minP = nonNegativeInteger(ctx, node, pointer, "minProperties");
  const maxP = nonNegativeInteger(ctx, node, pointer, "maxProperties");
  if (minP !== undefined) schema.minProperties = minP;
  if (maxP !== undefined) schema.maxProperties = maxP;
  const discriminator = readDiscriminator(ctx, node, pointer);
  if (discriminator) schema.discriminator = discriminator;
  return schema;
}

function buildComposite(
  ctx: ModelContext,
  node: Record<string, unknown>,
  pointer: string,
  keyword: "allOf" | "anyOf" | "oneOf",
  members: unknown[],
  common: IrSchemaCommon,
  depth: number,
): IrSchema {
  const built = members.map((m, i) => buildSchema(ctx, m, appendPointer(pointer, keyword, i), depth + 1));
  // Sibling keywords (`allOf: [Base]` + `properties`, Azure's usual inheritance) are one more member.
  const { allOf: _a, anyOf: _b, oneOf: _c, description: _d, title: _t, ...rest } = node;
  const siblings = Object.keys(rest).filter((k) => !k.startsWith("x-") && !["readOnly", "writeOnly", "deprecated", "nullable", "default", "example", "discriminator"].includes(k));
  if (siblings.length > 0) built.push(buildSchema(ctx, rest, pointer, depth + 1));
  if (built.length === 1 && keyword !== "oneOf") return { ...built[0]!, ...common, pointer };
  const discriminator = readDiscriminator(ctx, node, pointer);
  return { ...common, kind: keyword, members: built, ...(discriminator ? { discriminator } : {}) };
}

function readDiscriminator(ctx: ModelContext, node: Record<string, unknown>, pointer: string): IrDiscriminator | undefined {
  const d = node["discriminator"];
  if (typeof d === "string") return { propertyName: d, mapping: swaggerDiscriminatorMapping(ctx, pointer) }; // Swagger 2.0
  if (!isRecord(d) || typeof d["propertyName"] !== "string") return undefined;
  const entries: [string, string][] = [];
  if (isRecord(d["mapping"])) {
    for (const [value, target] of Object.entries(d["mapping"])) {
      if (typeof target !== "string") continue;
      const ref = target.startsWith("#") ? target : `#/components/schemas/${target}`;
      const name = namedSchemaName(ref);
      if (name === undefined) {
        warn(ctx, appendPointer(pointer, "discriminator", "mapping", value), "unsupported-discriminator", `Discriminator mapping "${target}" does not name a schema; it is ignored.`);
        continue;
      }
      registerNamed(ctx, ref, name);
      entries.push([value, ref]);
    }
  }
  // fromEntries defines own properties: a `__proto__` value stays a key instead of replacing the prototype.
  return { propertyName: d["propertyName"], mapping: Object.fromEntries(entries) };
}

/**
 * Swagger 2.0 names no variants: they are the named schemas that extend the base (`allOf: [{$ref: base}]`),
 * directly or through another variant, each keyed by `x-ms-discriminator-value` or its own name. The base is a
 * variant too when it declares a value. Variants are registered (built) like any referenced schema.
 */
function swaggerDiscriminatorMapping(ctx: ModelContext, baseId: string): Record<string, string> {
  const definitions = ctx.document["definitions"];
  if (!isRecord(definitions) || namedSchemaName(baseId) === undefined) return {};
  const parentsOf = (node: unknown): string[] =>
    isRecord(node) && Array.isArray(node["allOf"]) ? node["allOf"].flatMap((m) => (isRecord(m) && typeof m["$ref"] === "string" ? [m["$ref"]] : [])) : [];
  const idOf = (key: string) => "#/definitions/" + key.replace(/~/g, "~0").replace(/\//g, "~1");
  const mapping: [string, string][] = [];
  const base = definitions[namedSchemaName(baseId)!];
  if (isRecord(base) && typeof base["x-ms-discriminator-value"] === "string") mapping.push([base["x-ms-discriminator-value"], baseId]);
  const reached = new Set([baseId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const key of Object.keys(definitions).sort()) {
      const id = idOf(key);
      if (reached.has(id) || !parentsOf(definitions[key]).some((p) => reached.has(p))) continue;
      reached.add(id);
      grew = true;
      const node = definitions[key] as Record<string, unknown>;
      const value = typeof node["x-ms-discriminator-value"] === "string" ? node["x-ms-discriminator-value"] : (ctx.spec.originalNames?.[id] ?? key);
      if (mapping.some(([v]) => v === value)) {
        warn(ctx, appendPointer(id, "x-ms-discriminator-value"), "duplicate-discriminator-value", `Two variants of "${namedSchemaName(baseId)}" use the discriminator value "${value}"; this one is ignored.`, "Give every variant its own x-ms-discriminator-value.");
        continue;
      }
      registerNamed(ctx, id, ctx.spec.originalNames?.[id] ?? key);
      mapping.push([value, id]);
    }
  }
  mapping.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(mapping);
}

function readMutability(raw: unknown): ("create" | "read" | "update")[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const values = (["create", "read", "update"] as const).filter((v) => raw.includes(v));
  return values.length > 0 ? values : undefined;
}

function readEnumValues(raw: unknown, declared: string[]): { value: string; name?: string; description?: string }[] {
  if (!Array.isArray(raw)) return [];
  const out: { value: string; name?: string; description?: string }[] = [];
  for (const entry of raw) {
    if (!isRecord(entry) || typeof entry["value"] !== "string") continue;
    if (declared.length > 0 && !declared.includes(entry["value"])) continue;
    out.push({
      value: entry["value"],
      ...(typeof entry["name"] === "string" && entry["name"] !== "" ? { name: entry["name"] } : {}),
      ...(typeof entry["description"] === "string" && entry["description"] !== "" ? { description: entry["description"] } : {}),
    });
  }
  return out;
}

function hasComposition(node: Record<string, unknown>): boolean {
  return Array.isArray(node["allOf"]) || Array.isArray(node["anyOf"]) || Array.isArray(node["oneOf"]);
}

function isStringLike(ctx: ModelContext, schema: IrSchema): boolean {
  if (schema.kind === "string") return true;
  if (schema.kind === "ref") {
    const target = ctx.named.get(schema.ref)?.node;
    return isRecord(target) && (target["type"] === "string" || (Array.isArray(target["type"]) && target["type"].includes("string"))) && !Array.isArray(target["enum"]);
  }
  return false;
}

function nonNegativeInteger(ctx: ModelContext, node: Record<string, unknown>, pointer: string, key: string): number | undefined {
  const v = node[key];
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
    fail(ctx, appendPointer(pointer, key), "invalid-keyword", `\`${key}\` must be a non-negative integer, not ${JSON.stringify(v)}.`, `Write ${key} as a whole number of 0 or more.`);
    return undefined;
  }
  return v;
}
