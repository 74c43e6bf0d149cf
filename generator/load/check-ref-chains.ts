/**
 * `$ref`s that point at another `$ref`: the chain must end at a definition within `maxRefChain` hops. A loop
 * (`A → B → A`) or an endless-looking chain is reported here, before validation, whose dereferencer would
 * otherwise recurse until it gives up. Each loop is reported once, at the first reference (in document order)
 * that leads into it; each over-long chain once, at its head.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { pointerFromTokens, tokensFromPointer } from "../util/json-pointer.js";
import { LOAD_LIMITS } from "./limits.js";
import type { Locate } from "./source-map.js";

export interface LocalRef {
  /** Pointer of the object holding the `$ref`. */
  holder: string;
  /** The `$ref` value (`#/…`), known to resolve. */
  ref: string;
}

export function checkRefChains(file: string, refs: readonly LocalRef[], locate: Locate): Diagnostic[] {
  const next = new Map<string, string>();
  // A spec repeats the same few refs thousands of times: each is normalised once.
  const normalised = new Map<string, string>();
  for (const { holder, ref } of refs) {
    let target = normalised.get(ref);
    if (target === undefined) normalised.set(ref, (target = normalise(ref)));
    next.set(holder, target);
  }
  // Hops from a holder to a definition, and the holders whose chain runs into a loop; each holder is walked once.
  const hops = new Map<string, number>();
  const looping = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const { holder } of refs) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current = holder;
    while (next.has(current) && !hops.has(current) && !looping.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = next.get(current)!;
    }
    if (onPath.has(current) || looping.has(current)) {
      for (const p of path) looping.add(p);
      if (onPath.has(current)) {
        const loop = path.slice(path.indexOf(current)).map((p) => `"${p}"`);
        const shown = [...(loop.length > 4 ? [...loop.slice(0, 3), `… ${loop.length - 3} more`] : loop), loop[0]].join(" → ");
        diagnostics.push(diagnostic(file, `${holder}/$ref`, locate, "ref-loop", `The \`$ref\` chain starting here loops (${shown}) and never reaches a definition.`, "Make one of the references point at an actual definition."));
      }
      continue;
    }
    const base = hops.get(current) ?? 0;
    path.forEach((p, i) => hops.set(p, base + path.length - i));
  }
  const targets = new Set(next.values());
  for (const { holder } of refs) {
    if ((hops.get(holder) ?? 0) > LOAD_LIMITS.maxRefChain && !targets.has(holder)) {
      diagnostics.push(diagnostic(file, `${holder}/$ref`, locate, "ref-chain-too-long", `The \`$ref\` chain starting here is longer than ${LOAD_LIMITS.maxRefChain} references.`, "Point the reference at the definition directly."));
    }
  }
  return diagnostics;
}

/** `#/components/schemas/A%20B` and `#/components/schemas/A B` name the same place. */
function normalise(ref: string): string {
  try {
    return pointerFromTokens(tokensFromPointer(ref));
  } catch {
    return ref;
  }
}

function diagnostic(file: string, pointer: string, locate: Locate, code: string, message: string, hint: string): Diagnostic {
  return { severity: "error", code, file, pointer, ...locate(pointer), message, hint };
}
