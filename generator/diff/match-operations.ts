/**
 * Pairs the operations of two services: by operationId first; an operation left over on both sides with the same
 * method and path (placeholder names ignored) is a rename. Everything else is added or removed.
 */
import type { IrOperation, IrService } from "../model/ir.js";

export interface OperationMatch {
  pairs: { old: IrOperation; new: IrOperation; renamed: boolean }[];
  removed: IrOperation[];
  added: IrOperation[];
}

export function matchOperations(oldService: IrService, newService: IrService): OperationMatch {
  const newById = new Map(newService.operations.map((op) => [op.operationId, op]));
  const pairs: OperationMatch["pairs"] = [];
  const leftOld: IrOperation[] = [];
  for (const op of oldService.operations) {
    const match = newById.get(op.operationId);
    if (match) {
      pairs.push({ old: op, new: match, renamed: false });
      newById.delete(op.operationId);
    } else leftOld.push(op);
  }
  const leftNew = new Map<string, IrOperation>();
  for (const op of newById.values()) if (!leftNew.has(routeKey(op))) leftNew.set(routeKey(op), op);
  const removed: IrOperation[] = [];
  for (const op of leftOld) {
    const match = leftNew.get(routeKey(op));
    if (match) {
      pairs.push({ old: op, new: match, renamed: true });
      leftNew.delete(routeKey(op));
      newById.delete(match.operationId);
    } else removed.push(op);
  }
  return { pairs, removed, added: [...newById.values()] };
}

/** `POST /a/{}/b`: the route with placeholder names erased (a renamed path parameter is still the same route). */
export function routeKey(op: IrOperation): string {
  return `${op.httpMethod} ${normalizePath(op.path)}`;
}

export function normalizePath(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "").toLowerCase();
}
