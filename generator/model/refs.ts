/**
 * `$ref` handling for the model. Refs to a named-schema container (`#/components/schemas/X`, Swagger's
 * `#/definitions/X`) stay references; any other ref (parameters, responses, a property of another schema)
 * is followed, up to a bounded chain.
 */
import { LOAD_LIMITS } from "../load/index.js";
import { resolvePointer, tokensFromPointer } from "../util/json-pointer.js";
import { fail, isRecord, type ModelContext } from "./context.js";

const NAMED_CONTAINERS = [["components", "schemas"], ["definitions"]];

/** The name of the schema a pointer names, when it points directly into a named container. */
export function namedSchemaName(pointer: string): string | undefined {
  let tokens: string[];
  try {
    tokens = tokensFromPointer(pointer);
  } catch {
    return undefined;
  }
  for (const container of NAMED_CONTAINERS) {
    if (tokens.length === container.length + 1 && container.every((t, i) => tokens[i] === t)) return tokens[tokens.length - 1];
  }
  return undefined;
}

/**
 * Follows `$ref`s from `node` until a non-ref object. Returns the object and the pointer it lives at, or
 * undefined (with an error diagnostic) for an unresolvable ref or a chain that never ends.
 */
export function followRefs(ctx: ModelContext, node: unknown, pointer: string): { node: Record<string, unknown>; pointer: string } | undefined {
  let current = node;
  let at = pointer;
  const seen = new Set<string>();
  for (let hops = 0; isRecord(current) && typeof current["$ref"] === "string"; hops++) {
    const ref = current["$ref"];
    if (seen.has(ref)) {
      fail(ctx, pointer, "ref-loop", `The \`$ref\` chain starting here loops through "${ref}" and never reaches a definition.`, "Make one of the references point at an actual definition.");
      return undefined;
    }
    if (hops >= LOAD_LIMITS.maxRefChain) {
      fail(ctx, pointer, "ref-chain-too-long", `The \`$ref\` chain starting here is longer than ${LOAD_LIMITS.maxRefChain} references.`, "Point the reference at the definition directly.");
      return undefined;
    }
    seen.add(ref);
    const target = ref.startsWith("#") ? resolvePointer(ctx.document, ref) : undefined;
    if (target === undefined) {
      fail(ctx, at, "dangling-ref", `\`$ref\` "${ref}" points at nothing.`, "Define the target or correct the reference.");
      return undefined;
    }
    current = target;
    at = ref;
  }
  return isRecord(current) ? { node: current, pointer: at } : undefined;
}
