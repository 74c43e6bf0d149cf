/**
 * `oagen diff --json`: the DiffReport (types.ts), keys in a fixed order, two-space indented, one trailing newline.
 * The format is documented in docs/diff.md and versioned by `oagenDiff`.
 */
import type { DiffReport } from "./types.js";

export function renderDiffJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
