/**
 * The scaffolding formatter's worker thread (format/prettier.ts, format-worker.ts), as the built CLI runs it: the
 * same text as prettier on the main thread, failures reported with prettier's message, and the cache consulted first.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/format/prettier-options.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

const temp = mkdtempSync(path.join(tmpdir(), "oagen-format-worker-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const README = "# azure-keys\n\n|service|api-version|operations|\n|---|---|---|\n|`datafactory`|2018-06-01|`integrationRuntimes.regenerateAuthKey`, and 3 more (4 in all)|\n\n* one\n* two\n\n```ts\nconst a=1\n```\n";
const PACKAGE = '{"name":"azure-keys","exports":{".":{"types":"./dist/index.d.ts","default":"./dist/index.js"}},"files":["dist","src"]}';

function runBuilt(units: { path: string; contents: string }[], cacheDir: string): { results: { path: string; contents?: string; error?: string }[]; formatter: string } {
  const script = path.join(temp, "run.mjs");
  writeFileSync(
    script,
    `const { formatUnit, formatterIn, startFormatter } = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "generator/dist/format/prettier.js")).href)});
startFormatter();
const units = JSON.parse(process.argv[2]);
const results = await Promise.all(units.map((u) => formatUnit({ kind: "text", ...u }).then((f) => ({ path: u.path, contents: f.contents }), (e) => ({ path: u.path, error: e.message }))));
process.stdout.write(JSON.stringify({ results, formatter: formatterIn() }));
`,
  );
  const child = spawnSync(process.execPath, [script, JSON.stringify(units)], { env: { ...process.env, OAGEN_CACHE_DIR: cacheDir }, encoding: "utf8" });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as ReturnType<typeof runBuilt>;
}

describe("the formatting worker", () => {
  it("formats the scaffolding as prettier does on the main thread, and reports prettier's failures", async () => {
    const cache = path.join(temp, "cache");
    const { results, formatter } = runBuilt(
      [
        { path: "README.md", contents: README },
        { path: "package.json", contents: PACKAGE },
        { path: "tsconfig.json", contents: "{ not json" },
        { path: "src/index.ts", contents: "export  const a=1" },
      ],
      cache,
    );
    expect(formatter).toBe("worker");
    expect(results[0]!.contents).toBe(await prettier.format(README, { ...PRETTIER_OPTIONS, parser: "markdown" }));
    expect(results[1]!.contents).toBe(await prettier.format(PACKAGE, { ...PRETTIER_OPTIONS, parser: "json" }));
    expect(results[0]!.contents).not.toBe(README);
    const error = await prettier.format("{ not json", { ...PRETTIER_OPTIONS, parser: "json" }).then(
      () => "",
      (e: Error) => e.message,
    );
    expect(error).not.toBe("");
    expect(results[2]!.error).toBe(error);
    // Not scaffolding: left exactly as printed.
    expect(results[3]!.contents).toBe("export  const a=1");

    // A second process finds the formatted texts in the cache and never starts a worker for them.
    const again = runBuiltWithoutStart([{ path: "README.md", contents: README }], cache);
    expect(again.formatter).toBe("not started");
    expect(again.results[0]!.contents).toBe(results[0]!.contents);
  });
});

function runBuiltWithoutStart(units: { path: string; contents: string }[], cacheDir: string): ReturnType<typeof runBuilt> {
  const script = path.join(temp, "again.mjs");
  writeFileSync(
    script,
    `const { formatUnit, formatterIn } = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "generator/dist/format/prettier.js")).href)});
const units = JSON.parse(process.argv[2]);
const results = await Promise.all(units.map((u) => formatUnit({ kind: "text", ...u }).then((f) => ({ path: u.path, contents: f.contents }))));
process.stdout.write(JSON.stringify({ results, formatter: formatterIn() }));
`,
  );
  const child = spawnSync(process.execPath, [script, JSON.stringify(units)], { env: { ...process.env, OAGEN_CACHE_DIR: cacheDir }, encoding: "utf8" });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as ReturnType<typeof runBuilt>;
}
