/**
 * Named types (the exported `models.ts` types) matched by their TypeScript name: one removed or added is a change
 * of the package's exports; a pair is compared once, in the direction the operations use it.
 */
import { compareSchema } from "./compare-schemas.js";
import { report, type DiffContext } from "./context.js";
import { joinDirections, schemaDirections } from "./usage.js";

export function compareNamedSchemas(ctx: DiffContext): void {
  const before = new Map(Object.values(ctx.old.schemas).map((s) => [s.typeName, s]));
  const after = new Map(Object.values(ctx.new.schemas).map((s) => [s.typeName, s]));
  const oldDirections = schemaDirections(ctx.old);
  const newDirections = schemaDirections(ctx.new);
  for (const [name, a] of [...before].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const b = after.get(name);
    const subject = { kind: "schema" as const, name };
    if (!b) {
      report(ctx, { subject, direction: oldDirections.get(a.id) ?? "both", path: "" }, { code: "schema-removed", old: { pointer: a.id }, new: { pointer: parentPointer(a.id) } });
      continue;
    }
    compareSchema(ctx, a.schema, b.schema, { subject, direction: joinDirections(oldDirections.get(a.id), newDirections.get(b.id)), path: "" });
  }
  for (const [name, b] of [...after].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (before.has(name)) continue;
    report(ctx, { subject: { kind: "schema", name }, direction: newDirections.get(b.id) ?? "both", path: "" }, { code: "schema-added", old: { pointer: parentPointer(b.id) }, new: { pointer: b.id } });
  }
}

/** `#/components/schemas/X` → `#/components/schemas`. */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf("/");
  return i > 1 ? pointer.slice(0, i) : "#";
}
