/**
 * Completes diagnostics made where the source text is not at hand (the emitters see only the IR): each one
 * without a line and column gets them from its file's locator — the position of its JSON pointer, or 1:1 for
 * the file as a whole. Diagnostics of files without a locator (a missing file, a folder) are left as they are.
 */
import type { Diagnostic } from "./diagnostic.js";

export type LocatePointer = (pointer: string) => { line: number; column: number } | undefined;

export function locateDiagnostics(diagnostics: readonly Diagnostic[], locatorOf: (file: string) => LocatePointer | undefined): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.line !== undefined) return d;
    const locate = locatorOf(d.file);
    if (!locate) return d;
    const position = (d.pointer !== "" ? locate(d.pointer) : undefined) ?? { line: 1, column: 1 };
    return { ...d, line: position.line, column: position.column };
  });
}
