/**
 * `oagen generate` and `oagen check`: settings from the flags over the config file, then the pipeline. generate
 * writes only what changed (or nothing, when the output's manifest records the same inputs) and always ends with
 * a one-line summary; check exits 1 and lists the files that differ.
 */
import path from "node:path";
import { findConfigFile, readConfig, resolvePipelineConfig, type LoadedConfig } from "../../config/index.js";
import type { PipelineConfig } from "../../core/pipeline.js";
import { settingsKey, specRefsOf } from "../../core/spec-files.js";
import { computeFingerprint } from "../../write/fingerprint.js";
import { withOutputLockAsync } from "../../write/lock.js";
import { isOutputCurrent, readManifestFileCount } from "../../write/manifest.js";
import { OutputStage } from "../../write/stage.js";
import { diffOutput } from "../../write/write-output.js";
import { commonOptionsOf, FORCE_FLAG, OUTPUT_FLAGS, SPEC_FLAGS, WATCH_FLAG, type CommonOptions } from "../args.js";
import type { CommandSpec, ParsedCommand } from "../command-table.js";
import { EXIT } from "../exit-codes.js";
import { startProgress } from "../progress.js";
import { reportDiagnostics } from "../report.js";

export const generateCommand: CommandSpec = {
  name: "generate",
  summary: "Generate the package: typed clients, validators, mocks, JavaScript, declarations and source maps.",
  usage: "[SPEC_FILE_OR_DIR…]",
  details:
    "Reads oagen.config.json (or .ts/.mjs) when there is one; flags override it. Without either: specs/ → generated/.\n" +
    "Skips the work when the output's manifest records the same specs, config and oagen (--force rebuilds), and\n" +
    "always ends with a summary: \"generated: wrote 17 files, 165 unchanged, 0 removed, 0.4 s\".",
  flags: [...SPEC_FLAGS, FORCE_FLAG, WATCH_FLAG, ...OUTPUT_FLAGS],
  examples: [
    "oagen generate",
    "oagen generate --watch",
    "oagen generate specs/datafactory --out packages/keys",
    "oagen generate ../azure-rest-api-specs/specification/datafactory/…/datafactory.json --service datafactory --operation IntegrationRuntimes_RegenerateAuthKey",
  ],
  run: (parsed, cwd) => runGenerate(parsed, cwd),
};

export const checkCommand: CommandSpec = {
  name: "check",
  summary: "Exit 1 and list the stale files when the output is not what `oagen generate` would write.",
  usage: "[SPEC_FILE_OR_DIR…]",
  flags: [...SPEC_FLAGS, ...OUTPUT_FLAGS],
  examples: ["oagen check", "oagen check --out packages/keys --format json"],
  run: (parsed, cwd) => runCheck(parsed, cwd),
};

/** The pipeline configuration of a generate/check/inspect invocation (flags over the config file). */
export async function configurationOf(opts: CommonOptions, cwd: string): Promise<{ config: PipelineConfig; loaded: LoadedConfig | undefined }> {
  const file = findConfigFile(cwd, opts.config);
  const loaded = file ? await readConfig(file, cwd) : undefined;
  const config = resolvePipelineConfig(
    {
      inputs: opts.positionals,
      ...(opts.out !== undefined ? { out: opts.out } : {}),
      ...(opts.service ? { service: opts.service } : {}),
      ...(opts.operations ? { operations: opts.operations } : {}),
      ...(opts.clientName ? { clientName: opts.clientName } : {}),
      ...(opts.credentialScopes ? { credentialScopes: opts.credentialScopes } : {}),
      ...(opts.specRoot ? { specRoot: opts.specRoot } : {}),
      ...(opts.typecheck ? { typecheck: true } : {}),
    },
    cwd,
    loaded,
  );
  return { config, loaded };
}

function outName(config: PipelineConfig): string {
  return path.relative(config.cwd, config.outDir).split(path.sep).join("/") || ".";
}

async function runGenerate(parsed: ParsedCommand, cwd: string): Promise<number> {
  const opts = commonOptionsOf(parsed.values, parsed.positionals);
  const { config } = await configurationOf(opts, cwd);
  if (opts.watch) return (await import("../watch.js")).runWatch(config, { format: opts.format, quiet: opts.quiet });
  return withOutputLockAsync(config.outDir, () => generate(opts, config));
}

async function generate(opts: CommonOptions, config: PipelineConfig): Promise<number> {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (!opts.force && isUpToDate(config)) {
    if (!opts.quiet) {
      const count = readManifestFileCount(config.outDir);
      process.stdout.write(`${outName(config)}: up to date, wrote 0 files${count === undefined ? "" : `, ${count} unchanged`}, ${seconds()} (no spec, config or oagen change; --force rebuilds)\n`);
    }
    return EXIT.ok;
  }
  const progress = startProgress(!opts.quiet && opts.format === "text");
  try {
    const { runPipeline } = await import("../../core/pipeline.js");
    // Each file is staged as the pipeline finishes it (write/stage.ts); the swap at the end commits them.
    const output = new OutputStage(config.outDir);
    let result;
    try {
      result = await runPipeline({ ...config, sink: output, onStage: (stage, count) => progress.stage(stage, count) });
    } catch (error) {
      output.discard();
      throw error;
    }
    progress.stage("write", result.outputs.length);
    const writeStarted = performance.now();
    const { changed, removed } = output.commit();
    const writeTime = performance.now() - writeStarted;
    progress.done();
    if (!opts.quiet) reportDiagnostics(result.warnings, opts.format, opts.verbose);
    if (opts.timings) printTimings({ ...result.timings, write: writeTime });
    if (!opts.quiet) {
      process.stdout.write((await import("../../release/index.js")).describeRelease(result.release));
      const services = [...new Set(result.ir.services.map((s) => s.name))];
      process.stdout.write(`${outName(config)}: wrote ${changed.length} file${changed.length === 1 ? "" : "s"}, ${result.outputs.length - changed.length} unchanged, ${removed.length} removed, ${seconds()} (${services.length} service${services.length === 1 ? "" : "s"}: ${services.join(", ")})\n`);
    }
    return EXIT.ok;
  } finally {
    progress.done();
  }
}

async function runCheck(parsed: ParsedCommand, cwd: string): Promise<number> {
  const opts = commonOptionsOf(parsed.values, parsed.positionals);
  const { config } = await configurationOf(opts, cwd);
  const progress = startProgress(!opts.quiet && opts.format === "text");
  const { runPipeline } = await import("../../core/pipeline.js");
  let result;
  try {
    result = await runPipeline({ ...config, onStage: (stage, count) => progress.stage(stage, count) });
  } finally {
    progress.done();
  }
  if (!opts.quiet) reportDiagnostics(result.warnings, opts.format, opts.verbose);
  if (opts.timings) printTimings(result.timings);
  const { changed, removed } = diffOutput(result.files, config.outDir);
  if (changed.length === 0 && removed.length === 0) {
    if (!opts.quiet) process.stdout.write(`${outName(config)} is up to date (${result.files.length} files).\n`);
    return EXIT.ok;
  }
  process.stdout.write(`${outName(config)} is stale; run \`oagen generate\`. Files that differ:\n` + [...changed.map((f) => `  changed  ${f}`), ...removed.map((f) => `  removed  ${f}`)].join("\n") + "\n");
  return EXIT.stale;
}

/** The fast path: the output's manifest records this exact input. Anything unreadable means "not known". */
function isUpToDate(config: PipelineConfig): boolean {
  // The manifest fingerprints the spec files only, not the files $refs reach: with operation selection or a
  // spec root (upstream specs spread over many files) always rebuild.
  if (config.operations || config.specRoot || Object.values(config.services ?? {}).some((s) => s.operations)) return false;
  try {
    const specFiles = specRefsOf(config).map((r) => r.absolutePath);
    return isOutputCurrent(config.outDir, computeFingerprint(specFiles, config.cwd, settingsKey(config)));
  } catch {
    return false;
  }
}

export function printTimings(timings: Record<string, number>): void {
  // Stages in the order they ran; `gc` (collections between stages, large inputs only) last.
  const entries = Object.entries(timings).sort(([a], [b]) => Number(a === "gc") - Number(b === "gc"));
  process.stderr.write(entries.map(([k, v]) => `${k.padEnd(8)} ${v.toFixed(0).padStart(6)} ms`).join("\n") + "\n");
}
