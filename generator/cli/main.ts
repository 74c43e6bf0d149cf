/**
 * The oagen CLI: parses arguments and calls the same functions the tests call. Exit codes in exit-codes.ts;
 * user mistakes print diagnostics, never stack traces. The heavy pipeline (TypeScript, prettier, the
 * parser) is imported only when there is work to do: an up-to-date `generate` costs a hash of its inputs.
 */
import path from "node:path";
import { discoverSpecFiles } from "../core/discover.js";
import { SpecError } from "../diagnostics/index.js";
import { computeFingerprint } from "../write/fingerprint.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { withOutputLockAsync } from "../write/lock.js";
import { isOutputCurrent } from "../write/manifest.js";
import { diffOutput, writeOutput } from "../write/write-output.js";
import { parseCommonArgs, UsageError, USAGE, type CommonOptions } from "./args.js";
import { EXIT } from "./exit-codes.js";
import { reportDiagnostics, reportInternalError, type OutputFormat } from "./report.js";

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  const [command, ...rest] = argv;
  let format: OutputFormat = rest.includes("--format=json") || rest.join(" ").includes("--format json") ? "json" : "text";
  try {
    switch (command) {
      case "generate":
      case "check": {
        const opts = parseCommonArgs(rest);
        format = opts.format;
        if (command === "generate" && opts.watch) return await (await import("./watch.js")).runWatch(pipelineConfig(opts, cwd), { format, quiet: opts.quiet });
        return command === "generate" ? await withOutputLockAsync(pipelineConfig(opts, cwd).outDir, () => generate(opts, cwd)) : await check(opts, cwd);
      }
      case "inspect": {
        const opts = parseCommonArgs(rest);
        format = opts.format;
        if (opts.positionals.length === 0) throw new UsageError("inspect needs a spec file or folder");
        const { loadAndModel } = await import("../core/pipeline.js");
        const { ir, warnings } = await loadAndModel({ ...pipelineConfig(opts, cwd), inputs: opts.positionals });
        if (!opts.quiet) reportDiagnostics(warnings, format);
        process.stdout.write(JSON.stringify(ir, null, 2) + "\n");
        return EXIT.ok;
      }
      case "diff":
        return await (await import("./diff.js")).runDiffCommand(rest, cwd);
      case "compare":
        return await (await import("./compare.js")).runCompareCommand(rest, cwd);
      case "mock": {
        const { runMockCommand } = await import("./mock.js");
        return await runMockCommand(rest);
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE + "\n");
        return command === undefined ? EXIT.badInput : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof SpecError) {
      reportDiagnostics(error.diagnostics, format);
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`oagen: ${error.message}\n\n${USAGE}\n`);
      return EXIT.badInput;
    }
    if (error instanceof GeneratedCodeError) {
      reportInternalError(error, format);
      return EXIT.internal;
    }
    reportInternalError(error, format);
    return EXIT.internal;
  }
}

function pipelineConfig(opts: CommonOptions, cwd: string) {
  const { operations, clientName, credentialScopes, specRoot } = opts;
  const settings = { ...(operations ? { operations } : {}), ...(clientName ? { clientName } : {}), ...(credentialScopes ? { credentialScopes } : {}), ...(specRoot ? { specRoot } : {}) };
  return { inputs: opts.positionals.length > 0 ? opts.positionals : ["specs"], outDir: path.resolve(cwd, opts.out), cwd, ...(opts.service ? { service: opts.service } : {}), ...(opts.typecheck ? { typecheck: true } : {}), ...settings };
}

async function generate(opts: CommonOptions, cwd: string): Promise<number> {
  const config = pipelineConfig(opts, cwd);
  if (!opts.force && isUpToDate(config)) {
    if (!opts.quiet) process.stdout.write(`${opts.out} is up to date: no spec or generator change since it was generated (--force rebuilds).\n`);
    return EXIT.ok;
  }
  const { runPipeline } = await import("../core/pipeline.js");
  const result = await runPipeline(config);
  if (!opts.quiet) reportDiagnostics(result.warnings, opts.format);
  if (opts.timings) printTimings(result.timings);
  const { changed, removed } = writeOutput(result.files, config.outDir);
  if (!opts.quiet) {
    const services = result.ir.services.map((s) => `${s.name} ${s.apiVersion}`).join(", ");
    process.stdout.write((await import("../release/index.js")).describeRelease(result.release));
    process.stdout.write(`Generated ${opts.out} from ${result.ir.services.length} services (${services}): ${changed.length} files written, ${removed.length} removed, ${result.files.length - changed.length} unchanged.\n`);
  }
  return EXIT.ok;
}

async function check(opts: CommonOptions, cwd: string): Promise<number> {
  const config = pipelineConfig(opts, cwd);
  const { runPipeline } = await import("../core/pipeline.js");
  const result = await runPipeline(config);
  if (!opts.quiet) reportDiagnostics(result.warnings, opts.format);
  if (opts.timings) printTimings(result.timings);
  const { changed, removed } = diffOutput(result.files, config.outDir);
  if (changed.length === 0 && removed.length === 0) {
    if (!opts.quiet) process.stdout.write(`${opts.out} is up to date (${result.files.length} files).\n`);
    return EXIT.ok;
  }
  process.stdout.write(`${opts.out} is stale; run \`oagen generate\`. Files that differ:\n` + [...changed.map((f) => `  changed  ${f}`), ...removed.map((f) => `  removed  ${f}`)].join("\n") + "\n");
  return EXIT.stale;
}

/** The fast path: the output's manifest records this exact input. Anything unreadable means "not known". */
function isUpToDate(config: ReturnType<typeof pipelineConfig>): boolean {
  // The manifest fingerprints the spec files only, not these settings nor the files $refs reach: rebuild.
  if (config.operations || config.clientName || config.credentialScopes || config.specRoot) return false;
  try {
    const specFiles = discoverSpecFiles(config.inputs, config.cwd, config.service).map((r) => r.absolutePath);
    return isOutputCurrent(config.outDir, computeFingerprint(specFiles, config.cwd));
  } catch {
    return false;
  }
}

function printTimings(timings: Record<string, number>): void {
  process.stderr.write(Object.entries(timings).map(([k, v]) => `${k.padEnd(8)} ${v.toFixed(0).padStart(6)} ms`).join("\n") + "\n");
}
