/** The report for people: one line per change, breaking ones first, ending with the semver bump. */
import type { DiffReport } from "./types.js";

export function renderDiffText(report: DiffReport): string {
  const lines: string[] = [];
  const breaking = report.changes.filter((c) => c.severity === "breaking");
  const compatible = report.changes.filter((c) => c.severity !== "breaking");
  for (const [title, list] of [["Breaking changes", breaking], ["Non-breaking changes", compatible]] as const) {
    if (list.length === 0) continue;
    lines.push(`${title} (${list.length}):`);
    for (const c of list) {
      lines.push(`  [${c.code}] ${c.service}: ${c.message}`);
      if (c.old) lines.push(`      old: ${c.old.file}#${c.old.pointer.replace(/^#/, "")}`);
      if (c.new) lines.push(`      new: ${c.new.file}#${c.new.pointer.replace(/^#/, "")}`);
    }
    lines.push("");
  }
  if (report.changes.length === 0) lines.push("No changes.");
  const { breaking: b, nonBreaking: n, bump } = report.summary;
  lines.push(`${b} breaking, ${n} non-breaking. Implied semver bump: ${bump}.`);
  return lines.join("\n") + "\n";
}
