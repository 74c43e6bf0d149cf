/**
 * Runs the workloads: per workload, `runs` rounds; in each round every scenario (tool) runs once, the order
 * rotating from round to round, so that the tools are interleaved and share the machine's drift. Each run of
 * a spec workload writes into a fresh folder. A scenario that exits with an error, or times out before any
 * of its runs succeeded, is not repeated, and its tool is skipped on larger synthetic specs (unless
 * `keepGoing`); a scenario that succeeded before goes on after a timeout ("partial": the timed-out runs count
 * as at least the timeout).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureProcess, type Measurement, type ProcessSpec } from "./measure-process.js";
import { findDuplicateFixtures, measureSources, type FixtureDuplicates, type SourceVolume } from "./output-volume.js";
import { oagenCommand, parseTimings, TOOLS, type ToolName } from "./tools.js";
import type { Workload } from "./workloads.js";

export interface RunOptions {
  runs: number;
  timeoutSeconds: number;
  tools: readonly ToolName[];
  keepGoing: boolean;
  log: (line: string) => void;
}

export interface ScenarioResult {
  workload: Workload;
  tool: ToolName;
  /** "oagen", "oagen --force", "oagen unchanged", a peer's name. */
  scenario: string;
  status: "ok" | "partial" | "failed" | "timeout" | "skipped";
  /** Why it failed or was skipped (the end of stderr, or the reason). */
  note?: string;
  runs: (Measurement & { timings: Record<string, number> })[];
  volume?: SourceVolume;
  fixtures?: FixtureDuplicates;
}

interface Scenario {
  result: ScenarioResult;
  command: (outDir: string, workDir: string) => ProcessSpec;
  /** Where the output goes: a fresh folder per run, or one folder kept across runs. */
  keptOutDir?: string;
  excludeFromSources: readonly string[];
}

const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `oagen-bench-${prefix}-`));

function lastLines(text: string, n = 6): string {
  return text.trim().split("\n").slice(-n).join("\n");
}

export async function runWorkloads(workloads: readonly Workload[], options: RunOptions): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const failedAt = new Map<ToolName, number>();
  for (const workload of workloads) {
    const scenarios: Scenario[] = [];
    const kept: string[] = [];
    try {
      if (workload.kind === "fragments") {
        if (!options.tools.includes("oagen")) continue;
        const outDir = tmp("fragments-out");
        const cacheDir = tmp("fragments-cache");
        kept.push(outDir, cacheDir);
        options.log(`${workload.label}: first run (not measured)`);
        const warm = await measureProcess(oagenCommand([workload.specs, "--out", outDir, "--force"], cacheDir), options.timeoutSeconds);
        const base = { workload, tool: "oagen" as const, runs: [] };
        if (!warm.ok) {
          results.push({ ...base, scenario: "oagen --force", status: warm.timedOut ? "timeout" : "failed", note: lastLines(warm.stderr) });
          continue;
        }
        for (const [scenario, args] of [
          ["oagen --force", [workload.specs, "--out", outDir, "--force"]],
          ["oagen unchanged", [workload.specs, "--out", outDir]],
        ] as const) {
          scenarios.push({ result: { ...base, runs: [], scenario, status: "ok" }, command: () => oagenCommand([...args], cacheDir), keptOutDir: outDir, excludeFromSources: ["dist"] });
        }
      } else {
        for (const tool of options.tools) {
          const result: ScenarioResult = { workload, tool, scenario: tool, status: "ok", runs: [] };
          const failed = failedAt.get(tool);
          if (failed !== undefined && workload.operations !== undefined && workload.operations > failed && !options.keepGoing) {
            results.push({ ...result, status: "skipped", note: `not run: failed at ${failed.toLocaleString("en-US")} operations` });
            continue;
          }
          scenarios.push({ result, command: (outDir, workDir) => TOOLS[tool].command(workload.spec, outDir, workDir), excludeFromSources: TOOLS[tool].excludeFromSources });
        }
      }
      for (let round = 0; round < options.runs; round++) {
        const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]!);
        for (const scenario of order) {
          const { result } = scenario;
          if (result.status !== "ok" && result.status !== "partial") continue;
          const outDir = scenario.keptOutDir ?? tmp("out");
          const workDir = tmp("work");
          try {
            const measurement = await measureProcess(scenario.command(path.join(outDir, scenario.keptOutDir ? "" : "out"), workDir), options.timeoutSeconds);
            const timings = result.tool === "oagen" ? parseTimings(measurement.stderr) : {};
            result.runs.push({ ...measurement, timings });
            options.log(
              `${workload.id} · ${result.scenario} · run ${round + 1}/${options.runs}: ${measurement.ok ? "ok" : measurement.timedOut ? "TIMEOUT" : `exit ${measurement.exitCode}`} ${measurement.seconds.toFixed(2)} s, ${measurement.peakRss !== undefined ? `${Math.round(measurement.peakRss / 2 ** 20)} MB` : "? MB"}`,
            );
            const succeededBefore = result.runs.some((r) => r.ok);
            if (measurement.timedOut && succeededBefore) {
              result.status = "partial";
              result.note = `${result.runs.filter((r) => r.timedOut).length} of ${options.runs} runs killed after ${options.timeoutSeconds} s`;
            } else if (!measurement.ok) {
              result.status = measurement.timedOut ? "timeout" : "failed";
              result.note = measurement.timedOut ? `killed after ${options.timeoutSeconds} s` : lastLines(`${measurement.stderr}\n${measurement.stdout}`);
              if (workload.kind === "spec" && workload.operations !== undefined) failedAt.set(result.tool, Math.min(failedAt.get(result.tool) ?? Infinity, workload.operations));
            } else if (!result.volume && !scenario.keptOutDir) {
              const written = path.join(outDir, "out");
              result.volume = measureSources(written, scenario.excludeFromSources);
              if (result.tool === "oagen") result.fixtures = findDuplicateFixtures(written);
            }
          } finally {
            if (!scenario.keptOutDir) rmSync(outDir, { recursive: true, force: true });
            rmSync(workDir, { recursive: true, force: true });
          }
        }
      }
      results.push(...scenarios.map((s) => s.result));
    } finally {
      for (const dir of kept) rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
