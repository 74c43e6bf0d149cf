/**
 * Finding 3 of issue 13: the output swap is crash-safe. A fault is injected before every write, rename and
 * delete step of the write stage; at each, `--out` still exists, files oagen does not own are untouched, and
 * once the next run has recovered, the folder holds exactly the old tree or exactly the new one.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TextUnit } from "../../generator/emit/index.ts";
import { lockFileFor, withOutputLock } from "../../generator/write/lock.ts";
import { recoverOutput } from "../../generator/write/swap.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { readTree, tree } from "./support/trees.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "oagen-swap-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


const OLD = tree({ "package.json": "{\"v\":1}\n", "src/a/client.ts": "old a\n", "src/b/client.ts": "old b\n", "src/gone/x.ts": "removed later\n", "dist/a.js": "old js\n" }, "old");
const NEW = tree({ "package.json": "{\"v\":2}\n", "src/a/client.ts": "new a\n", "src/b/client.ts": "old b\n", "src/c/client.ts": "added\n", "dist/a.js": "new js\n", "dist/c.js": "added js\n" }, "new");
const FOREIGN: Record<string, string> = { "NOTES.md": "my notes\n", "node_modules/dep/index.js": "module.exports = 1;\n", "src/a/mine.ts": "user file beside owned ones\n", "src/gone/keep.txt": "user file in a folder oagen empties\n" };

const asMap = (units: TextUnit[]) => Object.fromEntries(units.map((u) => [u.path, u.contents]));


function owned(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(readTree(dir)).filter(([f]) => !(f in FOREIGN)));
}

function setUp(name: string, withOld: boolean): string {
  const out = path.join(tmp, name, "out");
  mkdirSync(path.dirname(out), { recursive: true });
  if (withOld) {
    writeOutput(OLD, out);
    for (const [f, text] of Object.entries(FOREIGN)) {
      mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
      writeFileSync(path.join(out, f), text);
    }
  }
  return out;
}

function stepsOf(withOld: boolean): string[] {
  const steps: string[] = [];
  writeOutput(NEW, setUp(`count-${withOld}`, withOld), { beforeStep: (s) => void steps.push(s) });
  return steps;
}

const leftovers = (out: string) => readdirSync(path.dirname(out)).filter((e) => e !== path.basename(out));

describe("crash-safe output swap (fault injection)", () => {
  for (const withOld of [true, false]) {
    const steps = stepsOf(withOld);
    it(`${withOld ? "replacing an output" : "creating a new output"}: ${steps.length} steps, each interrupted, leave the old or the new tree`, () => {
      expect(steps).toContain("commit");
      expect(steps.filter((s) => s.startsWith("stage:")).length).toBeGreaterThan(3);
      if (withOld) expect(steps.some((s) => s.startsWith("move:")) && steps.some((s) => s.startsWith("remove:"))).toBe(true);
      const commitAt = steps.indexOf("commit");
      const oldTree = withOld ? asMap(OLD) : {};
      const newTree = asMap(NEW);
      steps.forEach((failing, index) => {
        const out = setUp(`${withOld}-${index}`, withOld);
        expect(() =>
          writeOutput(NEW, out, {
            beforeStep: (s) => {
              if (s === failing) throw new Error(`injected fault at ${s}`);
            },
          }),
        ).toThrow(`injected fault at ${failing}`);
        // Right after the crash: --out exists (if it existed), every foreign file is where the user left it.
        if (withOld) {
          expect(existsSync(out)).toBe(true);
          for (const [f, text] of Object.entries(FOREIGN)) expect(readFileSync(path.join(out, f), "utf8"), `${f} after fault at ${failing}`).toBe(text);
        }
        if (index < commitAt) expect(owned(out), `uncommitted fault at ${failing}`).toEqual(oldTree);
        // The next run (under the lock) recovers: old tree before the commit point, new tree after it.
        withOutputLock(out, () => recoverOutput(out));
        expect(owned(out), `after recovering from a fault at ${failing}`).toEqual(index <= commitAt ? oldTree : newTree);
        if (withOld) for (const [f, text] of Object.entries(FOREIGN)) expect(readFileSync(path.join(out, f), "utf8")).toBe(text);
        expect(leftovers(out), "no staging folder or lock left behind").toEqual([]);
        // And a normal run then completes the new tree.
        writeOutput(NEW, out);
        expect(owned(out)).toEqual(newTree);
      });
    });
  }

  it("never moves files the manifest does not own, and removes only owned files", () => {
    const out = setUp("foreign", true);
    const result = writeOutput(NEW, out);
    expect(result.removed).toEqual(["src/gone/x.ts"]);
    expect(readTree(out)).toEqual({ ...asMap(NEW), ...FOREIGN });
    expect(leftovers(out)).toEqual([]);
  });

  it("cleans the leftovers of a crashed older oagen, restoring an output folder that was moved away", () => {
    const out = setUp("legacy", true);
    const parent = path.dirname(out);
    const before = readTree(out);
    // The old two-rename swap crashed between its renames: --out moved to `-old`, a half-written staging folder.
    mkdirSync(path.join(parent, ".oagen-tmp-out-4242"), { recursive: true });
    writeFileSync(path.join(parent, ".oagen-tmp-out-4242", "half.ts"), "half written");
    renameSync(out, path.join(parent, ".oagen-tmp-out-4243-old"));
    expect(existsSync(out)).toBe(false);
    writeOutput(OLD, out);
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(parent).filter((e) => e.startsWith(".oagen"))).toEqual([]);
  });
});

describe("output lock", () => {
  it("takes over the lock of a dead process and cleans its staging folder", () => {
    const out = setUp("stale", true);
    writeFileSync(lockFileFor(out), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    mkdirSync(path.join(path.dirname(out), ".oagen-tmp-out-99999-abcd"), { recursive: true });
    writeFileSync(path.join(path.dirname(out), ".oagen-tmp-out-99999-abcd", "oagen-staging.json"), "{}");
    writeOutput(NEW, out);
    expect(owned(out)).toEqual(asMap(NEW));
    expect(leftovers(out)).toEqual([]);
  });

  it("fails with an output-locked diagnostic while a live process holds the lock", () => {
    const out = setUp("live", true);
    writeFileSync(lockFileFor(out), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    const previous = process.env["OAGEN_LOCK_WAIT_MS"];
    process.env["OAGEN_LOCK_WAIT_MS"] = "50";
    try {
      let error: unknown;
      try {
        writeOutput(NEW, out);
      } catch (e) {
        error = e;
      }
      expect((error as { diagnostics?: { code: string; message: string }[] }).diagnostics?.[0]).toMatchObject({ code: "output-locked", message: expect.stringContaining(`process ${process.ppid}`) });
      expect(owned(out)).toEqual(asMap(OLD));
    } finally {
      if (previous === undefined) delete process.env["OAGEN_LOCK_WAIT_MS"];
      else process.env["OAGEN_LOCK_WAIT_MS"] = previous;
      rmSync(lockFileFor(out), { force: true });
    }
  });
});
