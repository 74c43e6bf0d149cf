/** How the CLI prints diagnostics and failures: one paragraph per problem, or JSON with `--format json`. */
import { diagnosticsToJson, renderDiagnostics, type Diagnostic } from "../diagnostics/index.js";

export type OutputFormat = "text" | "json";

/**
 * Prints diagnostics to stderr. Notes (`info`: a spec feature oagen reads but does not apply, for instance) appear in
 * text only with `--verbose`, so a build that runs in every downstream package stays quiet; JSON always has them.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], format: OutputFormat, verbose = false): void {
  const shown = format === "json" || verbose ? diagnostics : diagnostics.filter((d) => d.severity !== "info");
  if (shown.length === 0) return;
  process.stderr.write((format === "json" ? diagnosticsToJson(shown) : renderDiagnostics(shown)) + "\n");
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
