/**
 * Fixture synthesis: an IR schema → a JSON value that satisfies it, from a seeded random source (the same seed
 * gives the same value on every machine). A mode shapes the value so the fixtures cover the cases clients trip
 * on: every optional property present (`typical`), nullable values null, arrays empty, strings and numbers at
 * their declared limits, only required properties.
 *
 * References are followed through the service's named schemas; a schema may nest inside itself once
 * (`ErrorModel.details[0]` is an `ErrorModel` whose own `details` is empty), so recursive models terminate.
 *
 * The work is bounded: a value takes at most `MAX_STEPS` schema visits (schemas that `allOf` the next one twice,
 * forty deep, would otherwise take 2^40). Past the bound every remaining part is its minimal value (required
 * properties only, arrays at `minItems`, strings and numbers at their lower limits, nullable values null),
 * computed once per named schema and seeded by its schema, so the output stays deterministic and small.
 */
import type {
  IrArraySchema,
  IrCompositeSchema,
  IrNamedSchema,
  IrObjectSchema,
  IrSchema,
  SchemaId,
} from "../../model/ir.js";
import { synthesizeNumber } from "./numbers.js";
import { createRandom, type Random } from "./random.js";
import { SynthesisError, synthesizeString } from "./strings.js";

export type SynthesisMode = "typical" | "nulls" | "empty-arrays" | "min-lengths" | "max-lengths" | "required-only";

export const SYNTHESIS_MODES: readonly SynthesisMode[] = [
  "typical",
  "nulls",
  "empty-arrays",
  "min-lengths",
  "max-lengths",
  "required-only",
];

export interface SynthesisOptions {
  schemas: Record<SchemaId, IrNamedSchema>;
  random: Random;
  mode: SynthesisMode;
  /** Responses leave out `writeOnly` properties, requests `readOnly` ones. */
  direction: "request" | "response";
}

/** Items in a typical array. */
const TYPICAL_ITEMS = 2;
/** Arrays at `maxItems` are built only up to this size. */
const MAX_ITEMS_AT_LIMIT = 100;
/** How often a schema may appear inside itself. */
const MAX_NESTING = 1;
/** Schema visits per value before the rest falls back to minimal values. */
export const MAX_STEPS = 20_000;

/** The value would nest a schema deeper than allowed: the caller leaves it out (optional) or empties its array. */
const CUT: unique symbol = Symbol("cut");

interface Walk extends SynthesisOptions {
  stack: SchemaId[];
  /** Schema visits so far; past `MAX_STEPS` values are minimal. */
  steps: number;
  /** Minimal values of named schemas, once each (`CUT` for ones that require themselves). */
  minimal: Map<SchemaId, unknown>;
  /** Named schemas whose minimal value is being computed. */
  minimalStack: SchemaId[];
}

export function synthesizeValue(schema: IrSchema, options: SynthesisOptions, hint = "value"): unknown {
  const value = build(schema, { ...options, stack: [], steps: 0, minimal: new Map(), minimalStack: [] }, hint);
  if (value === CUT) throw new SynthesisError(schema.pointer, "The schema requires an infinitely nested value.");
  return value;
}

function build(schema: IrSchema, walk: Walk, hint: string): unknown {
  if (++walk.steps > MAX_STEPS) return minimalValue(schema, walk, hint);
  if (walk.mode === "nulls" && schema.nullable) return null;
  switch (schema.kind) {
    case "ref":
      return buildRef(schema.ref, walk, hint);
    case "string":
      return synthesizeString({ schema, random: walk.random, hint, ...target(walk.mode) });
    case "number":
    case "integer":
      return synthesizeNumber(schema, walk.random, target(walk.mode).target);
    case "boolean":
      return schema.const ?? (schema.enum && schema.enum.length > 0 ? walk.random.pick(schema.enum) : walk.random.int(0, 1) === 1);
    case "null":
      return null;
    case "array":
      return buildArray(schema, walk, hint);
    case "object":
      return buildObject(schema, walk);
    case "allOf":
      return buildAllOf(schema, walk, hint);
    case "anyOf":
    case "oneOf":
      return buildAlternative(schema, walk, hint);
    case "unknown":
      return {};
  }
}

/**
 * A named schema's value. A reference to a discriminated union (not `allOf` inheritance: `inherited`) is one of
 * its variants, picked by the seeded source (so the same on every run); a variant's value carries its literal
 * discriminator value (set last, so a subtype's value replaces the one its parent wrote).
 */
function buildRef(ref: SchemaId, walk: Walk, hint: string, inherited = false): unknown {
  const named = walk.schemas[ref];
  if (named === undefined) throw new Error(`internal error: the IR has no schema ${ref}`);
  if (!inherited && named.union) {
    const variants = named.union.members.filter((id) => id !== ref);
    if (variants.length > 0) return buildRef(walk.random.pick(variants), walk, hint, true);
  }
  if (walk.stack.filter((id) => id === ref).length > MAX_NESTING) return CUT;
  walk.stack.push(ref);
  try {
    return withVariantValue(named, build(named.schema, walk, hint));
  } finally {
    walk.stack.pop();
  }
}

function withVariantValue(named: IrNamedSchema, value: unknown): unknown {
  if (named.variant && value !== null && typeof value === "object" && !Array.isArray(value)) setOwn(value as Record<string, unknown>, named.variant.propertyName, named.variant.value);
  return value;
}

function buildArray(schema: IrArraySchema, walk: Walk, hint: string): unknown {
  const min = schema.minItems ?? 0;
  const max = schema.maxItems ?? Infinity;
  let count = Math.min(Math.max(TYPICAL_ITEMS, min), max);
  if (walk.mode === "empty-arrays") count = min;
  else if (walk.mode === "min-lengths" && schema.minItems !== undefined) count = schema.minItems;
  else if (walk.mode === "max-lengths" && schema.maxItems !== undefined && schema.maxItems <= MAX_ITEMS_AT_LIMIT) {
    count = schema.maxItems;
  }
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; items.length < count && attempt < count * 20; attempt++) {
    const item = build(schema.items, walk, hint);
    if (item === CUT) return min === 0 ? [] : CUT;
    const key = JSON.stringify(item);
    if (schema.uniqueItems && seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  if (items.length < min) {
    throw new SynthesisError(schema.pointer, `Cannot synthesise ${min} distinct items for this array.`);
  }
  return items;
}

function buildObject(schema: IrObjectSchema, walk: Walk): unknown {
  const out: Record<string, unknown> = {};
  for (const property of schema.properties) {
    const s = property.schema;
    if (walk.direction === "response" ? s.writeOnly : s.readOnly) continue;
    if (walk.mode === "required-only" && !property.required) continue;
    const value = build(s, walk, property.name);
    if (value === CUT) {
      if (property.required) return CUT;
      continue;
    }
    setOwn(out, property.name, value);
  }
  const discriminator = schema.discriminator;
  if (discriminator) {
    const self = walk.stack[walk.stack.length - 1];
    const entry = Object.entries(discriminator.mapping).find(([, id]) => id === self);
    if (entry) setOwn(out, discriminator.propertyName, entry[0]);
  }
  return out;
}

/** Every member's object merged (members that are not objects: the first one's value). */
function buildAllOf(schema: IrCompositeSchema, walk: Walk, hint: string): unknown {
  return mergeAllOf(schema.members.map((member) => (member.kind === "ref" && !(walk.mode === "nulls" && member.nullable) ? buildRef(member.ref, walk, hint, true) : build(member, walk, hint))));
}

function mergeAllOf(values: unknown[]): unknown {
  if (values.includes(CUT)) return CUT;
  if (values.every((v) => v !== null && typeof v === "object" && !Array.isArray(v))) {
    const out: Record<string, unknown> = {};
    for (const v of values) for (const [k, item] of Object.entries(v as object)) setOwn(out, k, item);
    return out;
  }
  return values[0];
}

/** The first member that is not `null` (or `null` itself in the `nulls` mode). */
function buildAlternative(schema: IrCompositeSchema, walk: Walk, hint: string): unknown {
  const nullMember = schema.members.find((m) => m.kind === "null");
  if (walk.mode === "nulls" && nullMember) return null;
  const member = schema.members.find((m) => m.kind !== "null") ?? nullMember;
  if (member === undefined) throw new SynthesisError(schema.pointer, `An empty ${schema.kind} has no value.`);
  return build(member, walk, hint);
}

/**
 * The smallest value of a schema, without the walk's random source: required properties only, arrays at
 * `minItems`, strings and numbers at their lower limits, nullable values null, the first alternative. Each
 * named schema's is computed once (and copied where used), so this is linear in the schemas.
 */
function minimalValue(schema: IrSchema, walk: Walk, hint: string): unknown {
  if (schema.nullable) return null;
  const random = () => createRandom(`minimal\u0000${schema.pointer}`);
  switch (schema.kind) {
    case "ref":
      return minimalRef(schema.ref, walk, hint);
    case "string":
      return synthesizeString({ schema, random: random(), hint, target: "min" });
    case "number":
    case "integer":
      return synthesizeNumber(schema, random(), "min");
    case "boolean":
      return schema.const ?? (schema.enum && schema.enum.length > 0 ? schema.enum[0] : false);
    case "null":
      return null;
    case "array": {
      const min = schema.minItems ?? 0;
      const items: unknown[] = [];
      for (let i = 0; i < min; i++) {
        const item = minimalValue(schema.items, walk, hint);
        if (item === CUT) return CUT;
        items.push(item);
      }
      if (schema.uniqueItems && new Set(items.map((item) => JSON.stringify(item))).size < items.length) {
        throw new SynthesisError(schema.pointer, `Cannot synthesise ${min} distinct items for this array within the work bound.`);
      }
      return items;
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const property of schema.properties) {
        const s = property.schema;
        if (!property.required || (walk.direction === "response" ? s.writeOnly : s.readOnly)) continue;
        const value = minimalValue(s, walk, property.name);
        if (value === CUT) return CUT;
        setOwn(out, property.name, value);
      }
      const discriminator = schema.discriminator;
      if (discriminator) {
        const self = walk.minimalStack[walk.minimalStack.length - 1] ?? walk.stack[walk.stack.length - 1];
        const entry = Object.entries(discriminator.mapping).find(([, id]) => id === self);
        if (entry) setOwn(out, discriminator.propertyName, entry[0]);
      }
      return out;
    }
    case "allOf": {
      const values = schema.members.map((member) => (member.kind === "ref" && !member.nullable ? minimalRef(member.ref, walk, hint, true) : minimalValue(member, walk, hint)));
      return mergeAllOf(values);
    }
    case "anyOf":
    case "oneOf": {
      const member = schema.members.find((m) => m.kind !== "null") ?? schema.members[0];
      if (member === undefined) throw new SynthesisError(schema.pointer, `An empty ${schema.kind} has no value.`);
      return minimalValue(member, walk, hint);
    }
    case "unknown":
      return {};
  }
}

function minimalRef(ref: SchemaId, walk: Walk, hint: string, inherited = false): unknown {
  const union = walk.schemas[ref]?.union;
  if (!inherited && union) {
    const first = union.members.find((id) => id !== ref);
    if (first !== undefined) return minimalRef(first, walk, hint, true);
  }
  if (!walk.minimal.has(ref)) {
    // On the stack: the schema requires itself (only required parts are followed), so no finite value exists.
    if (walk.minimalStack.includes(ref)) return CUT;
    const named = walk.schemas[ref];
    if (named === undefined) throw new Error(`internal error: the IR has no schema ${ref}`);
    walk.minimalStack.push(ref);
    try {
      walk.minimal.set(ref, withVariantValue(named, minimalValue(named.schema, walk, hint)));
    } finally {
      walk.minimalStack.pop();
    }
  }
  const value = walk.minimal.get(ref);
  return value === CUT ? CUT : structuredClone(value);
}

function target(mode: SynthesisMode): { target?: "min" | "max" } {
  return mode === "min-lengths" ? { target: "min" } : mode === "max-lengths" ? { target: "max" } : {};
}

/** An own data property, even for `__proto__`. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
