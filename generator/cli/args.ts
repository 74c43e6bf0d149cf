/** Command-line parsing. Unknown options are errors (exit 2), never ignored. */
import { parseArgs } from "node:util";
import type { OutputFormat } from "./report.js";

export interface CommonOptions {
  out: string;
  service?: string;
  format: OutputFormat;
  timings: boolean;
  quiet: boolean;
  force: boolean;
  typecheck: boolean;
  positionals: string[];
}

export class UsageError extends Error {}

export function parseCommonArgs(args: string[]): CommonOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        service: { type: "string" },
        format: { type: "string" },
        timings: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        force: { type: "boolean" },
        typecheck: { type: "boolean" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  return {
    out: parsed.values.out ?? "generated",
    ...(parsed.values.service ? { service: parsed.values.service } : {}),
    format,
    timings: parsed.values.timings ?? false,
    quiet: parsed.values.quiet ?? false,
    force: parsed.values.force ?? false,
    typecheck: parsed.values.typecheck ?? false,
    positionals: parsed.positionals,
  };
}

export const USAGE = `Usage: oagen <command> [options]

Commands:
  generate [SPEC_FILE_OR_DIR…] [--out DIR] [--service NAME]   generate the package (default specs/ → generated/)
  check [SPEC_FILE_OR_DIR…] [--out DIR]                       exit 1 when DIR is not what generate would write
  inspect SPEC [--service NAME]                               print the intermediate model as JSON
  mock [--port 4010] [--tls]                                  serve every operation from the mock fixtures

Options:
  --format text|json   diagnostics for people (default) or as JSON for editors and CI
  --timings            print how long each stage took
  --quiet, -q          print nothing but problems
  --force              generate: rebuild even when the output's manifest shows nothing changed
  --typecheck          generate/check: also type-check the whole output with tsc --strict (not needed to write)

Exit codes: 0 success, 1 check found differences, 2 bad input, 3 internal error.`;
