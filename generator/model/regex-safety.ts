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

/** Forgets the verdicts held in memory (tests; the disk cache is theirs to move with OAGEN_CACHE_DIR). */
export function clearSafetyMemory(): void {
  cache.clear();
}

/** Each check recheck made in this process, and through which API (tests count them). */
export const safetyCheckLog: { pattern: string; api: "sync" | "async" }[] = [];

const keyOf = (pattern: IrPattern) => `${CHECK_TIMEOUT_MS}/${pattern.flags}/${pattern.js}`;

export function checkPatternSafety(pattern: IrPattern): PatternSafety {
  const key = keyOf(pattern);
  let result = cache.get(key) ?? cachedSafety(key);
  if (result === undefined) {
    safetyCheckLog.push({ pattern: pattern.js, api: "sync" });
    result = remember(key, loadRecheck().checkSync(pattern.js, pattern.flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 }));
  }
  cache.set(key, result);
  return result;
}

/**
 * Checks the patterns the model is about to meet, together and without blocking, so that `checkPatternSafety`
 * then finds each verdict made. recheck's synchronous API starts a worker thread that loads recheck's Scala.js
 * bundle a second time before it asks the native checker (a quarter of a second of every run with a pattern not
 * yet in the disk cache); its asynchronous API asks the native checker directly (40 ms). Patterns this was not
 * given are still checked, synchronously, when the model meets them. The same settings, so the same verdicts.
 */
export async function precheckPatterns(patterns: Iterable<IrPattern>): Promise<void> {
  const pending = new Map<string, IrPattern>();
  for (const pattern of patterns) {
    const key = keyOf(pattern);
    if (cache.has(key) || pending.has(key)) continue;
    const stored = cachedSafety(key);
    if (stored !== undefined) cache.set(key, stored);
    else pending.set(key, pattern);
  }
  if (pending.size === 0) return;
  const recheck = loadRecheck();
  await Promise.all(
    [...pending].map(async ([key, pattern]) => {
      safetyCheckLog.push({ pattern: pattern.js, api: "async" });
      const diagnostics = await recheck.check(pattern.js, pattern.flags, { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 });
      // A verdict the synchronous path made meanwhile stands (both use the same settings).
      if (!cache.has(key)) cache.set(key, remember(key, diagnostics));
    }),
  );
}

/** The verdict, stored on disk unless it depends on the machine (a timeout, a cancelled check). */
function remember(key: string, diagnostics: Diagnostics): PatternSafety {
  const result = describe(diagnostics);
  const machineDependent = diagnostics.status === "unknown" && (diagnostics.error.kind === "timeout" || diagnostics.error.kind === "cancel");
  if (!machineDependent) rememberSafety(key, result);
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
