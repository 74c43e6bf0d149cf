/**
 * Runs one whole CLI process and measures it: wall time (from spawn to exit, Node's clock) and peak resident
 * memory. Peak RSS comes from GNU time (`/usr/bin/time -f %M`: the largest resident set of any process in the
 * tool's tree, from the kernel's rusage, no sampling); without GNU time, /proc is sampled every 50 ms and the
 * tree's resident sets are summed. The same method is used for every tool in a run (`rssMethod` says which).
 * A run past its timeout is killed (the tool's processes, then the wrapper) and reported as timed out.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const GNU_TIME = "/usr/bin/time";
const OUTPUT_LIMIT = 256 * 1024;

export const rssMethod: "gnu-time" | "proc-sampling" = existsSync(GNU_TIME) ? "gnu-time" : "proc-sampling";

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

export interface Measurement {
  ok: boolean;
  exitCode: number | null;
  timedOut: boolean;
  seconds: number;
  /** Peak resident set in bytes; undefined when it could not be read. */
  peakRss?: number;
  stdout: string;
  stderr: string;
}

export async function measureProcess(spec: ProcessSpec, timeoutSeconds: number): Promise<Measurement> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "oagen-bench-time-"));
  const timeFile = path.join(scratch, "rss");
  const [command, args] = rssMethod === "gnu-time" ? [GNU_TIME, ["-f", "%M", "-o", timeFile, spec.command, ...spec.args]] : [spec.command, spec.args];
  const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...spec.env };
  const start = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: spec.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout = (stdout + d.toString()).slice(-OUTPUT_LIMIT)));
  child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-OUTPUT_LIMIT)));
  let sampledPeak = 0;
  const sampler =
    rssMethod === "proc-sampling"
      ? setInterval(() => {
          if (child.pid !== undefined) sampledPeak = Math.max(sampledPeak, treeRss(child.pid));
        }, 50)
      : undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) killTree(child.pid, rssMethod === "gnu-time");
  }, timeoutSeconds * 1000);
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearTimeout(timer);
  if (sampler) clearInterval(sampler);
  let peakRss: number | undefined = sampledPeak > 0 ? sampledPeak : undefined;
  if (rssMethod === "gnu-time" && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" / "Command terminated by signal N" before %M.
    const kb = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
    if (Number.isFinite(kb) && kb > 0) peakRss = kb * 1024;
  }
  rmSync(scratch, { recursive: true, force: true });
  // GNU time passes the tool's exit status on; a tool killed by a signal shows as 128 + signal.
  return { ok: exitCode === 0 && !timedOut, exitCode, timedOut, seconds, ...(peakRss !== undefined ? { peakRss } : {}), stdout, stderr };
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8")
        .split(/\s+/)
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

function descendantsOf(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of childrenOf(queue.shift()!)) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function treeRss(pid: number): number {
  let total = 0;
  for (const p of [pid, ...descendantsOf(pid)]) {
    try {
      const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // The process has just exited.
    }
  }
  return total;
}

/**
 * Kills the tool's processes from the leaves up, half a second per level, so that each parent can reap its
 * children and their peak RSS still reaches GNU time's rusage (a CLI that re-spawns itself, like hey-api's,
 * would otherwise report only its small launcher). The GNU time wrapper is left to report, then killed if it
 * lingers.
 */
function killTree(pid: number, keepWrapper: boolean): void {
  const kill = (p: number) => {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  const step = (rounds: number) => {
    const all = descendantsOf(pid);
    if (all.length === 0 || rounds === 0) {
      all.forEach(kill);
      if (!keepWrapper) kill(pid);
      else setTimeout(() => kill(pid), 5000).unref();
      return;
    }
    const leaves = all.filter((p) => childrenOf(p).length === 0);
    (leaves.length > 0 ? leaves : all).forEach(kill);
    setTimeout(() => step(rounds - 1), 500).unref();
  };
  step(10);
}
