/**
 * Public shapes decided once the named schemas are built, before names are assigned:
 *
 * - **Discriminated unions.** A named base with a discriminator that maps values to other named schemas
 *   (Swagger 2.0 `discriminator` + `x-ms-discriminator-value`, OpenAPI 3 `discriminator.mapping`) becomes
 *   `<Base>Union` wherever a property, body, response or item refers to it: each variant with its literal
 *   discriminator value, then the base itself (its discriminator typed `string`) as the member for values this
 *   api-version does not list. A variant that other variants extend (Swagger's `RotatingKey` → `Key`) gets a
 *   union of its own (itself and those below it). An `allOf` that includes a base or variant keeps the plain
 *   type: that is inheritance, not a reference to "any credential".
 * - **Request shapes.** A named schema from which a read-only property can be reached (`readOnly: true`,
 *   `x-ms-mutability: [read]`) and that a request body reaches gets a request type without those properties
 *   (`<Name>Input`); one reached from a PATCH body, where properties whose `x-ms-mutability` lacks `update`
 *   cannot be sent either, gets `<Name>Update` instead.
 */
import type { IrSchema, SchemaId } from "./ir.js";

export interface UnionShape {
  propertyName: string;
  /** Members in type order: the variants by value, then the schema itself (the base or the intermediate variant). */
  members: SchemaId[];
}

export interface VariantShape {
  propertyName: string;
  value: string;
}

export interface Shapes {
  unions: Map<SchemaId, UnionShape>;
  variants: Map<SchemaId, VariantShape>;
  /** Named schemas that need `<Name>Input` (reached from a request body, with a read-only property below). */
  input: Set<SchemaId>;
  /** Named schemas that need `<Name>Update` (reached from a PATCH body, with a property PATCH cannot send below). */
  update: Set<SchemaId>;
}

export type RequestContext = "input" | "update";

/** Whether a property is absent from requests of this context. */
export function omittedFromRequest(schema: IrSchema, context: RequestContext): boolean {
  if (schema.readOnly === true && schema.writeOnly !== true) return true;
  return context === "update" && schema.mutability !== undefined && !schema.mutability.includes("update");
}

export function findShapes(schemas: ReadonlyMap<SchemaId, IrSchema>, bodies: { schema: IrSchema; patch: boolean }[]): Shapes {
  const { unions, variants } = findUnions(schemas);
  const needed = (context: RequestContext) => {
    const omitting = omittingSchemas(schemas, unions, context);
    const roots = bodies.filter((b) => b.patch === (context === "update")).map((b) => b.schema);
    return new Set([...reachable(schemas, unions, roots)].filter((id) => omitting.has(id)));
  };
  return { unions, variants, input: needed("input"), update: needed("update") };
}

function findUnions(schemas: ReadonlyMap<SchemaId, IrSchema>): Pick<Shapes, "unions" | "variants"> {
  const unions = new Map<SchemaId, UnionShape>();
  const variants = new Map<SchemaId, VariantShape>();
  const ids = [...schemas.keys()].sort();
  for (const base of ids) {
    const schema = schemas.get(base)!;
    if ((schema.kind !== "object" && schema.kind !== "allOf" && schema.kind !== "oneOf" && schema.kind !== "anyOf") || !schema.discriminator) continue;
    const { propertyName, mapping } = schema.discriminator;
    const entries = Object.entries(mapping).filter(([, target]) => target !== base && schemas.has(target));
    if (entries.length === 0) continue;
    for (const [value, target] of entries) if (!variants.has(target)) variants.set(target, { propertyName, value });
    // A oneOf/anyOf base is already the union of its members; its variants still get their literal values.
    if (schema.kind === "oneOf" || schema.kind === "anyOf") continue;
    unions.set(base, { propertyName, members: [...entries.map(([, target]) => target), base] });
    for (const [, variant] of entries) {
      const below = entries.filter(([, other]) => other !== variant && extendsSchema(schemas, other, variant)).map(([, other]) => other);
      if (below.length > 0 && !unions.has(variant)) unions.set(variant, { propertyName, members: [...below, variant] });
    }
  }
  return { unions, variants };
}

/** Whether `id` includes `ancestor` through `allOf` references (directly or through other named schemas). */
function extendsSchema(schemas: ReadonlyMap<SchemaId, IrSchema>, id: SchemaId, ancestor: SchemaId): boolean {
  const seen = new Set<SchemaId>();
  const stack = [id];
  while (stack.length > 0) {
    const current = schemas.get(stack.pop()!);
    if (!current || current.kind !== "allOf") continue;
    for (const member of current.members) {
      if (member.kind !== "ref" || seen.has(member.ref)) continue;
      if (member.ref === ancestor) return true;
      seen.add(member.ref);
      stack.push(member.ref);
    }
  }
  return false;
}

/** Children of a schema node in the type (refs to union bases reach their members too). */
function forEachChild(schema: IrSchema, visit: (child: IrSchema) => void): void {
  switch (schema.kind) {
    case "array":
      visit(schema.items);
      return;
    case "object":
      for (const p of schema.properties) visit(p.schema);
      if (typeof schema.additionalProperties === "object") visit(schema.additionalProperties);
      return;
    case "allOf":
    case "anyOf":
    case "oneOf":
      for (const m of schema.members) visit(m);
      return;
    default:
      return;
  }
}

/** Named schemas a schema refers to; a reference to a union base reaches its members too, except as an `allOf` member. */
function refsOf(schema: IrSchema, unions: ReadonlyMap<SchemaId, UnionShape>): SchemaId[] {
  const out: SchemaId[] = [];
  const stack: { node: IrSchema; inherited: boolean }[] = [{ node: schema, inherited: false }];
  while (stack.length > 0) {
    const { node, inherited } = stack.pop()!;
    if (node.kind === "ref") {
      out.push(node.ref);
      if (!inherited) out.push(...(unions.get(node.ref)?.members ?? []));
    }
    forEachChild(node, (child) => stack.push({ node: child, inherited: node.kind === "allOf" }));
  }
  return out;
}

/** Named schemas reached from `roots` (through references and union members). */
function reachable(schemas: ReadonlyMap<SchemaId, IrSchema>, unions: ReadonlyMap<SchemaId, UnionShape>, roots: IrSchema[]): Set<SchemaId> {
  const seen = new Set<SchemaId>();
  const stack = roots.flatMap((r) => refsOf(r, unions));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || !schemas.has(id)) continue;
    seen.add(id);
    stack.push(...refsOf(schemas.get(id)!, unions));
  }
  return seen;
}

/** Named schemas whose request shape differs: an omitted property in them or in what they reach (reverse-edge walk). */
function omittingSchemas(schemas: ReadonlyMap<SchemaId, IrSchema>, unions: ReadonlyMap<SchemaId, UnionShape>, context: RequestContext): Set<SchemaId> {
  const direct = (schema: IrSchema): boolean => {
    const stack = [schema];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.kind === "object" && node.properties.some((p) => omittedFromRequest(p.schema, context))) return true;
      forEachChild(node, (child) => stack.push(child));
    }
    return false;
  };
  const referrers = new Map<SchemaId, SchemaId[]>();
  for (const [id, schema] of schemas) {
    for (const ref of new Set(refsOf(schema, unions))) {
      const list = referrers.get(ref);
      if (list) list.push(id);
      else referrers.set(ref, [id]);
    }
  }
  const out = new Set<SchemaId>();
  const work = [...schemas].filter(([, s]) => direct(s)).map(([id]) => id);
  while (work.length > 0) {
    const id = work.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const referrer of referrers.get(id) ?? []) if (!out.has(referrer)) work.push(referrer);
  }
  return out;
}
