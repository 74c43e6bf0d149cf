/**
 * The V8 code cache of bin/oagen.js (util/code-cache.ts): a second process compiles ts-morph's bundles from the
 * cached bytecode and behaves the same; an entry V8 refuses (corrupt, other flags) is replaced, not fatal.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "oagen-code-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = path.join(dir, "load.mjs");
writeFileSync(
  script,
  `import { createRequire } from "node:module";
const { installCodeCache, codeCacheLog } = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "generator/dist/util/code-cache.js")).href)});
installCodeCache();
const { printStructure, StructureKind } = createRequire(${JSON.stringify(path.join(REPO_ROOT, "generator/package.json"))})("ts-morph");
const printed = printStructure({ kind: StructureKind.Function, name: "f", isExported: true, statements: ["return 1;"] });
process.stdout.write(JSON.stringify({ printed, log: codeCacheLog.map((e) => [e.file.split(/[\\\\/]node_modules[\\\\/]/).pop(), e.outcome]) }));
`,
);

function run(): { printed: string; log: [string, string][] } {
  const child = spawnSync(process.execPath, [script], { env: { ...process.env, OAGEN_CACHE_DIR: path.join(dir, "cache") }, encoding: "utf8" });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as { printed: string; log: [string, string][] };
}

describe("the code cache of the large dependencies", () => {
  it("stores bytecode on the first run, uses it on the next, and the modules work the same", () => {
    const first = run();
    expect(first.printed).toMatch(/^export function f\(\) \{\n +return 1;\n\}/);
    expect(first.log.map(([file]) => file)).toEqual(expect.arrayContaining(["@ts-morph/common/dist/typescript.js", "@ts-morph/common/dist/ts-morph-common.js", "ts-morph/dist/ts-morph.js"]));
    expect(new Set(first.log.map(([, outcome]) => outcome))).toEqual(new Set(["miss"]));
    const second = run();
    expect(second.printed).toBe(first.printed);
    expect(second.log).toEqual(first.log.map(([file]) => [file, "hit"]));
  });

  it("replaces an entry V8 refuses", () => {
    run();
    const entries = path.join(dir, "cache", "v8-code");
    for (const name of readdirSync(entries)) writeFileSync(path.join(entries, name), "not bytecode");
    const refused = run();
    expect(refused.printed).toMatch(/^export function f\(\) \{\n +return 1;\n\}/);
    expect(new Set(refused.log.map(([, outcome]) => outcome))).toEqual(new Set(["refused"]));
    expect(new Set(run().log.map(([, outcome]) => outcome))).toEqual(new Set(["hit"]));
  });
});
