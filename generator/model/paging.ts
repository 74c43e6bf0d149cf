/**
 * Paging: `x-ms-pageable` (`nextLinkName`, `itemName`, default `value`), or a 200 body that has the shape
 * Azure lists have — an array `value` and a string `nextLink`.
 */
import { appendPointer } from "../util/json-pointer.js";
import { isRecord, warn, type ModelContext } from "./context.js";
import type { IrObjectSchema, IrPaging, IrResponse, IrSchema } from "./ir.js";

export function readPaging(ctx: ModelContext, op: Record<string, unknown>, pointer: string, responses: IrResponse[]): IrPaging | undefined {
  const success = responses.find((r) => r.status === "200") ?? responses.find((r) => /^2\d\d$/.test(r.status));
  const body = success?.schema ? objectOf(ctx, success.schema) : undefined;
  const pageable = op["x-ms-pageable"];
  if (isRecord(pageable)) {
    const itemName = typeof pageable["itemName"] === "string" ? pageable["itemName"] : "value";
    const nextLinkName = typeof pageable["nextLinkName"] === "string" ? pageable["nextLinkName"] : undefined;
    const items = body?.properties.find((p) => p.name === itemName)?.schema;
    const itemArray = items ? arrayOf(ctx, items) : undefined;
    if (!itemArray) {
      warn(ctx, appendPointer(pointer, "x-ms-pageable"), "invalid-pageable", `x-ms-pageable names the item property "${itemName}", but the 200 response has no array property of that name; the operation is not paged.`, "Correct itemName or the response schema.");
      return undefined;
    }
    // `nextLinkName: null` (or absent) is a list that comes in one page.
    const nextOperationName = nextLinkName && typeof pageable["operationName"] === "string" ? pageable["operationName"] : undefined;
    return { itemsProperty: itemName, ...(nextLinkName ? { nextLinkProperty: nextLinkName } : {}), ...(nextOperationName ? { nextOperationName } : {}), itemSchema: itemArray.items, source: "x-ms-pageable" };
  }
  if (!body) return undefined;
  const value = body.properties.find((p) => p.name === "value");
  const nextLink = body.properties.find((p) => p.name === "nextLink");
  const valueArray = value ? arrayOf(ctx, value.schema) : undefined;
  if (valueArray && nextLink && resolve(ctx, nextLink.schema)?.kind === "string") {
    return { itemsProperty: "value", nextLinkProperty: "nextLink", itemSchema: valueArray.items, source: "shape" };
  }
  return undefined;
}

function resolve(ctx: ModelContext, schema: IrSchema): IrSchema | undefined {
  let current: IrSchema | undefined = schema;
  for (let hops = 0; current?.kind === "ref" && hops < 32; hops++) current = ctx.built.get(current.ref) ?? undefined;
  return current;
}

function objectOf(ctx: ModelContext, schema: IrSchema): IrObjectSchema | undefined {
  const resolved = resolve(ctx, schema);
  return resolved?.kind === "object" ? resolved : undefined;
}

function arrayOf(ctx: ModelContext, schema: IrSchema) {
  const resolved = resolve(ctx, schema);
  return resolved?.kind === "array" ? resolved : undefined;
}
