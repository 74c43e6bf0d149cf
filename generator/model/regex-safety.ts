/**
 * ReDoS check for translated patterns, with `recheck` (automaton analysis, fuzzing where lookarounds or
 * back-references need it). A generated client tests caller-supplied values against these patterns, so one
 * with super-linear backtracking (`^(a+)+$`) could make it hang.
 *
 * Deterministic: recheck's fuzzer runs with a fixed seed; results are cached per (pattern, flags) for the life
 * of the process, so a spec that repeats a pattern (Azure's do) pays once, and on disk (`regex-safety-cache.ts`). A check that cannot finish within
 * `CHECK_TIMEOUT_MS`, or that recheck cannot analyse, is reported as not safe: it is not proven safe.
 *
 * `prefetchPatternSafety` starts the checks a spec will need in a worker thread (regex-safety-worker.ts) before
 * the model runs, so they overlap the rest of loading; `checkPatternSafety` takes a verdict from there when it
 * has one, and checks the pattern itself otherwise. Both paths run the same checker with the same settings.
 */
import { createRequire } from "node:module";
import type { Diagnostics } from "recheck";
import type { IrPattern } from "./ir.js";
import { cachedSafety, rememberSafety, type PatternSafety } from "./regex-safety-cache.js";
import { startSafetyWorker, type SafetyWorker } from "./regex-safety-worker.js";

export type { PatternSafety };

const CHECK_TIMEOUT_MS = 5_000;
const CHECK_OPTIONS = { timeout: CHECK_TIMEOUT_MS, randomSeed: 0 };
const cache = new Map<string, PatternSafety>();
/** Workers started by `prefetchPatternSafety` (one per loaded spec that had unchecked patterns). */
const prefetched: SafetyWorker[] = [];
/** Keys a worker was asked for. */
const requested = new Set<string>();

const keyOf = (pattern: IrPattern) => `${CHECK_TIMEOUT_MS}/${pattern.flags}/${pattern.js}`;

/**
 * Starts checking, in a worker thread, the patterns that have no verdict yet (in this process or on disk); a
 * no-op when every one has. Verdicts not taken by the time `endPatternSafetyPrefetch` runs are dropped.
 */
export function prefetchPatternSafety(patterns: Iterable<IrPattern>): void {
  const wanted = new Map<string, IrPattern>();
  for (const pattern of patterns) {
    const key = keyOf(pattern);
    if (wanted.has(key) || cache.has(key) || requested.has(key)) continue;
    const known = cachedSafety(key);
    if (known !== undefined) cache.set(key, known);
    else wanted.set(key, pattern);
  }
  if (wanted.size === 0) return;
  for (const key of wanted.keys()) requested.add(key);
  prefetched.push(startSafetyWorker([...wanted].map(([key, p]) => ({ key, js: p.js, flags: p.flags })), CHECK_OPTIONS));
}

/** Stops the worker `prefetchPatternSafety` started, if any (the pipeline calls it once the model is built). */
export function endPatternSafetyPrefetch(): void {
  for (const worker of prefetched.splice(0)) worker.stop();
  requested.clear();
}

/**
 * recheck is loaded on the first verdict that is not cached: requiring it costs a quarter of a second (a large
 * Scala.js bundle), which a run whose patterns are all cached, the usual regeneration, does not pay.
 */
let recheck: typeof import("recheck") | undefined;
const loadRecheck = () => (recheck ??= createRequire(import.meta.url)("recheck") as typeof import("recheck"));

export function checkPatternSafety(pattern: IrPattern): PatternSafety {
  const key = keyOf(pattern);
  let result = cache.get(key) ?? cachedSafety(key);
  if (result === undefined) {
    const diagnostics = (requested.has(key) ? takePrefetched(key) : undefined) ?? loadRecheck().checkSync(pattern.js, pattern.flags, CHECK_OPTIONS);
    result = describe(diagnostics);
    const machineDependent = diagnostics.status === "unknown" && (diagnostics.error.kind === "timeout" || diagnostics.error.kind === "cancel");
    if (!machineDependent) rememberSafety(key, result);
  }
  cache.set(key, result);
  return result;
}

function takePrefetched(key: string): Diagnostics | undefined {
  for (const worker of prefetched) {
    const diagnostics = worker.take(key);
    if (diagnostics) return diagnostics;
  }
  return undefined;
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
