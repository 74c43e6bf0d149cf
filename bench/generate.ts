/**
 * How long `oagen generate` takes on the five specs, as a user runs it (the real bin, a fresh process each
 * time): an up-to-date run (the manifest's fingerprint matches: nothing to do), a full rebuild with the
 * validation cache warm (`--force`), and a full rebuild from nothing (`--force`, cache off). Median of N runs,
 * plus the median time of each pipeline stage of the full rebuilds (`--timings`).
 *
 *   npx tsx bench/generate.ts [--runs 5] [--write]    --write appends the table to bench/RESULTS.md
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { appendRun } from "./support/results.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "generator/bin/oagen.js");
const RESULTS = path.join(ROOT, "bench/RESULTS.md");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

interface Run {
  seconds: number;
  stages: Record<string, number>;
}

function runOnce(args: string[], env: Record<string, string>): Run {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, "generate", "--quiet", ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`oagen generate ${args.join(" ")} failed:\n${result.stderr}`);
  const stages = Object.fromEntries([...result.stderr.matchAll(/^(\w+)\s+(\d+) ms$/gm)].map((m) => [m[1]!, Number(m[2])]));
  return { seconds, stages };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function measure(label: string, args: string[], env: Record<string, string> = {}): { label: string; seconds: number; stages: Record<string, number> } {
  const runs = Array.from({ length: RUNS }, () => runOnce(args, env));
  const stageNames = Object.keys(runs[0]!.stages);
  return { label, seconds: median(runs.map((r) => r.seconds)), stages: Object.fromEntries(stageNames.map((s) => [s, median(runs.map((r) => r.stages[s] ?? 0))])) };
}

const out = mkdtempSync(path.join(os.tmpdir(), "oagen-bench-"));
const cache = mkdtempSync(path.join(os.tmpdir(), "oagen-bench-cache-"));
try {
  runOnce(["--out", out, "--force"], { OAGEN_CACHE_DIR: cache }); // warm the OS file cache and the validation cache
  const rows = [
    measure("up to date (nothing changed)", ["--out", out]),
    measure("full rebuild, validation cache warm", ["--out", out, "--force", "--timings"], { OAGEN_CACHE_DIR: cache }),
    measure("full rebuild, no cache", ["--out", out, "--force", "--timings"], { OAGEN_NO_CACHE: "1" }),
  ];
  const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
  const table = [
    `| run | wall time (median of ${RUNS}) | ${stageNames.join(" | ")} |`,
    `|---|---:|${stageNames.map(() => "---:").join("|")}|`,
    ...rows.map((r) => `| ${r.label} | ${r.seconds.toFixed(2)} s | ${stageNames.map((s) => (r.stages[s] !== undefined ? `${r.stages[s]} ms` : "–")).join(" | ")} |`),
  ].join("\n");
  console.log(table);
  if (process.argv.includes("--write")) {
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    appendRun(
      RESULTS,
      "oagen generate",
      [
        `### ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, Node ${process.version}`,
        "",
        "The five specs → the whole azure-keys package (clients, validators, mocks, fixtures; strict type-check and",
        "compile included), through the real bin in a fresh process. Wall time includes Node start-up and loading the",
        "generator (tsx). Stage columns are medians of `--timings`.",
        "",
        table,
        "",
      ].join("\n"),
    );
    console.log(`added to ${path.relative(ROOT, RESULTS)}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}
