/** `oagen compare FRAGMENT UPSTREAM --operation ID [--credential-scopes SCOPE…] [--spec-root DIR] [--format json]`. */
import { parseArgs } from "node:util";
import { EXIT } from "./exit-codes.js";
import { reportDiagnostics } from "./report.js";
import { UsageError } from "./args.js";

export async function runCompareCommand(args: string[], cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { operation: { type: "string" }, "credential-scopes": { type: "string", multiple: true }, "spec-root": { type: "string" }, format: { type: "string" }, quiet: { type: "boolean", short: "q" } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [fragment, upstream, ...extra] = parsed.positionals;
  if (!fragment || !upstream || extra.length > 0) throw new UsageError("compare needs two spec files: oagen compare FRAGMENT UPSTREAM --operation ID");
  if (!parsed.values.operation) throw new UsageError("compare needs --operation ID (the operationId both files define)");
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  const { compareOperation, formatDifference } = await import("../compare/index.js");
  const result = await compareOperation({
    fragment,
    upstream,
    operationId: parsed.values.operation,
    cwd,
    ...(parsed.values["credential-scopes"] ? { credentialScopes: parsed.values["credential-scopes"] } : {}),
    ...(parsed.values["spec-root"] ? { specRoot: parsed.values["spec-root"] } : {}),
  });
  if (!parsed.values.quiet) reportDiagnostics(result.warnings, format);
  if (format === "json") {
    process.stdout.write(JSON.stringify({ operationId: parsed.values.operation, equal: result.differences.length === 0, differences: result.differences }, null, 2) + "\n");
  } else if (result.differences.length === 0) {
    process.stdout.write(`${parsed.values.operation}: no differences.\n`);
  } else {
    process.stdout.write(`${parsed.values.operation}: ${result.differences.length} difference${result.differences.length === 1 ? "" : "s"} (fragment → upstream)\n` + result.differences.map((d) => `  ${formatDifference(d)}\n`).join(""));
  }
  return result.differences.length === 0 ? EXIT.ok : EXIT.stale;
}
