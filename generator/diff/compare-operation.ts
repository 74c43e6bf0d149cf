/**
 * One matched pair of operations: route (path, method, name), parameters, success responses, the error model,
 * paging and long-running behaviour.
 */
import type { IrOperation, IrResponse } from "../model/ir.js";
import { compareOperationParameters } from "./compare-parameters.js";
import { compareSchema } from "./compare-schemas.js";
import { child, refName, report, type DiffContext, type Where } from "./context.js";

export function compareOperation(ctx: DiffContext, a: IrOperation, b: IrOperation, renamed: boolean): void {
  const where: Where = { subject: { kind: "operation", name: b.operationId }, direction: "request", path: "" };
  if (renamed || a.group !== b.group || a.method !== b.method) {
    report(ctx, where, { code: "operation-renamed", old: { pointer: a.pointer, value: `${a.operationId} (${a.group}.${a.method})` }, new: { pointer: b.pointer, value: `${b.operationId} (${b.group}.${b.method})` } });
  }
  if (a.path !== b.path) report(ctx, where, { code: "path-changed", old: { pointer: a.pointer, value: a.path }, new: { pointer: b.pointer, value: b.path } });
  if (a.httpMethod !== b.httpMethod) report(ctx, where, { code: "method-changed", old: { pointer: a.pointer, value: a.httpMethod }, new: { pointer: b.pointer, value: b.httpMethod } });
  compareOperationParameters(ctx, a, b, where);
  compareResponses(ctx, a, b, { ...where, direction: "response" });
  compareErrorModel(ctx, a, b, { ...where, direction: "response", path: "error" });
  comparePaging(ctx, a, b, { ...where, direction: "response", path: "paging" });
  compareLro(ctx, a, b, { ...where, direction: "response", path: "lro" });
}

function compareResponses(ctx: DiffContext, a: IrOperation, b: IrOperation, where: Where): void {
  const before = new Map(a.responses.map((r) => [r.status, r]));
  const after = new Map(b.responses.map((r) => [r.status, r]));
  for (const [status, r] of before) {
    const here = child(where, `responses.${status}`);
    const s = after.get(status);
    if (!s) {
      report(ctx, here, { code: "response-removed", old: { pointer: responsePointer(a, r) }, new: { pointer: b.pointer }, facts: { status } });
      continue;
    }
    if (r.schema && s.schema) compareSchema(ctx, r.schema, s.schema, child(here, "body"));
    else if (r.schema || s.schema) report(ctx, child(here, "body"), { code: "type-changed", old: { pointer: responsePointer(a, r), value: r.schema ? "body" : "void" }, new: { pointer: responsePointer(b, s), value: s.schema ? "body" : "void" } });
    const oldHeaders = new Map(r.headers.map((h) => [h.name.toLowerCase(), h]));
    const newHeaders = new Map(s.headers.map((h) => [h.name.toLowerCase(), h]));
    for (const [name, h] of oldHeaders) {
      const g = newHeaders.get(name);
      if (!g) report(ctx, child(here, `headers.${h.tsName}`), { code: "property-removed", old: { pointer: h.schema.pointer }, new: { pointer: responsePointer(b, s) }, facts: { required: h.required } });
      else compareSchema(ctx, h.schema, g.schema, child(here, `headers.${h.tsName}`));
    }
    for (const [name, g] of newHeaders) {
      if (!oldHeaders.has(name)) report(ctx, child(here, `headers.${g.tsName}`), { code: "property-added", old: { pointer: responsePointer(a, r) }, new: { pointer: g.schema.pointer }, facts: { required: g.required } });
    }
  }
  // A new success status whose body is not one the operation already returned widens the result type (`T | undefined`).
  const results = new Set(a.responses.filter((r) => /^2/.test(r.status)).map((r) => resultType(ctx.old, r)));
  for (const [status, s] of after) {
    const changesResult = /^2/.test(status) && !results.has(resultType(ctx.new, s));
    if (!before.has(status)) report(ctx, child(where, `responses.${status}`), { code: "response-added", old: { pointer: a.pointer }, new: { pointer: responsePointer(b, s) }, facts: { status, changesResult } });
  }
}

function compareErrorModel(ctx: DiffContext, a: IrOperation, b: IrOperation, where: Where): void {
  const x = a.errorResponse?.schema;
  const y = b.errorResponse?.schema;
  const xName = x ? (refName(ctx.old, x) ?? "inline") : "none";
  const yName = y ? (refName(ctx.new, y) ?? "inline") : "none";
  if (xName !== yName) {
    report(ctx, where, { code: "error-model-changed", old: { pointer: x?.pointer ?? a.pointer, value: xName }, new: { pointer: y?.pointer ?? b.pointer, value: yName }, facts: { aspect: "schema" } });
  } else if (x && y && xName === "inline") compareSchema(ctx, x, y, where);
  const xs = (a.errorResponses ?? []).map((r) => r.status).join(",");
  const ys = (b.errorResponses ?? []).map((r) => r.status).join(",");
  if (xs !== ys) report(ctx, where, { code: "error-model-changed", old: { pointer: a.pointer, value: xs }, new: { pointer: b.pointer, value: ys }, facts: { aspect: "statuses" } });
}

function comparePaging(ctx: DiffContext, a: IrOperation, b: IrOperation, where: Where): void {
  const x = a.paging;
  const y = b.paging;
  if (!x && !y) return;
  if (!x || !y) {
    report(ctx, where, { code: "paging-changed", old: { pointer: a.pointer, value: x ? "paged" : "not paged" }, new: { pointer: b.pointer, value: y ? "paged" : "not paged" }, facts: { aspect: "paged" } });
    return;
  }
  if (x.itemsProperty !== y.itemsProperty) report(ctx, where, { code: "paging-changed", old: { pointer: a.pointer, value: x.itemsProperty }, new: { pointer: b.pointer, value: y.itemsProperty }, facts: { aspect: "itemsProperty" } });
  if (x.nextLinkProperty !== y.nextLinkProperty) report(ctx, where, { code: "paging-changed", old: { pointer: a.pointer, value: x.nextLinkProperty ?? "none" }, new: { pointer: b.pointer, value: y.nextLinkProperty ?? "none" }, facts: { aspect: "nextLinkProperty" } });
}

function compareLro(ctx: DiffContext, a: IrOperation, b: IrOperation, where: Where): void {
  const x = a.lro;
  const y = b.lro;
  if (!x && !y) return;
  if (!x || !y) {
    report(ctx, where, { code: "lro-changed", old: { pointer: a.pointer, value: x ? "long-running" : "not long-running" }, new: { pointer: b.pointer, value: y ? "long-running" : "not long-running" }, facts: { aspect: "long-running" } });
    return;
  }
  if (x.finalStateVia !== y.finalStateVia) report(ctx, where, { code: "lro-changed", old: { pointer: a.pointer, value: x.finalStateVia ?? "default" }, new: { pointer: b.pointer, value: y.finalStateVia ?? "default" }, facts: { aspect: "finalStateVia" } });
  if (x.resultStatus !== y.resultStatus) report(ctx, where, { code: "lro-changed", old: { pointer: a.pointer, value: x.resultStatus ?? "none" }, new: { pointer: b.pointer, value: y.resultStatus ?? "none" }, facts: { aspect: "resultStatus" } });
}

/** What a success response makes the method return: its named type, an inline body, or nothing. */
function resultType(service: DiffContext["old"], r: IrResponse): string {
  return r.schema ? (refName(service, r.schema) ?? JSON.stringify({ ...r.schema, pointer: "" })) : "void";
}

function responsePointer(op: IrOperation, r: IrResponse): string {
  return `${op.pointer}/responses/${r.status}`;
}
