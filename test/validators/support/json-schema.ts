/**
 * IR → the equivalent JSON Schema (2020-12), for checking generated validators against ajv. Equivalent means
 * the same rules the generator implements, spelled in standard keywords:
 *
 * - `nullable` → `type: [t, "null"]` (and `null` added to `enum`), or, with `const` or for references and
 *   composites, `anyOf: [{ type: "null" }, …]`;
 * - direction → `required` without readOnly (request) or writeOnly (response) properties; in a request a
 *   read-only property must be absent (`not: {}`) and a discriminator value no variant has is refused (`enum`);
 * - a variant (`IrNamedSchema.variant`) → its discriminator is its value or one of its own variants' values;
 * - an object discriminator → `if` the value names another schema `then` that schema `else` the object itself;
 *   where a subtype includes its base (`allOf`), the base's plain definition (`<key>-plain`) is used;
 * - a `oneOf`/`anyOf` discriminator → the property is required, one of the mapping's keys, and selects a schema;
 * - patterns → their translated ECMAScript source (`patternFlags` says which need the `u` flag);
 * - formats the validators do not check are dropped.
 */
import type { IrDiscriminator, IrObjectSchema, IrSchema, IrService, SchemaId } from "../../../generator/model/ir.js";

export type Direction = "request" | "response";
export type JsonSchema = Record<string, unknown>;

const CHECKED_FORMATS = new Set([
  "uuid",
  "date-time",
  "date",
  "uri",
  "email",
  "ipv4",
  "ipv6",
  "byte",
  "int32",
  "int64",
]);

/** ECMAScript pattern source → its flags, for ajv's regex engine (ajv applies one flag set to every pattern). */
export const patternFlags = new Map<string, string>();

export class JsonSchemaConverter {
  private readonly keys = new Map<SchemaId, string>();
  /** `$id` of the document holding every named schema (compiled once, shared by every root). */
  readonly definitionsId: string;

  /**
   * @param shared true: references point into `definitions()`, a document compiled once for every root (fast to
   * compile many roots); false: `standalone()` documents with local references (what ajv optimises best).
   */
  constructor(
    private readonly service: IrService,
    private readonly direction: Direction,
    private readonly shared = true,
  ) {
    this.definitionsId = `urn:oagen-test:${service.name}:${direction}`;
    Object.keys(service.schemas)
      .sort()
      .forEach((id, i) => this.keys.set(id, `s${i}`));
  }

  /** Every named schema under `$defs` (each also as `<key>-plain`: without discriminator dispatch). */
  definitions(): JsonSchema {
    return { $id: this.definitionsId, $defs: this.defs() };
  }

  /** `root` with every named schema under its own `$defs` (for a converter made with `shared` false). */
  standalone(schema: IrSchema): JsonSchema {
    return { $defs: this.defs(), ...this.root(schema) };
  }

  private defs(): Record<string, JsonSchema> {
    const defs: Record<string, JsonSchema> = {};
    for (const [id, key] of this.keys) {
      const named = this.service.schemas[id]!;
      defs[key] = this.withVariant(id, this.convert(named.schema, id, true));
      defs[`${key}-plain`] = this.withVariant(id, this.convert(named.schema, id, false));
    }
    return defs;
  }

  /** A variant's discriminator: its value, or one of the values of the variants that extend it. */
  private withVariant(id: SchemaId, schema: JsonSchema): JsonSchema {
    const named = this.service.schemas[id]!;
    if (!named.variant) return schema;
    const below = (named.union?.members ?? []).filter((m) => m !== id).map((m) => this.service.schemas[m]!.variant?.value);
    const values = [named.variant.value, ...below.filter((v): v is string => v !== undefined)];
    return { allOf: [{ properties: { [named.variant.propertyName]: { enum: values } } }, schema] };
  }

  /** The schema for `root`; references point into `definitions()`. */
  root(schema: IrSchema): JsonSchema {
    return this.convert(schema, undefined, true);
  }

  private ref(id: SchemaId, plain: boolean): JsonSchema {
    const base = this.shared ? this.definitionsId : "";
    return { $ref: `${base}#/$defs/${this.keys.get(id)!}${plain ? "-plain" : ""}` };
  }

  private convert(schema: IrSchema, selfId: SchemaId | undefined, dispatch: boolean, plainRef = false): JsonSchema {
    const core = this.core(schema, selfId, dispatch, plainRef);
    if (!schema.nullable || schema.kind === "null" || schema.kind === "unknown") return core;
    if (typeof core["type"] === "string" && core["if"] === undefined && core["const"] === undefined) {
      const nullable: JsonSchema = { ...core, type: [core["type"], "null"] };
      if (Array.isArray(core["enum"])) nullable["enum"] = [...core["enum"], null];
      return nullable;
    }
    return { anyOf: [{ type: "null" }, core] };
  }

  private core(schema: IrSchema, selfId: SchemaId | undefined, dispatch: boolean, plainRef: boolean): JsonSchema {
    switch (schema.kind) {
      case "ref":
        return this.ref(schema.ref, plainRef);
      case "string":
        return compact({
          type: "string",
          minLength: schema.minLength,
          maxLength: schema.maxLength,
          pattern: schema.pattern ? registerPattern(schema.pattern.js, schema.pattern.flags) : undefined,
          format: checkedFormat(schema.format),
          // An extensible enum binds requests only (KnownX: responses may carry values added later).
          enum: schema.extensible && this.direction === "response" ? undefined : schema.enum,
          const: schema.const,
        });
      case "number":
      case "integer":
        return compact({
          type: schema.kind,
          minimum: schema.minimum,
          maximum: schema.maximum,
          exclusiveMinimum: schema.exclusiveMinimum,
          exclusiveMaximum: schema.exclusiveMaximum,
          multipleOf: schema.multipleOf,
          format: checkedFormat(schema.format),
          enum: schema.enum,
          const: schema.const,
        });
      case "boolean":
        return compact({ type: "boolean", enum: schema.enum, const: schema.const });
      case "null":
        return { type: "null" };
      case "array":
        return compact({
          type: "array",
          items: this.convert(schema.items, undefined, true),
          minItems: schema.minItems,
          maxItems: schema.maxItems,
          uniqueItems: schema.uniqueItems,
        });
      case "object":
        return this.object(schema, selfId, dispatch);
      case "allOf":
        return { allOf: schema.members.map((m) => this.convert(m, selfId, dispatch, true)) };
      case "anyOf":
      case "oneOf":
        if (schema.discriminator) return this.dispatchOnly(schema.discriminator);
        return { [schema.kind]: schema.members.map((m) => this.convert(m, undefined, true)) };
      case "unknown":
        return {};
    }
  }

  private object(schema: IrObjectSchema, selfId: SchemaId | undefined, dispatch: boolean): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const prop of schema.properties) {
      // defineProperty: `properties["__proto__"] = …` would set the prototype instead of adding the key.
      const refused = this.direction === "request" && prop.schema.readOnly && !prop.schema.writeOnly;
      Object.defineProperty(properties, prop.name, {
        value: refused ? { not: {} } : this.convert(prop.schema, undefined, true),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      const { readOnly, writeOnly } = prop.schema;
      const excluded = this.direction === "request" ? readOnly : writeOnly;
      if (prop.required && !(readOnly && writeOnly) && !excluded) required.push(prop.name);
    }
    const extra = schema.additionalProperties;
    const plain = compact({
      type: "object",
      properties,
      required: required.length > 0 ? required : undefined,
      additionalProperties: extra === true ? undefined : extra === false ? false : this.convert(extra, undefined, true),
      minProperties: schema.minProperties,
      maxProperties: schema.maxProperties,
    });
    const mapping = Object.entries(schema.discriminator?.mapping ?? {}).filter(([, target]) => target !== selfId);
    if (!dispatch || mapping.length === 0) return plain;
    const name = schema.discriminator!.propertyName;
    const known = { properties: { [name]: { enum: Object.keys(schema.discriminator!.mapping) } } };
    return {
      if: { type: "object", required: [name], properties: { [name]: { enum: mapping.map(([value]) => value) } } },
      then: { allOf: mapping.map(([value, target]) => this.selects(name, value, target)) },
      else: this.direction === "request" ? { allOf: [known, plain] } : plain,
    };
  }

  private dispatchOnly(discriminator: IrDiscriminator): JsonSchema {
    const name = discriminator.propertyName;
    const mapping = Object.entries(discriminator.mapping);
    return {
      type: "object",
      required: [name],
      properties: { [name]: { enum: mapping.map(([value]) => value) } },
      allOf: mapping.map(([value, target]) => this.selects(name, value, target)),
    };
  }

  private selects(name: string, value: string, target: SchemaId): JsonSchema {
    return { if: { properties: { [name]: { const: value } } }, then: this.ref(target, true) };
  }
}

function checkedFormat(format: string | undefined): string | undefined {
  return format !== undefined && CHECKED_FORMATS.has(format) ? format : undefined;
}

function registerPattern(js: string, flags: string): string {
  patternFlags.set(js, flags);
  return js;
}

function compact(schema: Record<string, unknown>): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));
}
