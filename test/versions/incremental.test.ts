/**
 * Incremental regeneration: a change to one service re-emits (recompiles and writes) only that service's files; a
 * change to one operation only its operation group's files; a no-op regeneration writes nothing, so every
 * modification time stays as it was.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../generator/core/index.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { DATAFACTORY_SPEC } from "./support/datafactory.ts";
import { createWorkspace } from "./support/workspace.ts";

const ws = createWorkspace("oagen-incremental");
// A cache of its own, so what was compiled is what this test changed (not what an earlier run left).
const previousCacheDir = process.env["OAGEN_CACHE_DIR"];
process.env["OAGEN_CACHE_DIR"] = path.join(ws.root, "cache");
afterAll(() => {
  if (previousCacheDir === undefined) delete process.env["OAGEN_CACHE_DIR"];
  else process.env["OAGEN_CACHE_DIR"] = previousCacheDir;
  ws.dispose();
});

const KEYS = readFileSync(path.join(REPO_ROOT, "test/specs/versions/base.yaml"), "utf8").replace(
  "components:\n",
  `  /vaults/{vaultName}/purge:
    post:
      operationId: Vaults_Purge
      description: Purges a deleted vault.
      parameters:
        - $ref: "#/components/parameters/vaultName"
        - $ref: "#/components/parameters/api-version"
      responses:
        "204":
          description: Purged
components:
`,
);

const generate = async () => {
  const result = await runPipeline({ inputs: ["specs"], outDir: ws.out, cwd: ws.root });
  return { recompiled: result.recompiled, ...writeOutput(result.files, ws.out) };
};

const mtimes = () =>
  Object.fromEntries(
    readdirSync(ws.out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort()
      .map((f) => [f, statSync(f).mtimeMs]),
  );

beforeAll(async () => {
  ws.copy("datafactory", "2018-06-01", DATAFACTORY_SPEC);
  ws.put("keys", "2024-01-01", "keys.yaml", KEYS);
  await generate();
}, 120_000);

describe("incremental regeneration", () => {
  it("a no-op regeneration writes nothing and leaves every modification time as it was", async () => {
    const before = mtimes();
    const run = await generate();
    expect(run.changed).toEqual([]);
    expect(run.removed).toEqual([]);
    expect(run.recompiled).toEqual([]);
    expect(mtimes()).toEqual(before);
  });

  it("a change to one service re-emits only that service's files", async () => {
    const file = path.join("datafactory", "2018-06-01", path.basename(DATAFACTORY_SPEC));
    ws.put("datafactory", "2018-06-01", path.basename(DATAFACTORY_SPEC), readFileSync(path.join(ws.specs, file), "utf8").replace("description: The factory name.", "description: The name of the data factory."));
    const run = await generate();
    expect(run.recompiled).toEqual(["src/datafactory/2018-06-01/client/integration-runtimes.ts"]);
    expect(run.changed).toEqual([
      ".oagen-manifest.json",
      "dist/datafactory/2018-06-01/client/integration-runtimes.d.ts",
      "src/datafactory/2018-06-01/client/integration-runtimes.ts",
    ]);
  });

  it("a change to one operation re-emits only its operation group's files", async () => {
    ws.put("keys", "2024-01-01", "keys.yaml", KEYS.replace("description: Purges a deleted vault.", "description: Purges a deleted vault for good."));
    const run = await generate();
    expect(run.recompiled.every((f) => f.startsWith("src/keys/2024-01-01/"))).toBe(true);
    expect(run.recompiled).toContain("src/keys/2024-01-01/client/vaults.ts");
    expect(run.recompiled).not.toContain("src/keys/2024-01-01/client/keys.ts");
    expect(run.changed.filter((f) => f !== ".oagen-manifest.json").every((f) => /^(src|dist)\/keys\/2024-01-01\//.test(f))).toBe(true);
    expect(run.changed.some((f) => f.includes("/client/keys."))).toBe(false);
  });
});
