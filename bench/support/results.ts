/** Appending a benchmark run to its section of bench/RESULTS.md (the section is created at the end when missing). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function withRun(results: string, sectionTitle: string, run: string): string {
  const heading = `\n## ${sectionTitle}\n`;
  const start = results.indexOf(heading);
  if (start === -1) return `${results.trimEnd()}\n${heading}\n${run}`;
  const next = results.indexOf("\n## ", start + heading.length);
  const end = next === -1 ? results.length : next;
  return `${results.slice(0, end).trimEnd()}\n\n${run}${results.slice(end)}`;
}

export function appendRun(resultsFile: string, sectionTitle: string, run: string): void {
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "# Benchmark results\n";
  writeFileSync(resultsFile, withRun(current, sectionTitle, run));
}
