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
 * Peers are installed on first use (npm ci --prefix bench/peers).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensurePeersInstalled, node22, peerVersion } from "./scale/peers.js";
import { runWorkloads } from "./scale/run-workloads.js";
import { TOOL_NAMES, TOOLS, type ToolName } from "./scale/tools.js";
import { DEFAULT_WORKLOADS, resolveWorkload } from "./scale/workloads.js";
import { resultsSection } from "./scale/write-results.js";
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
  },
  strict: true,
});

const list = (text: string | undefined, fallback: readonly string[]) => (text === undefined ? [...fallback] : text.split(",").map((s) => s.trim()).filter(Boolean));
const tools = list(values.tools, TOOL_NAMES);
for (const tool of tools) if (!(TOOL_NAMES as readonly string[]).includes(tool)) throw new Error(`unknown tool "${tool}" (one of ${TOOL_NAMES.join(", ")})`);
const runs = Number(values.runs ?? "3");
const timeoutSeconds = Number(values.timeout ?? "180");
if (!(runs >= 1) || !(timeoutSeconds > 0)) throw new Error("--runs and --timeout must be positive numbers");
const workloads = [...list(values.workloads, DEFAULT_WORKLOADS), ...(values.spec ?? [])].map(resolveWorkload);
const selected = tools as ToolName[];

if (selected.some((t) => TOOLS[t].isPeer)) ensurePeersInstalled();
const versions: Record<string, string> = { "oagen Node": process.version };
if (selected.some((t) => t === "hey-api" || t === "orval")) versions["peers' Node"] = execFileSync(node22(), ["--version"], { encoding: "utf8" }).trim();
if (selected.includes("openapi-typescript")) versions["openapi-typescript"] = peerVersion("openapi-typescript");
if (selected.includes("hey-api")) versions["@hey-api/openapi-ts"] = peerVersion("@hey-api/openapi-ts");
if (selected.includes("orval")) versions["orval"] = peerVersion("orval");
const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown commit";
  }
})();

const results = await runWorkloads(workloads, { runs, timeoutSeconds, tools: selected, keepGoing: values["keep-going"] ?? false, log: (line) => console.log(line) });
const section = resultsSection(results, { date: new Date().toISOString().slice(0, 10), commit, runs, timeoutSeconds, versions });
console.log(`\n${section}`);

const workDir = path.join(REPO_ROOT, "bench/.work/scale");
mkdirSync(workDir, { recursive: true });
writeFileSync(path.join(workDir, "last-run.json"), JSON.stringify(results.map((r) => ({ ...r, runs: r.runs.map(({ stdout: _o, stderr, ...rest }) => ({ ...rest, stderrTail: stderr.slice(-4000) })) })), null, 2));
if (values.write) {
  appendRun(path.join(REPO_ROOT, "bench/RESULTS.md"), "Scale (issue 9)", `${section}\n`);
  console.log("added to bench/RESULTS.md");
}
