/**
 * The patterns a loaded document is likely to need ReDoS verdicts for: every string `pattern` of an object
 * outside example data, translated as the model translates it. The list may hold a pattern the model never
 * reads (a `pattern` property of some other object); it only starts checks early (regex-safety.ts).
 */
import type { IrPattern } from "./ir.js";
import { translatePattern } from "./regex.js";
import { prefetchPatternSafety } from "./regex-safety.js";

/** Keys whose values are example data, not schemas. */
const EXAMPLE_KEYS = new Set(["x-ms-examples", "example", "examples"]);

export function patternsOf(document: unknown): IrPattern[] {
  const sources = new Set<string>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (const child of node) if (child !== null && typeof child === "object") stack.push(child);
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (key === "pattern" && typeof value === "string") sources.add(value);
      else if (value !== null && typeof value === "object" && !EXAMPLE_KEYS.has(key)) stack.push(value);
    }
  }
  const patterns: IrPattern[] = [];
  for (const source of sources) {
    const translated = translatePattern(source);
    if (translated.ok) patterns.push(translated.pattern);
  }
  return patterns;
}

/** Starts the ReDoS checks a document's patterns will need (regex-safety.ts `prefetchPatternSafety`). */
export function prefetchSafetyOf(document: unknown): void {
  prefetchPatternSafety(patternsOf(document));
}
