/** `oagen compare FRAGMENT UPSTREAM --operation ID [--credential-scopes SCOPE…] [--spec-root DIR] [--format json]`. */
import { parseCommand, type CommandSpec, type ParsedCommand } from "../command-table.js";
import { EXIT } from "../exit-codes.js";
import { reportDiagnostics } from "../report.js";
import { UsageError } from "../usage-error.js";

export const compareCommand: CommandSpec = {
  name: "compare",
  summary: "List how two specs differ for one operation (exit 1 when they do): our fragment against Azure's upstream file.",
  usage: "FRAGMENT UPSTREAM",
  flags: [
    { name: "operation", type: "string", value: "ID", description: "the operationId both files define (required)" },
    { name: "credential-scopes", type: "string", multiple: true, value: "SCOPE", description: "token scope when a spec declares none" },
    { name: "spec-root", type: "string", value: "DIR", description: "the folder the upstream file's $refs may read from" },
    { name: "format", type: "string", value: "text|json", description: "differences for people (default) or as JSON" },
    { name: "quiet", short: "q", type: "boolean", description: "print no warnings" },
  ],
  examples: ["oagen compare specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml ../azure-rest-api-specs/specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/datafactory.json --operation IntegrationRuntimes_RegenerateAuthKey"],
  run: (parsed, cwd) => compareParsed(parsed, cwd),
};

export async function runCompareCommand(args: string[], cwd: string): Promise<number> {
  return compareParsed(parseCommand(compareCommand, args), cwd);
}

async function compareParsed(parsed: ParsedCommand, cwd: string): Promise<number> {
  const values = parsed.values as { operation?: string; "credential-scopes"?: string[]; "spec-root"?: string; format?: string; quiet?: boolean };
  const [fragment, upstream, ...extra] = parsed.positionals;
  if (!fragment || !upstream || extra.length > 0) throw new UsageError("compare needs two spec files: oagen compare FRAGMENT UPSTREAM --operation ID");
  if (!values.operation) throw new UsageError("compare needs --operation ID (the operationId both files define)");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  const { compareOperation, formatDifference } = await import("../../compare/index.js");
  const result = await compareOperation({
    fragment,
    upstream,
    operationId: values.operation,
    cwd,
    ...(values["credential-scopes"] ? { credentialScopes: values["credential-scopes"] } : {}),
    ...(values["spec-root"] ? { specRoot: values["spec-root"] } : {}),
  });
  if (!values.quiet) reportDiagnostics(result.warnings, format);
  if (format === "json") {
    process.stdout.write(JSON.stringify({ operationId: values.operation, equal: result.differences.length === 0, differences: result.differences }, null, 2) + "\n");
  } else if (result.differences.length === 0) {
    process.stdout.write(`${values.operation}: no differences.\n`);
  } else {
    process.stdout.write(`${values.operation}: ${result.differences.length} difference${result.differences.length === 1 ? "" : "s"} (fragment → upstream)\n` + result.differences.map((d) => `  ${formatDifference(d)}\n`).join(""));
  }
  return result.differences.length === 0 ? EXIT.ok : EXIT.stale;
}
