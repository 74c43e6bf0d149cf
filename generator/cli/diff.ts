/**
 * `oagen diff OLD NEW [--json] [--format json] [--quiet]`: what changed between two specs for a TypeScript caller.
 * Exit 0: no changes; 1: non-breaking changes only; 4: breaking changes (so CI can gate on it); 2: bad input.
 */
import { parseArgs } from "node:util";
import { UsageError } from "./args.js";
import { EXIT } from "./exit-codes.js";
import { reportDiagnostics } from "./report.js";


export async function runDiffCommand(args: string[], cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: "boolean" }, format: { type: "string" }, quiet: { type: "boolean", short: "q" } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [before, after, ...extra] = parsed.positionals;
  if (!before || !after || extra.length > 0) throw new UsageError("diff needs two specs (files or folders): oagen diff OLD NEW [--json]");
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  const { diffSpecs, renderDiffJson, renderDiffText } = await import("../diff/index.js");
  const { report, warnings } = await diffSpecs({ old: before, new: after, cwd });
  if (!parsed.values.quiet) reportDiagnostics(warnings, format);
  process.stdout.write(parsed.values.json ? renderDiffJson(report) : renderDiffText(report));
  return diffExitCode(report.summary);
}

export function diffExitCode(summary: { breaking: number; nonBreaking: number }): number {
  if (summary.breaking > 0) return EXIT.breaking;
  return summary.nonBreaking > 0 ? EXIT.nonBreaking : EXIT.ok;
}
