/**
 * `oagen generate --watch`: generate, then regenerate whenever a spec file under the inputs changes (fs.watch,
 * debounced by `OAGEN_WATCH_DEBOUNCE_MS`, default 200 ms). Each run prints the spec files that changed, the
 * api-versions whose model changed and the files written. A failed run prints its diagnostics and keeps the last
 * good output (nothing is written); the watcher keeps running until interrupted (or `signal` aborts, in tests).
 */
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { SpecError } from "../diagnostics/index.js";
import type { PipelineConfig } from "../core/pipeline.js";
import { withOutputLockAsync } from "../write/lock.js";
import { writeOutput } from "../write/write-output.js";
import { reportDiagnostics, reportInternalError, type OutputFormat } from "./report.js";

export interface WatchOptions {
  format: OutputFormat;
  quiet: boolean;
  /** Stops watching (tests); without it the watcher runs until the process is interrupted. */
  signal?: AbortSignal;
  /** Called after every run (tests): ok, and the files written. */
  onRun?: (run: { ok: boolean; written: string[]; removed: string[] }) => void;
  debounceMs?: number;
}

const SPEC_FILE = /\.(ya?ml|json)$/i;

export async function runWatch(config: PipelineConfig, options: WatchOptions): Promise<number> {
  const debounceMs = options.debounceMs ?? debounceFromEnv();
  const say = (text: string) => {
    if (!options.quiet) process.stdout.write(text);
  };
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();

  const runOnce = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const changed = [...pending].sort();
        pending.clear();
        if (changed.length > 0) say(`Changed: ${changed.join(", ")}\n`);
        const run = await generateOnce(config, options, say); // not inside `onRun?.(…)`: that would skip the run without onRun
        options.onRun?.(run);
      } while (again || pending.size > 0);
    } finally {
      running = false;
    }
  };

  await runOnce();
  const watchers: FSWatcher[] = [];
  const onEvent = (root: string) => (_event: string, file: string | Buffer | null) => {
    const name = file === null ? "" : String(file);
    if (name !== "" && !SPEC_FILE.test(name)) return;
    pending.add(path.relative(config.cwd, path.join(root, name)).split(path.sep).join("/") || name);
    clearTimeout(timer);
    timer = setTimeout(() => void runOnce(), debounceMs);
  };
  for (const input of config.inputs) {
    const target = path.resolve(config.cwd, input);
    try {
      watchers.push(watch(target, { recursive: true }, onEvent(target)));
    } catch (error) {
      reportInternalError(error, options.format);
    }
  }
  say(`Watching ${config.inputs.join(", ")} for spec changes (Ctrl-C stops).\n`);
  await new Promise<void>((resolve) => {
    if (options.signal?.aborted) return resolve();
    options.signal?.addEventListener("abort", () => resolve(), { once: true });
    if (!options.signal) process.once("SIGINT", () => resolve());
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  while (running) await new Promise((r) => setTimeout(r, 20));
  return 0;
}

async function generateOnce(config: PipelineConfig, options: WatchOptions, say: (text: string) => void): Promise<{ ok: boolean; written: string[]; removed: string[] }> {
  try {
    const { runPipeline } = await import("../core/pipeline.js");
    const result = await runPipeline(config);
    if (!options.quiet) reportDiagnostics(result.warnings, options.format);
    const { changed, removed } = await withOutputLockAsync(config.outDir, async () => writeOutput(result.files, config.outDir));
    const { describeRelease } = await import("../release/index.js");
    say(describeRelease(result.release));
    say(`Generated ${path.relative(config.cwd, config.outDir) || "."} (version ${result.release.version}): ${changed.length} files written, ${removed.length} removed.\n`);
    const listed = [...changed.map((f) => `  written  ${f}`), ...removed.map((f) => `  removed  ${f}`)];
    if (listed.length > 0) say((listed.length <= 20 ? listed : [...listed.slice(0, 20), `  … and ${listed.length - 20} more`]).join("\n") + "\n");
    return { ok: true, written: changed, removed };
  } catch (error) {
    if (error instanceof SpecError) reportDiagnostics(error.diagnostics, options.format);
    else reportInternalError(error, options.format);
    say("Generation failed; the previous output is unchanged. Waiting for the next change.\n");
    return { ok: false, written: [], removed: [] };
  }
}

function debounceFromEnv(): number {
  const value = Number(process.env["OAGEN_WATCH_DEBOUNCE_MS"]);
  return Number.isFinite(value) && value >= 0 ? value : 200;
}
