/**
 * `oagen diff OLD NEW [--json] [--format json] [--quiet]`: what changed between two specs for a TypeScript caller.
 * Exit 0: no changes; 1: non-breaking changes only; 4: breaking changes (so CI can gate on it); 2: bad input.
 */
import { parseCommand, type CommandSpec, type ParsedCommand } from "../command-table.js";
import { EXIT } from "../exit-codes.js";
import { reportDiagnostics } from "../report.js";
import { UsageError } from "../usage-error.js";

export const diffCommand: CommandSpec = {
  name: "diff",
  summary: "List what changed between two specs for a TypeScript caller, breaking or not (exit 0 none, 1 non-breaking, 4 breaking).",
  usage: "OLD NEW",
  details:
    "OLD and NEW are spec files or folders, OpenAPI 3.x or Swagger 2.0: their models are compared, not the documents.\n" +
    "Each change names the operation or schema and the JSON pointer in both specs; the report ends with the semver\n" +
    "bump it implies (major/minor/patch). docs/diff.md documents the classes and the --json document.",
  flags: [
    { name: "json", type: "boolean", description: "print the stable, documented JSON report instead of text" },
    { name: "format", type: "string", value: "text|json", description: "diagnostics for people (default) or as JSON" },
    { name: "quiet", short: "q", type: "boolean", description: "print no warnings" },
  ],
  examples: ["oagen diff specs/datafactory/2018-06-01 specs/datafactory/2019-06-01", "oagen diff old.json new.json --json > changes.json"],
  run: (parsed, cwd) => diffParsed(parsed, cwd),
};

export async function runDiffCommand(args: string[], cwd: string): Promise<number> {
  return diffParsed(parseCommand(diffCommand, args), cwd);
}

async function diffParsed(parsed: ParsedCommand, cwd: string): Promise<number> {
  const values = parsed.values as { json?: boolean; format?: string; quiet?: boolean };
  const [before, after, ...extra] = parsed.positionals;
  if (!before || !after || extra.length > 0) throw new UsageError("diff needs two specs (files or folders): oagen diff OLD NEW [--json]");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  const { diffSpecs, renderDiffJson, renderDiffText } = await import("../../diff/index.js");
  const { report, warnings } = await diffSpecs({ old: before, new: after, cwd });
  if (!values.quiet) reportDiagnostics(warnings, format);
  process.stdout.write(values.json ? renderDiffJson(report) : renderDiffText(report));
  return diffExitCode(report.summary);
}

export function diffExitCode(summary: { breaking: number; nonBreaking: number }): number {
  if (summary.breaking > 0) return EXIT.breaking;
  return summary.nonBreaking > 0 ? EXIT.nonBreaking : EXIT.ok;
}
