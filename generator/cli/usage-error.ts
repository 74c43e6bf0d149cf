/** A mistake on the command line (exit 2): the message names the mistake and, where one is near, the fix. */
export class UsageError extends Error {
  /** The command whose `--help` to point at. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}
