/**
 * docs/turborepo.md, run: its files (each marked `<!-- file: PATH -->`) go into an empty folder with a copied
 * spec, and `turbo run generate` runs twice, offline, with a local cache folder. The first run is a miss that
 * runs oagen; the second is a cache hit (turbo's run summary says HIT) and oagen is not started (a wrapper
 * around the bin counts its starts).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";

const project = mkdtempSync(path.join(tmpdir(), "oagen-turbo-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The files docs/turborepo.md shows, by path. */
function documentedFiles(): Map<string, string> {
  const doc = readFileSync(path.join(REPO_ROOT, "docs/turborepo.md"), "utf8");
  return new Map([...doc.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]));
}

function runTurbo(): { output: string; summary: { execution: { cached: number; attempted: number }; tasks: { taskId: string; cache: { status: string } }[] } } {
  const runs = path.join(project, ".turbo/runs");
  const before = new Set(existsSync(runs) ? readdirSync(runs) : []);
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", TURBO_NO_UPDATE_NOTIFIER: "1", TURBO_UI: "false", OAGEN_CACHE_DIR: path.join(project, ".oagen-cache") };
  const run = spawnSync(path.join(REPO_ROOT, "node_modules/.bin/turbo"), ["run", "generate", "--cache-dir=.turbo-cache", "--summarize", "--output-logs=full"], { cwd: project, env, encoding: "utf8" });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const fresh = readdirSync(runs).filter((f) => !before.has(f));
  expect(fresh).toHaveLength(1);
  return { output: run.stdout, summary: JSON.parse(readFileSync(path.join(runs, fresh[0]!), "utf8")) };
}

describe("docs/turborepo.md", () => {
  it("a second `turbo run generate` is a cache hit that does not run oagen", () => {
    const files = documentedFiles();
    expect([...files.keys()].sort()).toEqual(["package.json", "packages/keys/oagen.config.json", "packages/keys/package.json", "turbo.json"]);
    for (const [file, text] of files) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
    cpSync(path.join(REPO_ROOT, "specs/datafactory"), path.join(project, "packages/keys/specs/datafactory"), { recursive: true });
    // `oagen` on the scripts' PATH, as `npm i -D oagen` would put it, wrapped to count its starts.
    const bin = path.join(project, "node_modules/.bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, "oagen"), `#!/bin/sh\necho started >> "${path.join(project, "oagen-starts.log")}"\nexec "${process.execPath}" "${path.join(REPO_ROOT, "generator/bin/oagen.js")}" "$@"\n`);
    chmodSync(path.join(bin, "oagen"), 0o755);
    const starts = () => (existsSync(path.join(project, "oagen-starts.log")) ? readFileSync(path.join(project, "oagen-starts.log"), "utf8").split("\n").filter(Boolean).length : 0);

    const first = runTurbo();
    expect(first.summary.execution).toMatchObject({ attempted: 1, cached: 0 });
    expect(first.summary.tasks[0]!.cache.status).toBe("MISS");
    expect(starts()).toBe(1);
    expect(statSync(path.join(project, "packages/keys/generated/.oagen-manifest.json")).isFile()).toBe(true);

    rmSync(path.join(project, "packages/keys/generated"), { recursive: true });
    const second = runTurbo();
    expect(second.summary.execution).toMatchObject({ attempted: 1, cached: 1 });
    expect(second.summary.tasks[0]).toMatchObject({ taskId: "@acme/keys-source#generate", cache: { status: "HIT" } });
    expect(second.output).toMatch(/cache hit, replaying logs/);
    expect(starts()).toBe(1);
    // The cache restored the whole output, manifest included.
    expect(JSON.parse(readFileSync(path.join(project, "packages/keys/generated/package.json"), "utf8"))).toMatchObject({ name: "@acme/keys", license: "MIT" });
    expect(statSync(path.join(project, "packages/keys/generated/.oagen-manifest.json")).isFile()).toBe(true);
  }, 120_000);
});
