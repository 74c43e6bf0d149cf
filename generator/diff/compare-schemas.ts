/**
 * Compares two schema nodes (one per spec) and records each difference a TypeScript caller can meet: type,
 * nullability, secret marking, pattern, enum values, bounds, properties. Named types are compared once, by name
 * (`compareNamedSchemas`); where both sides refer to the same name, the comparison stops there.
 */
import type { IrArraySchema, IrNumberSchema, IrObjectSchema, IrSchema, IrStringSchema } from "../model/ir.js";
import { child, refName, report, resolveRef, type DiffContext, type Where } from "./context.js";
import type { Direction } from "./types.js";

export function compareSchema(ctx: DiffContext, a: IrSchema, b: IrSchema, where: Where): void {
  if (Boolean(a.nullable) !== Boolean(b.nullable)) {
    report(ctx, where, { code: "nullable-changed", old: { pointer: a.pointer, value: Boolean(a.nullable) }, new: { pointer: b.pointer, value: Boolean(b.nullable) }, facts: { nullable: Boolean(b.nullable) } });
  }
  if (Boolean(a.secret) !== Boolean(b.secret)) {
    report(ctx, where, { code: "secret-changed", old: { pointer: a.pointer, value: Boolean(a.secret) }, new: { pointer: b.pointer, value: Boolean(b.secret) }, facts: { secret: Boolean(b.secret) } });
  }
  if (a.kind === "ref" && b.kind === "ref") {
    const from = refName(ctx.old, a);
    const to = refName(ctx.new, b);
    if (from !== to) report(ctx, where, { code: "type-changed", old: { pointer: a.pointer, value: from }, new: { pointer: b.pointer, value: to } });
    return;
  }
  if (a.kind === "ref" || b.kind === "ref") {
    // Named on one side, inline on the other: compare what the caller sees, the structure.
    const key = `${a.pointer}|${b.pointer}`;
    if (ctx.visiting.has(key)) return;
    ctx.visiting.add(key);
    compareSchema(ctx, { ...resolveRef(ctx.old, a), nullable: a.nullable, secret: a.secret, pointer: a.pointer }, { ...resolveRef(ctx.new, b), nullable: b.nullable, secret: b.secret, pointer: b.pointer }, where);
    ctx.visiting.delete(key);
    return;
  }
  if (tsKind(a) !== tsKind(b)) {
    report(ctx, where, { code: "type-changed", old: { pointer: a.pointer, value: describeType(a, ctx.old) }, new: { pointer: b.pointer, value: describeType(b, ctx.new) } });
    return;
  }
  switch (a.kind) {
    case "string":
      return compareString(ctx, a, b as IrStringSchema, where);
    case "number":
    case "integer":
      return compareNumber(ctx, a, b as IrNumberSchema, where);
    case "array":
      return compareArray(ctx, a, b as IrArraySchema, where);
    case "object":
      return compareObject(ctx, a, b as IrObjectSchema, where);
    case "allOf":
    case "anyOf":
    case "oneOf": {
      const bm = (b as typeof a).members;
      if (a.members.length !== bm.length) {
        report(ctx, where, { code: "type-changed", old: { pointer: a.pointer, value: describeType(a, ctx.old) }, new: { pointer: b.pointer, value: describeType(b, ctx.new) } });
        return;
      }
      a.members.forEach((m, i) => compareSchema(ctx, m, bm[i]!, child(where, `${a.kind}[${i}]`)));
      return;
    }
    default:
      return;
  }
}

/** What TypeScript type family a node prints as: integer and number are both `number`. */
function tsKind(s: IrSchema): string {
  if (s.kind === "integer") return "number";
  if (s.kind === "allOf" || s.kind === "anyOf" || s.kind === "oneOf") return s.kind;
  return s.kind;
}

export function describeType(s: IrSchema, service?: DiffContext["old"]): string {
  if (s.kind === "ref") return (service && refName(service, s)) ?? "ref";
  if (s.kind === "array") return `${describeType(s.items, service)}[]`;
  if (s.kind === "string" && s.enum) return s.extensible ? "string (extensible enum)" : "enum";
  return s.kind;
}

function compareString(ctx: DiffContext, a: IrStringSchema, b: IrStringSchema, where: Where): void {
  const ap = a.pattern?.source;
  const bp = b.pattern?.source;
  if (ap !== bp) {
    const change = ap === undefined ? "added" : bp === undefined ? "removed" : "changed";
    report(ctx, where, { code: "pattern-changed", old: { pointer: a.pointer, ...(ap !== undefined ? { value: ap } : {}) }, new: { pointer: b.pointer, ...(bp !== undefined ? { value: bp } : {}) }, facts: { change } });
  }
  compareBound(ctx, where, a, b, "minLength", "lower");
  compareBound(ctx, where, a, b, "maxLength", "upper");
  if (a.format !== b.format) {
    const narrowed = b.format !== undefined; // a new or different format refuses values the old one took
    report(ctx, where, { code: narrowed ? "constraint-narrowed" : "constraint-widened", old: { pointer: a.pointer, ...(a.format ? { value: a.format } : {}) }, new: { pointer: b.pointer, ...(b.format ? { value: b.format } : {}) }, facts: { keyword: "format" } });
  }
  compareEnum(ctx, where, a, b);
}

function compareEnum(ctx: DiffContext, where: Where, a: IrStringSchema | IrNumberSchema, b: IrStringSchema | IrNumberSchema): void {
  const av = a.enum as (string | number)[] | undefined;
  const bv = b.enum as (string | number)[] | undefined;
  const aExt = a.kind === "string" && a.extensible === true;
  const bExt = b.kind === "string" && b.extensible === true;
  if (av === undefined && bv === undefined) return;
  if (av === undefined || bv === undefined) {
    // An enum appeared (values now limited) or disappeared (any value of the type).
    report(ctx, where, { code: av === undefined ? "constraint-narrowed" : "constraint-widened", old: { pointer: a.pointer, ...(av ? { value: av } : {}) }, new: { pointer: b.pointer, ...(bv ? { value: bv } : {}) }, facts: { keyword: "enum", extensible: av === undefined ? bExt : aExt } });
    return;
  }
  if (aExt !== bExt) {
    report(ctx, where, { code: "enum-extensibility-changed", old: { pointer: a.pointer, value: aExt ? "extensible" : "closed" }, new: { pointer: b.pointer, value: bExt ? "extensible" : "closed" }, facts: { extensible: bExt } });
  }
  for (const value of av.filter((v) => !bv.includes(v))) {
    report(ctx, where, { code: "enum-value-removed", old: { pointer: a.pointer, value }, new: { pointer: b.pointer }, facts: { extensible: aExt && bExt } });
  }
  for (const value of bv.filter((v) => !av.includes(v))) {
    report(ctx, where, { code: "enum-value-added", old: { pointer: a.pointer }, new: { pointer: b.pointer, value }, facts: { extensible: aExt && bExt } });
  }
}

function compareNumber(ctx: DiffContext, a: IrNumberSchema, b: IrNumberSchema, where: Where): void {
  if (a.kind !== b.kind) {
    report(ctx, where, { code: b.kind === "integer" ? "constraint-narrowed" : "constraint-widened", old: { pointer: a.pointer, value: a.kind }, new: { pointer: b.pointer, value: b.kind }, facts: { keyword: "type" } });
  }
  compareBound(ctx, where, a, b, "minimum", "lower");
  compareBound(ctx, where, a, b, "exclusiveMinimum", "lower");
  compareBound(ctx, where, a, b, "maximum", "upper");
  compareBound(ctx, where, a, b, "exclusiveMaximum", "upper");
  if (a.multipleOf !== b.multipleOf) {
    const narrowed = b.multipleOf !== undefined && (a.multipleOf === undefined || b.multipleOf % a.multipleOf !== 0 || b.multipleOf > a.multipleOf);
    report(ctx, where, { code: narrowed ? "constraint-narrowed" : "constraint-widened", old: { pointer: a.pointer, ...(a.multipleOf !== undefined ? { value: a.multipleOf } : {}) }, new: { pointer: b.pointer, ...(b.multipleOf !== undefined ? { value: b.multipleOf } : {}) }, facts: { keyword: "multipleOf" } });
  }
  compareEnum(ctx, where, a, b);
}

function compareArray(ctx: DiffContext, a: IrArraySchema, b: IrArraySchema, where: Where): void {
  compareBound(ctx, where, a, b, "minItems", "lower");
  compareBound(ctx, where, a, b, "maxItems", "upper");
  compareSchema(ctx, a.items, b.items, child(where, "[]"));
}

function compareObject(ctx: DiffContext, a: IrObjectSchema, b: IrObjectSchema, where: Where): void {
  const before = new Map(a.properties.map((p) => [p.name, p]));
  const after = new Map(b.properties.map((p) => [p.name, p]));
  for (const [name, prop] of before) {
    const at = child(where, name);
    const next = after.get(name);
    if (!next) {
      report(ctx, at, { code: "property-removed", old: { pointer: prop.schema.pointer }, new: { pointer: b.pointer }, facts: { required: prop.required } });
      continue;
    }
    if (prop.required !== next.required) {
      report(ctx, at, { code: "property-required-changed", old: { pointer: prop.schema.pointer, value: prop.required }, new: { pointer: next.schema.pointer, value: next.required }, facts: { required: next.required } });
    }
    compareSchema(ctx, prop.schema, next.schema, at);
  }
  for (const [name, prop] of after) {
    if (before.has(name)) continue;
    report(ctx, child(where, name), { code: "property-added", old: { pointer: a.pointer }, new: { pointer: prop.schema.pointer }, facts: { required: prop.required } });
  }
  const ap = a.additionalProperties;
  const bp = b.additionalProperties;
  if (typeof ap === "object" && typeof bp === "object") compareSchema(ctx, ap, bp, child(where, "[key]"));
  else if ((ap === false) !== (bp === false)) {
    report(ctx, where, { code: bp === false ? "constraint-narrowed" : "constraint-widened", old: { pointer: a.pointer, value: typeof ap === "object" ? "schema" : ap }, new: { pointer: b.pointer, value: typeof bp === "object" ? "schema" : bp }, facts: { keyword: "additionalProperties" } });
  }
}

type Bounded = Partial<Record<"minLength" | "maxLength" | "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "minItems" | "maxItems", number>> & { pointer: string };

/** A lower bound that rises (or appears) narrows; an upper bound that falls (or appears) narrows. */
function compareBound(ctx: DiffContext, where: Where, a: Bounded, b: Bounded, keyword: keyof Bounded & string, side: "lower" | "upper"): void {
  const x = a[keyword as "minLength"];
  const y = b[keyword as "minLength"];
  if (x === y) return;
  const narrowed = x === undefined ? true : y === undefined ? false : side === "lower" ? y > x : y < x;
  report(ctx, where, { code: narrowed ? "constraint-narrowed" : "constraint-widened", old: { pointer: a.pointer, ...(x !== undefined ? { value: x } : {}) }, new: { pointer: b.pointer, ...(y !== undefined ? { value: y } : {}) }, facts: { keyword } });
}

export type { Direction };
