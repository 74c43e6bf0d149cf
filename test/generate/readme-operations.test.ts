/**
 * The README's table of entries names a service's operations up to a dozen; a larger API gets its first ten and a
 * count (a table cell of 1,000 names helps no reader, and made prettier the slowest part of formatting).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeSyntheticSpec, printSyntheticSpec } from "../../bench/synthetic/synthetic-spec.ts";
import { loadAndModel } from "../../generator/core/index.ts";
import { emitPackage } from "../../generator/emit/index.ts";
import { operationsCell } from "../../generator/emit/package-files.ts";
import { planPackage } from "../../generator/plan/index.ts";

async function readmeRow(operations: number): Promise<{ row: string; names: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "oagen-readme-"));
  try {
    const file = path.join(dir, "synthetic.yaml");
    writeFileSync(file, printSyntheticSpec(makeSyntheticSpec({ operations, groupSize: 3 })));
    const { ir } = await loadAndModel({ inputs: [file], cwd: dir });
    const readme = emitPackage(ir, planPackage(ir)).find((u) => u?.kind === "text" && u.path === "README.md");
    if (readme?.kind !== "text") throw new Error("no README");
    const row = readme.contents.split("\n").find((l) => l.startsWith("| `azure-keys/synthetic`"))!;
    const names = ir.services[0]!.operations.map((o) => `\`${o.group}.${o.method}\``);
    return { row, names };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("README operations cell", () => {
  it("names every operation of a service with a dozen or fewer", async () => {
    const { row, names } = await readmeRow(12);
    expect(names).toHaveLength(12);
    expect(row).toContain(`| ${names.join(", ")} |`);
  });

  it("names the first ten of a larger service and counts the rest", async () => {
    const { row, names } = await readmeRow(40);
    expect(row).toContain(`| ${names.slice(0, 10).join(", ")} and 30 more (40 in all) |`);
    expect(row).not.toContain(names[10]!);
  });

  it("writes counts with thousands separators, the same on every machine", () => {
    const names = Array.from({ length: 1_013 }, (_, i) => `\`g.op${i}\``);
    expect(operationsCell(names)).toBe(`${names.slice(0, 10).join(", ")} and 1,003 more (1,013 in all)`);
  });
});
