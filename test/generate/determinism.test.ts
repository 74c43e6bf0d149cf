/** Same specs → byte-identical output, in any folder, on every run; a second generate writes nothing. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../generator/core/index.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "oagen-det-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const readTree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]),
  );

describe("determinism", () => {
  it("generates byte-identical packages into two folders, with no absolute paths or timestamps", async () => {
    const a = path.join(tmp, "a", "out");
    const b = path.join(tmp, "b", "nested", "out");
    writeOutput((await runPipeline({ inputs: ["specs"], outDir: a, cwd: REPO_ROOT })).files, a);
    writeOutput((await runPipeline({ inputs: ["specs"], outDir: b, cwd: REPO_ROOT })).files, b);
    const treeA = readTree(a);
    expect(Object.keys(treeA).length).toBeGreaterThan(20);
    expect(readTree(b)).toEqual(treeA);
    const all = Object.values(treeA).join("\n");
    expect(all).not.toContain(REPO_ROOT);
    expect(all).not.toContain(tmp);
    expect(all).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d/);
  }, 120_000);

  it("writes nothing when the output is already up to date", async () => {
    const a = path.join(tmp, "a", "out");
    const result = writeOutput((await runPipeline({ inputs: ["specs"], outDir: a, cwd: REPO_ROOT })).files, a);
    expect(result).toEqual({ changed: [], removed: [] });
  }, 120_000);
});
