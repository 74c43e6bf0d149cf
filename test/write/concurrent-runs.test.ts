/**
 * Finding 3 of issue 13, for real processes: two `oagen generate` runs to one `--out`. The second fails with
 * exit 2 and an `output-locked` message while the first holds the folder; the first completes a consistent
 * tree; nothing is left beside the folder.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockFileFor } from "../../generator/write/lock.ts";
import { readManifest } from "../../generator/write/manifest.ts";
import { sha256 } from "../../generator/write/fingerprint.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "oagen-concurrent-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runOagen(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "generator/bin/oagen.js"), ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += String(d)));
  child.stderr.on("data", (d) => (output += String(d)));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on("close", (code) => resolve({ code, output })));
  return { child, done };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1200 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error(`never saw ${what}`);
}

describe("two concurrent oagen runs on one output folder", () => {
  it("lets one finish and fails the other with output-locked (exit 2)", async () => {
    const out = path.join(tmp, "out");
    const args = ["generate", "test/specs/minimal.yaml", "--out", out, "--force"];
    const first = runOagen(args);
    let firstExited = false;
    void first.done.then(() => (firstExited = true));
    await waitFor(() => existsSync(lockFileFor(out)) || firstExited, "the first run's lock");
    expect(firstExited).toBe(false);
    const second = await runOagen(args, { OAGEN_LOCK_WAIT_MS: "0" }).done;
    expect(second.code).toBe(2);
    expect(second.output).toMatch(/output-locked/);
    expect(second.output).toMatch(/Another oagen run \(process \d+/);
    const firstResult = await first.done;
    expect(firstResult.code, firstResult.output).toBe(0);
    const manifest = readManifest(out)!;
    expect(Object.keys(manifest.files).length).toBeGreaterThan(10);
    for (const [file, hash] of Object.entries(manifest.files)) expect(sha256(readFileSync(path.join(out, file), "utf8")), file).toBe(hash);
    expect(readdirSync(tmp)).toEqual(["out"]);
  }, 300_000);
});
