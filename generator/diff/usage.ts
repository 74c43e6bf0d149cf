/** Which named types the caller sends, receives, or both, found by walking each operation's request and responses. */
import type { IrSchema, IrService } from "../model/ir.js";
import type { Direction } from "./types.js";

/** Schema id → how operations use it. A type no operation reaches is `both` (a caller may use an export either way). */
export function schemaDirections(service: IrService): Map<string, Direction> {
  const sent = new Set<string>();
  const received = new Set<string>();
  for (const op of service.operations) {
    for (const p of op.parameters) reach(service, p.schema, sent);
    if (op.body) reach(service, op.body.schema, sent);
    for (const r of [...op.responses, ...(op.errorResponse ? [op.errorResponse] : []), ...(op.errorResponses ?? [])]) {
      if (r.schema) reach(service, r.schema, received);
      for (const h of r.headers) reach(service, h.schema, received);
    }
  }
  for (const c of service.clientParameters) reach(service, c.schema, sent);
  const out = new Map<string, Direction>();
  for (const id of Object.keys(service.schemas)) {
    out.set(id, sent.has(id) && !received.has(id) ? "request" : received.has(id) && !sent.has(id) ? "response" : "both");
  }
  return out;
}

/** Joins the directions a type has on the two sides (a type that moved from request-only to shared is `both`). */
export function joinDirections(a: Direction | undefined, b: Direction | undefined): Direction {
  if (a === undefined) return b ?? "both";
  if (b === undefined || a === b) return a;
  return "both";
}

function reach(service: IrService, schema: IrSchema, seen: Set<string>): void {
  const stack: IrSchema[] = [schema];
  while (stack.length > 0) {
    const s = stack.pop()!;
    switch (s.kind) {
      case "ref": {
        if (seen.has(s.ref)) break;
        seen.add(s.ref);
        const target = service.schemas[s.ref];
        if (target) stack.push(target.schema);
        break;
      }
      case "array":
        stack.push(s.items);
        break;
      case "object":
        for (const p of s.properties) stack.push(p.schema);
        if (typeof s.additionalProperties === "object") stack.push(s.additionalProperties);
        break;
      case "allOf":
      case "anyOf":
      case "oneOf":
        stack.push(...s.members);
        break;
      default:
        break;
    }
  }
}
