/** How the CLI prints diagnostics and failures: one paragraph per problem, or JSON with `--format json`. */
import { diagnosticsToJson, renderDiagnostics, type Diagnostic } from "../diagnostics/index.js";

export type OutputFormat = "text" | "json";

export function reportDiagnostics(diagnostics: readonly Diagnostic[], format: OutputFormat): void {
  if (diagnostics.length === 0) return;
  process.stderr.write((format === "json" ? diagnosticsToJson(diagnostics) : renderDiagnostics(diagnostics)) + "\n");
}

export function reportInternalError(error: unknown, format: OutputFormat): void {
  const message = error instanceof Error ? error.message : String(error);
  if (format === "json") {
    process.stderr.write(JSON.stringify({ internalError: message }, null, 2) + "\n");
    return;
  }
  process.stderr.write(`oagen: internal error — this is a bug in oagen, not in your spec.\n${message}\n`);
  if (process.env["OAGEN_DEBUG"] && error instanceof Error && error.stack) process.stderr.write(error.stack + "\n");
}
