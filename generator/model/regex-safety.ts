/**
 * ReDoS check for translated patterns, with `recheck` (automaton analysis, fuzzing where lookarounds or
 * back-references need it). A generated client tests caller-supplied values against these patterns, so one
 * with super-linear backtracking (`^(a+)+$`) could make it hang.
 *
 * Deterministic: recheck's fuzzer runs with a fixed seed; results are cached per (pattern, flags) for the life
 * of the process, so a spec that repeats a pattern (Azure's do) pays once, and on disk (`regex-safety-cache.ts`). A check that cannot finish within
 * `CHECK_TIMEOUT_MS`, or that recheck cannot analyse, is reported as not safe: it is not proven safe.
 */
import { createRequire } from "node:module";
import type { Diagnostics } from "recheck";
import type { IrPattern } from "./ir.js";
import { cachedSafety, rememberSafety, type PatternSafety } from "./regex-safety-cache.js";

export type { PatternSafety };

const CHECK_TIMEOUT_MS = 5_000;
const cache = new Map<string, PatternSafety>();

/**
 * recheck is loaded on the first verdict that is not cached: requiring it costs a quarter of a second (a large
 * Scala.js bundle), which a run whose patterns are all cached, the usual regeneration, does not pay.
 */
let recheck: typeof import("recheck") | undefined;
const loadRecheck = () => (recheck ??= createRequire(import.meta.url)("recheck") as typeof import("recheck"));

export function checkPatternSafety(pattern: IrPattern): PatternSafety {
  const key = `${CHECK_TIMEOUT_MS}/${pattern.flags}/${pattern.js}`;
  let result = cache.get(key) ?? cachedSafety(key);
  if (result === undefined) {
    const diagnostics = loadRecheck().checkSync(pattern.js, pattern.flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 });
    result = describe(diagnostics);
    const machineDependent = diagnostics.status === "unknown" && (diagnostics.error.kind === "timeout" || diagnostics.error.kind === "cancel");
    if (!machineDependent) rememberSafety(key, result);
  }
  cache.set(key, result);
  return result;
}

function describe(diagnostics: Diagnostics): PatternSafety {
  switch (diagnostics.status) {
    case "safe":
      return { safe: true };
    case "vulnerable": {
      const { complexity, attack } = diagnostics;
      const growth = complexity.type === "exponential" ? "exponential" : `degree-${complexity.degree} polynomial`;
      return {
        safe: false,
        reason:
          `catastrophic backtracking: matching takes ${growth} time in the input length ` +
          `(an input like ${attack.pattern} makes it hang)`,
      };
    }
    case "unknown": {
      const { error } = diagnostics;
      const why =
        error.kind === "timeout"
          ? `the check did not finish within ${CHECK_TIMEOUT_MS} ms`
          : error.kind === "cancel"
            ? "the check was cancelled"
            : `the checker could not analyse it (${error.message})`;
      return { safe: false, reason: `not proven free of catastrophic backtracking: ${why}` };
    }
  }
}
