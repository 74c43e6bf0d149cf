/**
 * An operation's parameters as the caller passes them: the method's named parameters object (path, query and
 * header parameters and the body) and the client options (client-level parameters). Matched by wire name; one
 * that moved between the two is `parameter-moved`.
 */
import type { IrClientParameter, IrOperation, IrParameter, IrRequestBody, IrSchema } from "../model/ir.js";
import { compareSchema } from "./compare-schemas.js";
import { child, report, type DiffContext, type Where } from "./context.js";

interface ParamView {
  name: string;
  tsName: string;
  location: string;
  required: boolean;
  schema: IrSchema;
  pointer: string;
}

export function compareOperationParameters(ctx: DiffContext, a: IrOperation, b: IrOperation, where: Where): void {
  const before = methodParameters(a);
  const after = methodParameters(b);
  const oldClient = new Set(a.clientParameters);
  const newClient = new Set(b.clientParameters);
  const at = child(where, "parameters");
  for (const [name, p] of before) {
    const q = after.get(name);
    const here = child(at, p.tsName);
    if (!q) {
      if (newClient.has(name)) report(ctx, here, { code: "parameter-moved", old: { pointer: p.pointer, value: p.location }, new: { pointer: b.pointer, value: "client" }, facts: { from: p.location, to: "client" } });
      else report(ctx, here, { code: "parameter-removed", old: { pointer: p.pointer }, new: { pointer: b.pointer }, facts: { required: p.required } });
      continue;
    }
    compareParameterPair(ctx, p, q, here);
  }
  for (const [name, q] of after) {
    if (before.has(name)) continue;
    const here = child(at, q.tsName);
    if (oldClient.has(name)) report(ctx, here, { code: "parameter-moved", old: { pointer: a.pointer, value: "client" }, new: { pointer: q.pointer, value: q.location }, facts: { from: "client", to: q.location } });
    else report(ctx, here, { code: "parameter-added", old: { pointer: a.pointer }, new: { pointer: q.pointer }, facts: { required: q.required } });
  }
}

/** Client-level parameters (the client options), except the api-version (its default is the api-version itself). */
export function compareClientParameters(ctx: DiffContext): void {
  const view = (c: IrClientParameter, pointer: string): ParamView => ({ name: c.name, tsName: c.tsName, location: c.location, required: c.required, schema: c.schema, pointer: c.schema.pointer || pointer });
  const before = new Map(ctx.old.clientParameters.filter((c) => !c.isApiVersion).map((c) => [c.name, view(c, "#")]));
  const after = new Map(ctx.new.clientParameters.filter((c) => !c.isApiVersion).map((c) => [c.name, view(c, "#")]));
  const where: Where = { subject: { kind: "client", name: ctx.new.clientOptionsTypeName }, direction: "request", path: "" };
  const movedToMethod = new Set(ctx.new.operations.flatMap((op) => op.parameters.map((p) => p.name)));
  const movedToClient = new Set(ctx.old.operations.flatMap((op) => op.parameters.map((p) => p.name)));
  for (const [name, p] of before) {
    const q = after.get(name);
    if (!q) {
      // A move to the methods is reported on each operation.
      if (!movedToMethod.has(name)) report(ctx, child(where, p.tsName), { code: "parameter-removed", old: { pointer: p.pointer }, new: { pointer: "#" }, facts: { required: p.required } });
      continue;
    }
    compareParameterPair(ctx, p, q, child(where, p.tsName));
  }
  for (const [name, q] of after) {
    if (before.has(name) || movedToClient.has(name)) continue;
    report(ctx, child(where, q.tsName), { code: "parameter-added", old: { pointer: "#" }, new: { pointer: q.pointer }, facts: { required: q.required } });
  }
}

function compareParameterPair(ctx: DiffContext, p: ParamView, q: ParamView, here: Where): void {
  if (p.location !== q.location || p.tsName !== q.tsName) {
    report(ctx, here, { code: "parameter-moved", old: { pointer: p.pointer, value: `${p.location} ${p.tsName}` }, new: { pointer: q.pointer, value: `${q.location} ${q.tsName}` }, facts: { from: p.location, to: q.location, renamed: p.tsName !== q.tsName } });
  }
  if (p.required !== q.required) {
    report(ctx, here, { code: "parameter-required-changed", old: { pointer: p.pointer, value: p.required }, new: { pointer: q.pointer, value: q.required }, facts: { required: q.required } });
  }
  compareSchema(ctx, p.schema, q.schema, here);
}

/** Wire name → parameter, with the body as the parameter `body` (its tsName). */
function methodParameters(op: IrOperation): Map<string, ParamView> {
  const out = new Map<string, ParamView>();
  for (const p of op.parameters) out.set(`${p.location}:${p.name}`.replace(/^(path|query|header):/, ""), paramView(p));
  if (op.body) out.set("\0body", bodyView(op, op.body));
  return out;
}

function paramView(p: IrParameter): ParamView {
  return { name: p.name, tsName: p.tsName, location: p.location, required: p.required, schema: p.schema, pointer: p.pointer };
}

function bodyView(op: IrOperation, body: IrRequestBody): ParamView {
  return { name: body.wireName ?? body.tsName, tsName: body.tsName, location: "body", required: body.required, schema: body.schema, pointer: body.schema.pointer || op.pointer };
}
