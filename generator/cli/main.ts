/**
 * The oagen CLI: finds the command in the table (commands.ts), parses its flags and calls the same functions the
 * tests call. Exit codes in exit-codes.ts; user mistakes print diagnostics or a one-line usage error with the
 * nearest command or flag, never stack traces. The heavy pipeline (TypeScript, prettier, the parser) is imported
 * only when there is work to do: an up-to-date `generate` costs a hash of its inputs.
 */
import { SpecError } from "../diagnostics/index.js";
import { oagenVersion } from "../util/package-root.js";
import { suggest } from "../util/suggest.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";
import { parseCommand, renderCommandHelp } from "./command-table.js";
import { COMMANDS, findCommand } from "./commands.js";
import { EXIT } from "./exit-codes.js";
import { reportDiagnostics, reportInternalError, type OutputFormat } from "./report.js";
import { UsageError } from "./usage-error.js";

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  const [name, ...rest] = argv;
  const format: OutputFormat = rest.includes("--format=json") || rest.join(" ").includes("--format json") ? "json" : "text";
  try {
    if (name === "--version" || name === "-v" || name === "version") {
      process.stdout.write(`${oagenVersion()}\n`);
      return EXIT.ok;
    }
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      const topic = name === "help" && rest[0] ? findCommand(rest[0]) : undefined;
      process.stdout.write((topic ? renderCommandHelp(topic) : renderGlobalHelp()) + "\n");
      return name === undefined ? EXIT.badInput : EXIT.ok;
    }
    const command = findCommand(name);
    if (!command) {
      const near = suggest(name, COMMANDS.map((c) => c.name));
      throw new UsageError(`unknown command "${name}"` + (near ? `; did you mean "${near}"?` : `; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`));
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(renderCommandHelp(command) + "\n");
      return EXIT.ok;
    }
    const parsed = parseCommand(command, rest);
    return await command.run(parsed, cwd);
  } catch (error) {
    if (error instanceof SpecError) {
      reportDiagnostics(error.diagnostics, format);
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      const topic = error.command ?? (findCommand(name ?? "") ? name : undefined);
      process.stderr.write(`oagen: ${error.message}\n` + (topic ? `Run \`oagen ${topic} --help\` for its flags and an example.\n` : "Run `oagen --help` for the commands.\n"));
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

export function renderGlobalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `oagen ${oagenVersion()}: typed TypeScript clients, validators and mocks from OpenAPI descriptions of Azure services.`,
    "",
    "Usage: oagen <command> [flags]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Flags:",
    "  -h, --help      help for oagen, or for a command (oagen generate --help)",
    "  -v, --version   print oagen's version",
    "",
    "Config: oagen.config.json (or .ts/.mjs with defineConfig) in the working directory; flags override it.",
    "Exit codes: 0 success, 1 check found differences, 2 bad input (spec, config or arguments), 3 internal error;",
    "  diff: 0 no changes, 1 non-breaking changes only, 4 breaking changes.",
    "",
    "Examples:",
    "  npx oagen init && npx oagen generate",
    "  npx oagen generate --force --timings",
    "  npx oagen check --format json",
    "  npx oagen diff specs/datafactory/2018-06-01 specs/datafactory/2019-06-01",
  ].join("\n");
}
