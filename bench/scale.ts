/**
 * Issue 9's benchmark: oagen against openapi-typescript, hey-api and orval on the five fragments and on
 * synthetic specs of 100, 1,000 and 5,000 operations (bench/synthetic), whole CLI processes, interleaved,
 * median of 3 with min–max and peak RSS; output volume and the duplicate-fixture check; each target of the
 * issue as a ratio, met or missed; oagen's stage times (`--timings`).
 *
 *   npx tsx bench/scale.ts [--workloads fragments,100,1000,5000] [--spec FILE]… [--tools oagen,openapi-typescript,hey-api,orval]
 *                          [--runs 3] [--timeout 180] [--keep-going] [--write]
 *
 * --spec adds a workload of one spec file (e.g. the largest upstream Azure file). --write adds the results to
 * bench/RESULTS.md ("Scale (issue 9)"). The raw measurements go to bench/.work/scale/last-run.json.
 * Peers are installed on first use (npm ci --prefix bench/peers). `--report FILE` renders a saved
 * last-run.json again (no runs), e.g. after the report's format changed; several `--report`s merge runs of
 * different workloads (each workload is interleaved within its own run; the header comes from the last file).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensurePeersInstalled, node22, peerVersion } from "./scale/peers.js";
import { runWorkloads, type ScenarioResult } from "./scale/run-workloads.js";
import { TOOL_NAMES, TOOLS, type ToolName } from "./scale/tools.js";
import { DEFAULT_WORKLOADS, resolveWorkload } from "./scale/workloads.js";
import { resultsSection, type RunContext } from "./scale/write-results.js";
import { appendRun } from "./support/results.js";
import { REPO_ROOT } from "./synthetic/synthetic-spec.js";

const { values } = parseArgs({
  options: {
    workloads: { type: "string" },
    spec: { type: "string", multiple: true },
    tools: { type: "string" },
    runs: { type: "string" },
    timeout: { type: "string" },
    "keep-going": { type: "boolean" },
    write: { type: "boolean" },
    report: { type: "string", multiple: true },
  },
  strict: true,
});

const list = (text: string | undefined, fallback: readonly string[]) => (text === undefined ? [...fallback] : text.split(",").map((s) => s.trim()).filter(Boolean));
const tools = list(values.tools, TOOL_NAMES);
for (const tool of tools) if (!(TOOL_NAMES as readonly string[]).includes(tool)) throw new Error(`unknown tool "${tool}" (one of ${TOOL_NAMES.join(", ")})`);
const runs = Number(values.runs ?? "3");
const timeoutSeconds = Number(values.timeout ?? "180");
if (!(runs >= 1) || !(timeoutSeconds > 0)) throw new Error("--runs and --timeout must be positive numbers");
const selected = tools as ToolName[];

const commit = (() => {
  try {
    // The generator's last commit: what was measured (bench/ changes do not change the numbers).
    return execFileSync("git", ["log", "-1", "--format=%h", "--", "generator", "templates"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown commit";
  }
})();

let saved: { context: RunContext; results: ScenarioResult[] };
if (values.report) {
  const files = values.report.map((file) => JSON.parse(readFileSync(file, "utf8")) as typeof saved);
  const results = files.flatMap((f) => f.results);
  const keys = results.map((r) => `${r.workload.id} ${r.scenario}`);
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) throw new Error(`--report: "${repeated}" is in more than one file`);
  const workloadOrder = (r: ScenarioResult) => (r.workload.kind === "fragments" ? -1 : (r.workload.operations ?? Number.MAX_SAFE_INTEGER));
  results.sort((a, b) => workloadOrder(a) - workloadOrder(b) || TOOL_NAMES.indexOf(a.tool) - TOOL_NAMES.indexOf(b.tool) || (a.scenario < b.scenario ? -1 : a.scenario > b.scenario ? 1 : 0));
  saved = { context: files.at(-1)!.context, results };
} else {
  if (selected.some((t) => TOOLS[t].isPeer)) ensurePeersInstalled();
  const versions: Record<string, string> = { "oagen Node": process.version };
  if (selected.some((t) => t === "hey-api" || t === "orval")) versions["peers' Node"] = execFileSync(node22(), ["--version"], { encoding: "utf8" }).trim();
  if (selected.includes("openapi-typescript")) versions["openapi-typescript"] = peerVersion("openapi-typescript");
  if (selected.includes("hey-api")) versions["@hey-api/openapi-ts"] = peerVersion("@hey-api/openapi-ts");
  if (selected.includes("orval")) versions["orval"] = peerVersion("orval");
  const workloads = [...list(values.workloads, DEFAULT_WORKLOADS), ...(values.spec ?? [])].map(resolveWorkload);
  const results = await runWorkloads(workloads, { runs, timeoutSeconds, tools: selected, keepGoing: values["keep-going"] ?? false, log: (line) => console.log(line) });
  const context: RunContext = { date: new Date().toISOString().slice(0, 10), commit, runs, timeoutSeconds, versions, loadAverage: os.loadavg() };
  // Raw measurements (stderr shortened), enough to render the report again with --report.
  saved = { context, results: results.map((r) => ({ ...r, runs: r.runs.map((run) => ({ ...run, stdout: run.stdout.slice(-2000), stderr: run.stderr.slice(-4000) })) })) };
  const workDir = path.join(REPO_ROOT, "bench/.work/scale");
  mkdirSync(workDir, { recursive: true });
  writeFileSync(path.join(workDir, "last-run.json"), JSON.stringify(saved, null, 2));
}
const section = resultsSection(saved.results, saved.context);
console.log(`\n${section}`);
if (values.write) {
  appendRun(path.join(REPO_ROOT, "bench/RESULTS.md"), "Scale (issue 9)", `${section}\n`);
  console.log("added to bench/RESULTS.md");
}
