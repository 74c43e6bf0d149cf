/**
 * `generate` stages each file as the pipeline finishes it (write/stage.ts) instead of holding the whole output until
 * the swap: the pipeline hands every file to the sink exactly once, with the text it would have returned; the stage
 * writes only what changed, removes owned files the run no longer makes, leaves everything else alone, and a run that
 * fails before the commit leaves the output folder untouched.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../generator/core/pipeline.ts";
import { sha256 } from "../../generator/write/fingerprint.ts";
import { lockFileFor } from "../../generator/write/lock.ts";
import { MANIFEST_FILE } from "../../generator/write/manifest.ts";
import { OutputStage } from "../../generator/write/stage.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { readTree, tree } from "./support/trees.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "oagen-stage-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));



const stagingFolders = (out: string) => readdirSync(path.dirname(out)).filter((e) => e.startsWith(".oagen-tmp-"));

describe("the pipeline with a sink", () => {
  it("hands on every file once, with the text it returns without one, and keeps only paths and hashes", async () => {
    const returned = await runPipeline({ inputs: ["specs"], outDir: path.join(tmp, "unused"), cwd: REPO_ROOT });
    const received = new Map<string, string>();
    const streamed = await runPipeline({
      inputs: ["specs"],
      outDir: path.join(tmp, "unused"),
      cwd: REPO_ROOT,
      sink: {
        put(file, contents) {
          expect(received.has(file), file).toBe(false);
          received.set(file, contents);
        },
      },
    });
    expect(streamed.files).toEqual([]);
    expect(streamed.release.files).toEqual([]);
    expect(Object.fromEntries([...received].sort())).toEqual(Object.fromEntries(returned.files.map((f) => [f.path, f.contents])));
    expect(streamed.outputs).toEqual(returned.files.map((f) => ({ path: f.path, hash: sha256(f.contents) })));
    expect(returned.outputs).toEqual(streamed.outputs);
  }, 60_000);
});

describe("the output stage", () => {
  const OLD = tree({ "package.json": "{\"v\":1}\n", "src/a.ts": "old a\n", "src/b.ts": "same b\n", "src/gone.ts": "removed\n" }, "old");
  const NEW = tree({ "package.json": "{\"v\":2}\n", "src/a.ts": "new a\n", "src/b.ts": "same b\n", "src/c.ts": "added\n" }, "new");

  function setUp(name: string): string {
    const out = path.join(tmp, name, "out");
    mkdirSync(path.dirname(out), { recursive: true });
    writeOutput(OLD, out);
    writeFileSync(path.join(out, "NOTES.md"), "mine\n");
    return out;
  }

  it("writes what changed, removes what the run no longer makes, and leaves the rest alone", () => {
    const out = setUp("commit");
    const unchangedSince = statSync(path.join(out, "src/b.ts")).mtimeMs;
    const stage = new OutputStage(out);
    // It holds the output folder's lock from its creation to its commit: no other run interleaves.
    expect(existsSync(lockFileFor(out))).toBe(true);
    for (const f of NEW) stage.put(f.path, f.contents);
    expect(readTree(out)["src/a.ts"]).toBe("old a\n"); // nothing moves before the commit
    const result = stage.commit();
    expect(existsSync(lockFileFor(out))).toBe(false);
    expect(result).toEqual({ changed: [MANIFEST_FILE, "package.json", "src/a.ts", "src/c.ts"], removed: ["src/gone.ts"] });
    expect(readTree(out)).toEqual({ ...Object.fromEntries(NEW.map((f) => [f.path, f.contents])), "NOTES.md": "mine\n" });
    expect(statSync(path.join(out, "src/b.ts")).mtimeMs).toBe(unchangedSince);
    expect(stagingFolders(out)).toEqual([]);
  });

  it("writes into a folder that does not exist yet, and writes nothing when nothing changed", () => {
    const out = path.join(tmp, "fresh", "out");
    const first = new OutputStage(out);
    for (const f of NEW) first.put(f.path, f.contents);
    expect(first.commit().changed).toHaveLength(NEW.length);
    const again = new OutputStage(out);
    for (const f of NEW) again.put(f.path, f.contents);
    expect(again.commit()).toEqual({ changed: [], removed: [] });
    expect(readTree(out)).toEqual(Object.fromEntries(NEW.map((f) => [f.path, f.contents])));
    expect(stagingFolders(out)).toEqual([]);
  });

  it("leaves the output folder untouched when the run fails before the commit", () => {
    const out = setUp("discard");
    const before = readTree(out);
    const stage = new OutputStage(out);
    stage.put("src/a.ts", "half a run\n");
    expect(stagingFolders(out)).toHaveLength(1);
    stage.discard();
    expect(readTree(out)).toEqual(before);
    expect(stagingFolders(out)).toEqual([]);
    expect(existsSync(lockFileFor(out))).toBe(false);
    // A transform that was still running when the run failed finishes later: its file goes nowhere.
    stage.put("src/late.ts", "late\n");
    expect(stagingFolders(out)).toEqual([]);
    expect(readTree(out)).toEqual(before);
  });

  it("is recovered by the next run after a crash between staging and commit", () => {
    const out = setUp("crash");
    const before = readTree(out);
    const crashed = new OutputStage(out, { beforeStep: (step) => { if (step === "commit") throw new Error("power loss"); } });
    for (const f of NEW) crashed.put(f.path, f.contents);
    expect(() => crashed.commit()).toThrow("power loss");
    expect(readTree(out)).toEqual(before);
    expect(existsSync(lockFileFor(out))).toBe(false);
    // The next run's stage discards the uncommitted staging folder before it starts.
    const next = new OutputStage(out);
    expect(stagingFolders(out)).toEqual([]);
    for (const f of NEW) next.put(f.path, f.contents);
    next.commit();
    expect(readTree(out)).toEqual({ ...Object.fromEntries(NEW.map((f) => [f.path, f.contents])), "NOTES.md": "mine\n" });
  });

  it("refuses a file produced twice (an oagen bug), before anything is committed", () => {
    const stage = new OutputStage(path.join(tmp, "twice", "out"));
    stage.put("a.ts", "1\n");
    expect(() => stage.put("a.ts", "2\n")).toThrow(/produced twice/);
    stage.discard();
    expect(existsSync(path.join(tmp, "twice", "out"))).toBe(false);
  });
});

describe("the compiler's memory mode for large packages", () => {
  const script = (body: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `import { preferLowMemory, transpileUnit } from ${JSON.stringify(path.join(REPO_ROOT, "generator/compile/transpile.ts"))};\n${body}`], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, MIMALLOC_PURGE_DELAY: undefined } as NodeJS.ProcessEnv });

  it("tells oxc's allocator to return freed memory at once, only before oxc is loaded and never over the user's setting", () => {
    const before = script(`preferLowMemory(); console.log(process.env.MIMALLOC_PURGE_DELAY);`);
    expect(before.stderr).toBe("");
    expect(before.stdout.trim()).toBe("0");
    const user = script(`process.env.MIMALLOC_PURGE_DELAY = "25"; preferLowMemory(); console.log(process.env.MIMALLOC_PURGE_DELAY);`);
    expect(user.stdout.trim()).toBe("25");
    const late = script(`await transpileUnit({ kind: "text", path: "src/x.ts", contents: "export const x: number = 1;\\n" }); preferLowMemory(); console.log(String(process.env.MIMALLOC_PURGE_DELAY));`);
    expect(late.stderr).toBe("");
    expect(late.stdout.trim()).toBe("undefined");
  }, 60_000);
});
