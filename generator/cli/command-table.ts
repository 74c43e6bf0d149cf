/**
 * The shape of a command: its name, one-line summary, usage, flags and examples. `commands.ts` lists them; parsing,
 * `--help` for every command, did-you-mean on unknown commands and flags all read this table, so a new command
 * is one entry there and a new flag one entry in its command's `flags`.
 */
import { parseArgs } from "node:util";
import { suggest } from "../util/suggest.js";
import { UsageError } from "./usage-error.js";

export interface FlagSpec {
  name: string;
  short?: string;
  type: "string" | "boolean";
  /** Repeatable (`--operation A --operation B`). */
  multiple?: boolean;
  /** The value's placeholder in help (`DIR`). */
  value?: string;
  description: string;
}

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

export interface ParsedCommand {
  values: FlagValues;
  positionals: string[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Arguments after the command name (`[SPEC_FILE_OR_DIR…]`). */
  usage: string;
  flags: readonly FlagSpec[];
  examples: readonly string[];
  /** A longer description for `--help` (optional). */
  details?: string;
  run(parsed: ParsedCommand, cwd: string): Promise<number>;
}

export const HELP_FLAG: FlagSpec = { name: "help", short: "h", type: "boolean", description: "show this help" };

/** Parses a command's arguments strictly: an unknown flag is a UsageError naming the nearest known flag. */
export function parseCommand(command: CommandSpec, args: readonly string[]): ParsedCommand {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const flag of [...command.flags, HELP_FLAG]) {
    options[flag.name] = { type: flag.type, ...(flag.short ? { short: flag.short } : {}), ...(flag.multiple ? { multiple: true } : {}) };
  }
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values as FlagValues, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(describeParseError(command, error as Error & { code?: string }));
  }
}

function describeParseError(command: CommandSpec, error: Error & { code?: string }): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (unknown) {
    const names = command.flags.map((f) => `--${f.name}`);
    const near = suggest(unknown.startsWith("--") ? unknown : `--${unknown.replace(/^-+/, "")}`, names);
    return `unknown flag "${unknown}" for \`oagen ${command.name}\`` + (near ? `; did you mean "${near}"?` : "");
  }
  const missing = /Option '([^']+)' argument missing/.exec(error.message)?.[1];
  if (missing) return `${missing.replace(/^-\w, /, "")} needs a value`;
  const needless = /Option '([^']+)' does not take an argument/.exec(error.message)?.[1];
  if (needless) return `${needless.replace(/^-\w, /, "")} takes no value`;
  return error.message;
}

/** `oagen <command> --help`. */
export function renderCommandHelp(command: CommandSpec): string {
  const flags = [...command.flags, HELP_FLAG];
  const left = flags.map((f) => `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.value ? ` ${f.value}` : ""}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  const lines = [
    `Usage: oagen ${command.name}${command.usage ? ` ${command.usage}` : ""} [flags]`,
    "",
    command.summary,
    ...(command.details ? ["", command.details] : []),
    "",
    "Flags:",
    ...flags.map((f, i) => `  ${left[i]!.padEnd(width)}${f.description}${f.multiple ? " (repeatable)" : ""}`),
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${e}`),
  ];
  return lines.join("\n");
}
