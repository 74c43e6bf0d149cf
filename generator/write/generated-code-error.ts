/** Generated code that does not type-check: a bug in oagen, never in the user's spec (exit 3). */
export class GeneratedCodeError extends Error {
  constructor(readonly diagnostics: string) {
    super(`generated code does not type-check (this is an oagen bug):\n${diagnostics}`);
    this.name = "GeneratedCodeError";
  }
}
