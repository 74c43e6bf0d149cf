/**
 * The committed generated/ as npm would publish it: one `npm pack`, then publint and @arethetypeswrong/cli on that
 * tarball, both without errors. attw runs its `esm-only` profile: the package is an ES module by design (its
 * `default` condition lets Node >= 20.19 `require()` it, which pack.test.ts proves at run time); TypeScript's node10
 * resolution and the pre-require(esm) CommonJS view are the only things that profile leaves out.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";

const temp = mkdtempSync(path.join(tmpdir(), "oagen-publish-"));
let tarball = "";

beforeAll(() => {
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["pack", path.join(REPO_ROOT, "generated"), "--pack-destination", temp, "--silent", "--ignore-scripts"], { cwd: temp, stdio: ["ignore", "pipe", "inherit"] });
  tarball = path.join(temp, readdirSync(temp).find((f) => f.endsWith(".tgz"))!);
}, 60_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("npm pack of generated/", () => {
  it("passes publint with no errors or warnings", async () => {
    const { publint } = await import("publint");
    const { formatMessage } = await import("publint/utils");
    const buffer = readFileSync(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) }, level: "warning" });
    expect(messages.map((m) => formatMessage(m, pkg!) ?? m.code)).toEqual([]);
  });

  it("passes @arethetypeswrong/cli", () => {
    const attw = path.join(path.dirname(createRequire(import.meta.url).resolve("@arethetypeswrong/cli/package.json")), "dist/index.js");
    const run = spawnSync(process.execPath, [attw, tarball, "--profile", "esm-only", "--format", "json"], { encoding: "utf8" });
    const result = JSON.parse(run.stdout) as { analysis: { problems: { kind: string; resolutionKind?: string }[] } };
    const counted = result.analysis.problems.filter((p) => p.resolutionKind !== "node10" && !(p.kind === "CJSResolvesToESM" && p.resolutionKind === "node16-cjs"));
    expect(counted).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("ships src/ for the source maps, which point at it", () => {
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(listing).toContain("package/src/datafactory/2018-06-01/client.ts");
    expect(listing).toContain("package/dist/datafactory/2018-06-01/client.js.map");
    const map = JSON.parse(readFileSync(path.join(REPO_ROOT, "generated/dist/datafactory/2018-06-01/client.js.map"), "utf8")) as { sources: string[] };
    expect(map.sources).toEqual(["../../../src/datafactory/2018-06-01/client.ts"]);
  });
});
