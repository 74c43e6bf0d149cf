/**
 * Type aliases that refer to each other outside any object or array (`type A = B | string`, `type B = A[]`
 * is fine, `type B = A | number` is not) are an error in TypeScript ("circularly references itself"), and
 * composition in a spec produces them (`A: { oneOf: [{ $ref: A }, …] }`). For each alias this finds the
 * references that close such a cycle, so the emitter can write them as `unknown` (the widest sound type:
 * a value of the cycle is still checked by the validators). Strongly connected components, found
 * iteratively (no recursion on untrusted input): an edge closes a cycle when both ends are in one component.
 */
import type { SchemaId } from "../model/ir.js";

export function cycleClosingRefs(edges: ReadonlyMap<SchemaId, readonly SchemaId[]>): Map<SchemaId, Set<SchemaId>> {
  const component = stronglyConnectedComponents(edges);
  const closing = new Map<SchemaId, Set<SchemaId>>();
  for (const [from, targets] of edges) {
    const within = targets.filter((to) => edges.has(to) && component.get(to) === component.get(from));
    if (within.length > 0) closing.set(from, new Set(within));
  }
  return closing;
}

/** Tarjan's algorithm with an explicit stack: node → component number. */
function stronglyConnectedComponents(edges: ReadonlyMap<SchemaId, readonly SchemaId[]>): Map<SchemaId, number> {
  const index = new Map<SchemaId, number>();
  const low = new Map<SchemaId, number>();
  const onStack = new Set<SchemaId>();
  const stack: SchemaId[] = [];
  const component = new Map<SchemaId, number>();
  let next = 0;
  let components = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const targetsOf = (node: SchemaId) => (edges.get(node) ?? []).filter((t) => edges.has(t));
    const work: { node: SchemaId; targets: SchemaId[]; edge: number }[] = [{ node: root, targets: targetsOf(root), edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.edge < frame.targets.length) {
        const target = frame.targets[frame.edge++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, targets: targetsOf(target), edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: SchemaId;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.node);
        components++;
      }
    }
  }
  return component;
}
