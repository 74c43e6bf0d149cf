/** Diagnostics as text for people (one paragraph each) or as JSON for editors and CI annotations. */
import type { Diagnostic } from "./diagnostic.js";

export function renderDiagnostic(d: Diagnostic): string {
  const where = [d.file + (d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ""), d.pointer ? `at ${d.pointer}` : ""]
    .filter(Boolean)
    .join(" ");
  const text = `${d.severity} [${d.code}] ${where}\n  ${d.message}` + (d.hint ? `\n  Fix: ${d.hint}` : "");
  return sanitizeForTerminal(text);
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(renderDiagnostic).join("\n\n");
}

export function diagnosticsToJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify({ diagnostics }, null, 2);
}

/** Spec text can hold terminal escape sequences; never print them raw. */
function sanitizeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
