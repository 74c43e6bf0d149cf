/** `oagen inspect SPEC`: print the intermediate model (IR) as JSON. */
import { commonOptionsOf, OUTPUT_FLAGS, SPEC_FLAGS } from "../args.js";
import type { CommandSpec } from "../command-table.js";
import { EXIT } from "../exit-codes.js";
import { reportDiagnostics } from "../report.js";
import { UsageError } from "../usage-error.js";
import { configurationOf } from "./generate.js";

export const inspectCommand: CommandSpec = {
  name: "inspect",
  summary: "Print the intermediate model (IR) of a spec as JSON: what oagen understood, before any code is written.",
  usage: "SPEC_FILE_OR_DIR…",
  flags: [...SPEC_FLAGS.filter((f) => f.name !== "out" && f.name !== "typecheck"), ...OUTPUT_FLAGS.filter((f) => f.name !== "timings")],
  examples: ["oagen inspect specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml", "oagen inspect specs | jq '.services[].operations[].operationId'"],
  async run(parsed, cwd) {
    const opts = commonOptionsOf(parsed.values, parsed.positionals);
    if (opts.positionals.length === 0) throw new UsageError("inspect needs a spec file or folder", "inspect");
    const { config } = await configurationOf(opts, cwd);
    const { loadAndModel } = await import("../../core/pipeline.js");
    const { ir, warnings } = await loadAndModel(config);
    if (!opts.quiet) reportDiagnostics(warnings, opts.format, opts.verbose);
    process.stdout.write(JSON.stringify(ir, null, 2) + "\n");
    return EXIT.ok;
  },
};
