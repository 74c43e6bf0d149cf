/**
 * The command table. A new command is one entry here (a `CommandSpec` in commands/<name>.ts); a new flag is one
 * entry in its command's `flags`. Help, parsing and did-you-mean all read this table.
 */
import type { CommandSpec } from "./command-table.js";
import { compareCommand } from "./commands/compare.js";
import { diffCommand } from "./commands/diff.js";
import { checkCommand, generateCommand } from "./commands/generate.js";
import { initCommand } from "./commands/init.js";
import { inspectCommand } from "./commands/inspect.js";
import { mockCommand } from "./commands/mock.js";

export const COMMANDS: readonly CommandSpec[] = [generateCommand, checkCommand, diffCommand, initCommand, inspectCommand, mockCommand, compareCommand];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
