/**
 * Several api-versions of one service in one specs/ folder: each is importable at azure-keys/<service>/<version>
 * with its own types, validators and mocks; azure-keys/<service> follows the newest stable one, never a preview;
 * the runtime ships once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../generator/core/index.ts";
import type { IrService } from "../../generator/model/ir.ts";
import { defaultVersions } from "../../generator/plan/index.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { DATAFACTORY_SPEC, datafactoryNextVersion } from "./support/datafactory.ts";
import { createWorkspace } from "./support/workspace.ts";

const ws = createWorkspace("oagen-side-by-side");
afterAll(() => ws.dispose());
let result: PipelineResult;

beforeAll(async () => {
  ws.copy("datafactory", "2018-06-01", DATAFACTORY_SPEC);
  ws.put("datafactory", "2019-06-01", "IntegrationRuntimes_RegenerateAuthKey.yaml", datafactoryNextVersion("2019-06-01"));
  // Newer than both, but a preview: never the default while a stable version exists.
  ws.put("datafactory", "2020-01-01-preview", "IntegrationRuntimes_RegenerateAuthKey.yaml", datafactoryNextVersion("2020-01-01-preview"));
  result = await runPipeline({ inputs: ["specs"], outDir: ws.out, cwd: ws.root });
  writeOutput(result.files, ws.out);
}, 120_000);

const load = async (entry: string) => (await import(pathToFileURL(path.join(ws.out, "dist", `${entry}.js`)).href)) as Record<string, unknown>;

describe("several api-versions of one service side by side", () => {
  it("models one service per api-version (no mixed-api-versions, no conflicting-definition)", () => {
    expect(result.ir.services.map((s) => `${s.name} ${s.apiVersion}`)).toEqual(["datafactory 2018-06-01", "datafactory 2019-06-01", "datafactory 2020-01-01-preview"]);
  });

  it("exports the default entry and every version, each with validators and mocks", () => {
    const pkg = JSON.parse(readFileSync(path.join(ws.out, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    for (const entry of ["./datafactory", "./datafactory/2018-06-01", "./datafactory/2019-06-01", "./datafactory/2020-01-01-preview"]) {
      expect(pkg.exports[entry]).toEqual({ types: `./dist${entry.slice(1)}/index.d.ts`, import: `./dist${entry.slice(1)}/index.js`, default: `./dist${entry.slice(1)}/index.js` });
      expect(pkg.exports[`${entry}/validators`]).toBeDefined();
      expect(pkg.exports[`${entry}/mocks`]).toBeDefined();
    }
  });

  it("the default entry follows the newest stable version, not the newer preview", () => {
    expect(readFileSync(path.join(ws.out, "src/datafactory/index.ts"), "utf8")).toContain('export * from "./2019-06-01/index.js";');
    expect(readFileSync(path.join(ws.out, "src/datafactory/validators.ts"), "utf8")).toContain("./2019-06-01/validators.js");
  });

  it("both entries import, with their own types and validators", async () => {
    const latest = await load("datafactory/index");
    const v2018 = await load("datafactory/2018-06-01/index");
    const v2019 = await load("datafactory/2019-06-01/index");
    expect(typeof v2018["DataFactoryClient"]).toBe("function");
    expect(latest["DataFactoryClient"]).toBe(v2019["DataFactoryClient"]);
    expect(v2018["DataFactoryClient"]).not.toBe(v2019["DataFactoryClient"]);
    const params = { resourceGroupName: "rg", factoryName: "my-factory", integrationRuntimeName: "ir1", body: { keyName: "authKey1" } };
    const validate2018 = (await load("datafactory/2018-06-01/validators"))["validateIntegrationRuntimesRegenerateAuthKeyParameters"] as (v: unknown) => { valid: boolean };
    const validateLatest = (await load("datafactory/validators"))["validateIntegrationRuntimesRegenerateAuthKeyParameters"] as (v: unknown) => { valid: boolean };
    // 2019-06-01 tightened factoryName (no dashes): the default entry refuses what 2018-06-01 accepts.
    expect(validate2018(params).valid).toBe(true);
    expect(validateLatest(params).valid).toBe(false);
    const mocks2018 = await load("datafactory/2018-06-01/mocks");
    expect(typeof mocks2018["createMockHttpClient"]).toBe("function");
  });

  it("ships the runtime once, outside the version folders", () => {
    const runtime = result.files.filter((f) => /(^|\/)runtime\//.test(f.path)).map((f) => f.path);
    expect(runtime.length).toBeGreaterThan(0);
    expect(runtime.every((p) => p.startsWith("src/runtime/") || p.startsWith("dist/runtime/"))).toBe(true);
  });

  it("a preview is the default only when no stable version exists", () => {
    const service = (apiVersion: string) => ({ name: "s", apiVersion }) as IrService;
    const only = [service("2021-01-01-preview"), service("2022-01-01-preview")];
    expect(defaultVersions(only).get("s")!.apiVersion).toBe("2022-01-01-preview");
    expect(defaultVersions([service("2020-01-01"), service("2023-01-01-preview"), service("2019-01-01")]).get("s")!.apiVersion).toBe("2020-01-01");
  });
});
