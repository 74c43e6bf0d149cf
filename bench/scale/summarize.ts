/** Medians and ranges of a scenario's runs, and the lookups the targets need. */
import { median, range } from "./stats.js";
import type { ScenarioResult } from "./run-workloads.js";

export interface Summary {
  seconds: number;
  min: number;
  max: number;
  peakRss?: number;
  maxRss?: number;
  okRuns: number;
  /** Runs killed at the timeout (their time is a lower bound). */
  timedOutRuns: number;
  /** The median is a timed-out run's time: the true median is at least this. */
  censored: boolean;
  /** Median of each `--timings` stage over the runs that printed it. */
  stages: Record<string, number>;
}

export function summarize(result: ScenarioResult): Summary | undefined {
  const runs = result.status === "ok" || result.status === "partial" ? result.runs : result.runs.slice(-1);
  if (runs.length === 0) return undefined;
  const seconds = runs.map((r) => r.seconds);
  const timedOutRuns = runs.filter((r) => r.timedOut).length;
  const middle = median(seconds);
  const rss = runs.flatMap((r) => (r.peakRss !== undefined ? [r.peakRss] : []));
  const stageNames = [...new Set(runs.flatMap((r) => Object.keys(r.timings)))];
  return {
    seconds: middle,
    ...range(seconds),
    ...(rss.length > 0 ? { peakRss: median(rss), maxRss: Math.max(...rss) } : {}),
    okRuns: runs.filter((r) => r.ok).length,
    timedOutRuns,
    censored: timedOutRuns > 0 && runs.filter((r) => r.timedOut && r.seconds <= middle).length > 0,
    stages: Object.fromEntries(stageNames.map((s) => [s, median(runs.flatMap((r) => (r.timings[s] !== undefined ? [r.timings[s]] : [])))])),
  };
}

export function find(results: readonly ScenarioResult[], workloadId: string, scenario: string): ScenarioResult | undefined {
  return results.find((r) => r.workload.id === workloadId && r.scenario === scenario);
}
