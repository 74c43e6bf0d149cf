/**
 * The issue 9 section of bench/RESULTS.md: machine, date, versions, every run (median of N and min–max, peak
 * RSS), output volume, each target as a ratio with met/missed, and where oagen's time goes (`--timings`).
 */
import os from "node:os";
import { rssMethod } from "./measure-process.js";
import type { ScenarioResult } from "./run-workloads.js";
import { formatBytes, formatCount, formatSeconds } from "./stats.js";
import { find, summarize } from "./summarize.js";
import { TOOLS } from "./tools.js";

export interface RunContext {
  date: string;
  commit: string;
  runs: number;
  timeoutSeconds: number;
  versions: Record<string, string>;
  /** 1/5/15-minute load averages when the run ended. */
  loadAverage?: number[];
}

const GB = 1024 ** 3;
const measured = (r: ScenarioResult) => r.status === "ok" || r.status === "partial";
const atLeast = (censored: boolean, text: string) => (censored ? `≥ ${text}` : text);
const status = (r: ScenarioResult) =>
  r.status === "ok" ? "ok" : r.status === "partial" ? `ok, but ${r.note ?? "some runs timed out"}` : r.status === "timeout" ? `**timeout** (> ${r.note?.match(/\d+/)?.[0] ?? "?"} s)` : r.status === "skipped" ? r.note ?? "skipped" : `**failed** (exit ${r.runs.at(-1)?.exitCode ?? "?"})`;

function runsTable(results: readonly ScenarioResult[], runs: number): string[] {
  const rows = results.map((r) => {
    const s = summarize(r);
    const time = !s
      ? "–"
      : measured(r)
        ? `${atLeast(s.censored, formatSeconds(s.seconds))} (${formatSeconds(s.min)}–${s.timedOutRuns > 0 ? "≥ " : ""}${formatSeconds(s.max)})`
        : `${formatSeconds(s.seconds)} until it stopped`;
    const rss = s?.peakRss !== undefined ? `${formatBytes(s.peakRss)}${measured(r) && s.maxRss !== s.peakRss ? ` (max ${formatBytes(s.maxRss)})` : ""}` : "–";
    const lines = r.volume ? formatCount(r.volume.lines) : "–";
    return `| ${r.workload.label} | ${r.scenario} | ${time} | ${rss} | ${lines} | ${status(r)} |`;
  });
  return [`| workload | tool | wall time, median of ${runs} (min–max) | peak RSS, median | .ts lines | result |`, "|---|---|---:|---:|---:|---|", ...rows];
}

interface Target {
  target: string;
  measured: string;
  ratio: string;
  verdict: "met" | "missed" | "not measured";
}

function ratioTarget(target: string, a: ScenarioResult | undefined, b: ScenarioResult | undefined, limit: number, what: string): Target {
  const sa = a && summarize(a);
  const sb = b && summarize(b);
  if (!a || !b) return { target, measured: "workload or tool not selected", ratio: "–", verdict: "not measured" };
  if (!measured(b) || !sb) return { target, measured: `${b.scenario}: ${status(b)}`, ratio: "–", verdict: "not measured" };
  if (!measured(a) || !sa) return { target, measured: `${a.scenario}: ${status(a)}${sa ? ` after ${formatSeconds(sa.seconds)}` : ""}; ${what} ${atLeast(sb.censored, formatSeconds(sb.seconds))}`, ratio: "–", verdict: "missed" };
  const ratio = sa.seconds / sb.seconds;
  const limitText = `(limit ${Number(limit.toFixed(2))})`;
  const text = `${a.scenario} ${atLeast(sa.censored, formatSeconds(sa.seconds))}, ${what} ${atLeast(sb.censored, formatSeconds(sb.seconds))}`;
  if (sa.censored && sb.censored) return { target, measured: text, ratio: "– (both timed out)", verdict: "not measured" };
  // A censored numerator makes the ratio a lower bound; a censored denominator, an upper bound.
  if (sa.censored) return { target, measured: text, ratio: `≥ ${ratio.toFixed(2)} ${limitText}`, verdict: ratio > limit ? "missed" : "not measured" };
  if (sb.censored) return { target, measured: text, ratio: `≤ ${ratio.toFixed(2)} ${limitText}`, verdict: ratio <= limit ? "met" : "not measured" };
  return { target, measured: text, ratio: `${ratio.toFixed(2)} ${limitText}`, verdict: ratio <= limit ? "met" : "missed" };
}

function rssTarget(target: string, r: ScenarioResult | undefined): Target {
  const s = r && summarize(r);
  if (!r || !s || s.peakRss === undefined) return { target, measured: r ? status(r) : "workload or tool not selected", ratio: "–", verdict: r && r.status !== "skipped" ? "missed" : "not measured" };
  const ratio = s.maxRss! / GB;
  // A run killed at the timeout might have grown further: under 1 GB it proves nothing.
  const verdict = ratio >= 1 ? "missed" : r.status === "ok" ? "met" : r.status === "partial" ? "not measured" : "missed";
  return { target, measured: `peak ${formatBytes(s.maxRss)} (highest of the runs)${r.status === "ok" ? "" : `, ${status(r)}`}`, ratio: `${ratio.toFixed(2)} GB (limit 1)`, verdict };
}

function secondsTarget(target: string, r: ScenarioResult | undefined, limit: number): Target {
  const s = r && summarize(r);
  if (!r || !s) return { target, measured: "workload not selected", ratio: "–", verdict: "not measured" };
  if (!measured(r)) return { target, measured: status(r), ratio: "–", verdict: "missed" };
  return { target, measured: atLeast(s.censored, formatSeconds(s.seconds)), ratio: `${atLeast(s.censored, (s.seconds / limit).toFixed(2))} of the limit (${limit} s)`, verdict: s.seconds < limit && !s.censored ? "met" : "missed" };
}

export function targets(results: readonly ScenarioResult[]): Target[] {
  const oagen1k = find(results, "1000", "oagen");
  const oagen5k = find(results, "5000", "oagen");
  const ott1k = find(results, "1000", "openapi-typescript");
  const list: Target[] = [
    ratioTarget("1,000 operations: oagen ≤ ⅓ of hey-api 0.99's time", oagen1k, find(results, "1000", "hey-api"), 1 / 3, "hey-api"),
    ratioTarget("1,000 operations: oagen ≤ 1.5× openapi-typescript's time", oagen1k, ott1k, 1.5, "openapi-typescript"),
    rssTarget("1,000 operations: oagen peak RSS < 1 GB", oagen1k),
    ratioTarget("growth: oagen time(5,000) / time(1,000) ≤ 5.5", oagen5k, oagen1k, 5.5, "1,000 operations"),
    rssTarget("5,000 operations: oagen peak RSS < 1 GB", oagen5k),
    secondsTarget("five fragments: full rebuild (--force) < 2 s", find(results, "fragments", "oagen --force"), 2),
    secondsTarget("five fragments: unchanged run < 0.5 s", find(results, "fragments", "oagen unchanged"), 0.5),
  ];
  if (!oagen1k?.volume || !ott1k?.volume) {
    list.push({ target: "output: oagen .ts lines ≤ 3× openapi-typescript's at 1,000 operations", measured: oagen1k ? `oagen: ${status(oagen1k)}` : "not selected", ratio: "–", verdict: oagen1k && oagen1k.status !== "skipped" && ott1k?.volume ? "missed" : "not measured" });
  } else {
    const ratio = oagen1k.volume.lines / ott1k.volume.lines;
    list.push({ target: "output: oagen .ts lines ≤ 3× openapi-typescript's at 1,000 operations", measured: `${formatCount(oagen1k.volume.lines)} vs ${formatCount(ott1k.volume.lines)}`, ratio: `${ratio.toFixed(2)} (limit 3)`, verdict: ratio <= 3 ? "met" : "missed" });
  }
  const withFixtures = [...results].reverse().find((r) => r.tool === "oagen" && r.fixtures && r.workload.kind === "spec" && (r.workload.id === "1000" || !oagen1k?.fixtures));
  if (withFixtures?.fixtures) {
    const f = withFixtures.fixtures;
    // A fixture stored twice is one whose data is also inlined in code. Identical fixtures are reported but are
    // distinct fixtures (different operations whose answers happen to be equal, e.g. `{ status: 200, body: {} }`),
    // each in its own operation's file.
    const twice = Math.max(f.inlinedIn.ts, f.inlinedIn.js, f.inlinedIn.dts);
    list.push({
      target: `no fixture stored twice (${withFixtures.workload.label})`,
      measured: `${formatCount(f.fixtures)} fixtures in ${formatCount(f.files)} files (${formatCount(f.traceable)} traceable); data also inlined in .ts: ${formatCount(f.inlinedIn.ts)}, .js: ${formatCount(f.inlinedIn.js)}, .d.ts: ${formatCount(f.inlinedIn.dts)} (searched: the mocks modules); equal fixtures of different operations: ${formatCount(f.identical)}`,
      ratio: `${formatCount(twice)} stored twice`,
      verdict: twice === 0 ? "met" : "missed",
    });
  } else list.push({ target: "no fixture stored twice", measured: "no successful oagen run on a synthetic spec", ratio: "–", verdict: "not measured" });
  list.push({ target: "`npm test` < 3 min on 2 cores", measured: "not measured by this benchmark (see CI timing)", ratio: "–", verdict: "not measured" });
  return list;
}

function stagesTable(results: readonly ScenarioResult[]): string[] {
  const oagen = results.filter((r) => r.tool === "oagen" && r.status !== "skipped");
  const stageNames = [...new Set(oagen.flatMap((r) => Object.keys(summarize(r)?.stages ?? {})))];
  const rows = oagen.map((r) => {
    const s = summarize(r);
    const stages = s?.stages ?? {};
    const known = Object.keys(stages).length > 0;
    const note = known ? (r.status === "partial" ? "medians of the runs that finished" : "") : measured(r) ? "nothing to time (up to date)" : "no timings: the run stopped before `--timings` printed";
    return `| ${r.workload.label} | ${r.scenario} | ${stageNames.map((n) => (stages[n] !== undefined ? `${Math.round(stages[n])} ms` : "–")).join(" | ")} | ${note} |`;
  });
  return [`| workload | run | ${stageNames.join(" | ")} | note |`, `|---|---|${stageNames.map(() => "---:|").join("")}---|`, ...rows];
}

function volumeTable(results: readonly ScenarioResult[]): string[] {
  const rows = results
    .filter((r) => r.volume)
    .map((r) => {
      const parts = Object.entries(r.volume!.byArtifact)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${formatCount(v)}`)
        .join(", ");
      return `| ${r.workload.label} | ${r.scenario} | ${formatCount(r.volume!.files)} | ${formatCount(r.volume!.lines)} | ${parts} |`;
    });
  return ["| workload | tool | .ts files | .ts lines | by artifact/folder |", "|---|---|---:|---:|---|", ...rows];
}

export function resultsSection(results: readonly ScenarioResult[], ctx: RunContext): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const failures = results.filter((r) => (r.status === "failed" || r.status === "timeout") && r.note);
  return [
    `### ${ctx.date} — ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / GB)} GB, oagen generator at ${ctx.commit}`,
    "",
    `Load average when the run ended: ${ctx.loadAverage ? ctx.loadAverage.map((l) => l.toFixed(1)).join(" / ") : "not recorded"} (1 / 5 / 15 min; on a shared machine compare tools within one run, not across runs).`,
    `Versions: ${Object.entries(ctx.versions).map(([k, v]) => `${k} ${v}`).join(" · ")}.`,
    `Whole CLI processes, ${ctx.runs} interleaved rounds per workload (tool order rotates each round), wall time from spawn to exit;`,
    `peak RSS ${rssMethod === "gnu-time" ? "from GNU time (`%M`: the largest resident set of any process of the run)" : "sampled from /proc every 50 ms (sum over the process tree)"}.`,
    `Timeout ${ctx.timeoutSeconds} s per run (a timed-out run counts as at least that: "≥"); a tool that exits with an error, or times out before`,
    "any of its runs succeeded, is not repeated and is skipped on larger synthetic specs.",
    `oagen: ${TOOLS.oagen.description}, a fresh output folder and validation cache per synthetic run; fragments: \`--force\` and unchanged`,
    "runs on a kept output folder with a warm cache. Peers: " + (["openapi-typescript", "hey-api", "orval"] as const).map((t) => `${t} (${TOOLS[t].description})`).join(", ") + ".",
    "",
    "#### Targets (issue 9)",
    "",
    "| target | measured | ratio | verdict |",
    "|---|---|---|---|",
    ...targets(results).map((t) => `| ${t.target} | ${t.measured} | ${t.ratio} | ${t.verdict === "met" ? "met" : t.verdict === "missed" ? "**missed**" : "not measured"} |`),
    "",
    "#### Runs",
    "",
    ...runsTable(results, ctx.runs),
    "",
    "#### Where oagen's time goes (`oagen generate --timings`, medians)",
    "",
    ...stagesTable(results),
    "",
    "#### Output volume (`.ts` sources, not `.d.ts`; oagen without `dist/`)",
    "",
    ...volumeTable(results),
    "",
    ...(failures.length > 0
      ? ["#### Failures (end of the output)", "", ...failures.flatMap((r) => [`${r.workload.label}, ${r.scenario}:`, "", "```", r.note!.replace(/```/g, "'''"), "```", ""])]
      : []),
  ].join("\n");
}
