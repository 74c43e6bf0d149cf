/**
 * The oagen CLI: parses arguments and calls the same pure functions the tests call. Exit codes in
 * exit-codes.ts; user mistakes print diagnostics, never stack traces.
 */
import path from "node:path";
import { loadAndModel, runPipeline } from "../core/index.js";
import { SpecError } from "../diagnostics/index.js";
import { GeneratedCodeError } from "../write/compile.js";
import { diffOutput, writeOutput } from "../write/write-output.js";
import { parseCommonArgs, UsageError, USAGE } from "./args.js";
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
        const outDir = path.resolve(cwd, opts.out);
        const inputs = opts.positionals.length > 0 ? opts.positionals : ["specs"];
        const result = await runPipeline({ inputs, outDir, cwd, ...(opts.service ? { service: opts.service } : {}) });
        if (!opts.quiet) reportDiagnostics(result.warnings, format);
        if (opts.timings) process.stderr.write(Object.entries(result.timings).map(([k, v]) => `${k.padEnd(8)} ${v.toFixed(0).padStart(6)} ms`).join("\n") + "\n");
        if (command === "check") {
          const { changed, removed } = diffOutput(result.files, outDir);
          if (changed.length === 0 && removed.length === 0) {
            if (!opts.quiet) process.stdout.write(`${opts.out} is up to date (${result.files.length} files).\n`);
            return EXIT.ok;
          }
          process.stdout.write(`${opts.out} is stale; run \`oagen generate\`. Files that differ:\n` + [...changed.map((f) => `  changed  ${f}`), ...removed.map((f) => `  removed  ${f}`)].join("\n") + "\n");
          return EXIT.stale;
        }
        const { changed, removed } = writeOutput(result.files, outDir);
        if (!opts.quiet) {
          const services = result.ir.services.map((s) => s.name).join(", ");
          process.stdout.write(`Generated ${opts.out} from ${result.ir.services.length} services (${services}): ${changed.length} files written, ${removed.length} removed, ${result.files.length - changed.length} unchanged.\n`);
        }
        return EXIT.ok;
      }
      case "inspect": {
        const opts = parseCommonArgs(rest);
        format = opts.format;
        if (opts.positionals.length === 0) throw new UsageError("inspect needs a spec file or folder");
        const { ir, warnings } = await loadAndModel({ inputs: opts.positionals, cwd, ...(opts.service ? { service: opts.service } : {}) });
        if (!opts.quiet) reportDiagnostics(warnings, format);
        process.stdout.write(JSON.stringify(ir, null, 2) + "\n");
        return EXIT.ok;
      }
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
