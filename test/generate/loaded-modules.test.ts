/**
 * What a generate run loads: the printed files are written with code-block-writer alone (emit/print-file.ts), so a
 * run on the repository's specs never loads ts-morph or the TypeScript compiler inside it (half a second of every
 * run, even from V8's code cache). A file with a structure print-file.ts does not write still prints, through
 * ts-morph, loaded then. Counted by the modules the process loaded, never by time.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";

const temp = mkdtempSync(path.join(tmpdir(), "oagen-loaded-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const hook = path.join(temp, "hook.mjs");
writeFileSync(
  hook,
  `import Module from "node:module";
import { writeFileSync } from "node:fs";
process.on("exit", () => writeFileSync(process.env.LOADED_REPORT, JSON.stringify(Object.keys(Module._cache))));
`,
);

function generate(input: string, name: string, extra: string[] = []): string[] {
  const report = path.join(temp, `${name}.json`);
  const child = spawnSync(process.execPath, ["--import", hook, path.join(REPO_ROOT, "generator/bin/oagen.js"), "generate", input, "--out", path.join(temp, name), "--quiet", ...extra], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOADED_REPORT: report, OAGEN_CACHE_DIR: path.join(temp, `${name}-cache`) },
    encoding: "utf8",
  });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return (JSON.parse(readFileSync(report, "utf8")) as string[]).map((file) => file.split(path.sep).join("/"));
}

const compiler = (files: string[]) => files.filter((file) => /\/node_modules\/(typescript|ts-morph|@ts-morph)\//.test(file));

describe("a generate run", () => {
  it("on the repository's specs loads neither ts-morph nor TypeScript", () => {
    const loaded = generate("specs", "specs");
    expect(loaded.some((file) => file.includes("/node_modules/"))).toBe(true);
    expect(compiler(loaded)).toEqual([]);
  }, 60_000);

  it("loads ts-morph for a file only it prints (docs that would close their comment, from a hostile spec)", () => {
    const loaded = generate("test/specs/hostile/code-injection.yaml", "fallback");
    expect(compiler(loaded)).toEqual(expect.arrayContaining([expect.stringContaining("/node_modules/ts-morph/")]));
  }, 60_000);
});
