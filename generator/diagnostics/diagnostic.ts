/**
 * Diagnostics: problems in a user's spec, written for people. Every one names the file, the JSON pointer,
 * the line and column where known, what is wrong and how to fix it. Codes are stable (tools match on them).
 */
/** `info`: nothing is wrong, but oagen reads the spec differently from what it may expect (never fails a run). */
export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case code, e.g. `yaml-syntax`, `dangling-ref`, `undeclared-path-parameter`, `invalid-regex`. */
  code: string;
  /** Spec file path as given on the command line (relative paths stay relative). */
  file: string;
  /** JSON pointer into the spec (`#/paths/~1a/get`); "" for the whole file. */
  pointer: string;
  line?: number;
  column?: number;
  /** What is wrong, in one or two sentences. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** Thrown for problems in the input (exit code 2). Carries every diagnostic found, not only the first. */
export class SpecError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("\n"));
    this.name = "SpecError";
    this.diagnostics = diagnostics;
  }
}

/** Sort for stable output: file, line, column, pointer, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    (a.line ?? Infinity) - (b.line ?? Infinity) ||
    (a.column ?? Infinity) - (b.column ?? Infinity) ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.code, b.code)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
