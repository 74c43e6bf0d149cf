/**
 * The config file and how it becomes the pipeline's configuration: globs, per-service settings, package metadata,
 * the version rule, flags over the file, defineConfig in a module, and the progress line's behaviour.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blankComments } from "../../generator/config/read-config.ts";
import { readConfig, resolvePipelineConfig, validateConfig, writeStarterFiles } from "../../generator/config/index.ts";
import { loadAndModel } from "../../generator/core/index.ts";
import { startProgress } from "../../generator/cli/progress.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

const temp = mkdtempSync(path.join(tmpdir(), "oagen-config-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const loaded = (config: object, dir = REPO_ROOT) => ({ absolutePath: path.join(dir, "oagen.config.json"), file: "oagen.config.json", config });

describe("resolvePipelineConfig", () => {
  it("reads only the files the specs globs match, and names services from the folder layout", async () => {
    const config = resolvePipelineConfig({ inputs: [] }, REPO_ROOT, loaded({ specs: ["specs/{datafactory,purview-scanning}/**/*.yaml"] }));
    const { ir } = await loadAndModel(config);
    expect(ir.services.map((s) => s.name)).toEqual(["datafactory", "purview-scanning"]);
  });

  it("applies each service's clientName, credentialScopes and apiVersions, and the package metadata", async () => {
    const config = resolvePipelineConfig(
      { inputs: [] },
      REPO_ROOT,
      loaded({
        specs: ["specs/datafactory", "specs/apimanagement"],
        name: "@acme/keys",
        version: "2.0.0",
        license: "MIT",
        repository: "https://github.com/acme/keys",
        services: [
          { service: "datafactory", clientName: "FactoryKeysClient", credentialScopes: ["https://example.com/.default"] },
          { service: "apimanagement", apiVersions: ["2099-01-01"] },
        ],
      }),
    );
    expect(config.package).toEqual({ name: "@acme/keys", version: "2.0.0", license: "MIT", repository: "https://github.com/acme/keys" });
    const { ir } = await loadAndModel({ ...config, inputs: ["specs/datafactory"] });
    expect(ir.services[0]).toMatchObject({ name: "datafactory", clientName: "FactoryKeysClient", package: { name: "@acme/keys", version: "2.0.0" } });
    // apimanagement keeps no api-version folder: nothing of it is read.
    await expect(loadAndModel({ ...config, inputs: ["specs/apimanagement"] })).rejects.toThrow(/No spec file matches/);
  });

  it("a service's operations select its operations; an id its files do not define is an error naming the file", async () => {
    const chosen = resolvePipelineConfig({ inputs: ["specs/deviceprovisioningservices"] }, REPO_ROOT, loaded({ services: [{ service: "deviceprovisioningservices", operations: ["IotDpsResource_ListKeys"] }] }));
    const { ir } = await loadAndModel(chosen);
    expect(ir.services[0]!.operations.map((o) => o.operationId)).toEqual(["IotDpsResource_ListKeys"]);
    const wrong = resolvePipelineConfig({ inputs: ["specs/datafactory"] }, REPO_ROOT, loaded({ services: [{ service: "datafactory", operations: ["Factories_Nope"] }] }));
    await expect(loadAndModel(wrong)).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ file: "specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml" })] });
  });

  it("flags win over the file: spec arguments, --out", () => {
    const config = resolvePipelineConfig({ inputs: ["specs/datafactory"], out: "elsewhere" }, REPO_ROOT, loaded({ specs: ["nothing"], out: "generated-from-config" }));
    expect(config.inputs).toEqual(["specs/datafactory"]);
    expect(config.outDir).toBe(path.join(REPO_ROOT, "elsewhere"));
  });

  it('version: a semver is used as it is; "bump" or none keeps the previous output\'s version, else 0.1.0', () => {
    const dir = mkdtempSync(path.join(temp, "version-"));
    const version = (v?: string) => resolvePipelineConfig({ inputs: [] }, dir, loaded(v === undefined ? {} : { version: v }, dir)).package!.version;
    expect(version()).toBe("0.1.0");
    mkdirSync(path.join(dir, "generated"));
    writeFileSync(path.join(dir, "generated/package.json"), JSON.stringify({ version: "2.3.4" }));
    expect(version()).toBe("2.3.4");
    expect(version("bump")).toBe("2.3.4");
    expect(version("3.0.0-beta.1")).toBe("3.0.0-beta.1");
  });
});

describe("config files", () => {
  it("an oagen.config.mjs using defineConfig from \"oagen\" is read like the JSON", async () => {
    // Inside the repository, so "oagen" resolves to the workspace package (compiled dist/).
    const dir = mkdtempSync(path.join(REPO_ROOT, "node_modules/.cache/oagen-config-test-"));
    try {
      writeFileSync(path.join(dir, "oagen.config.mjs"), 'import { defineConfig } from "oagen";\nexport default defineConfig({ out: "pkg", name: "mjs-keys", services: [{ service: "datafactory", operations: ["IntegrationRuntimes_RegenerateAuthKey"] }] });\n');
      writeFileSync(path.join(dir, "oagen.config.ts"), 'import { defineConfig, type OagenConfig } from "oagen";\nconst config: OagenConfig = { name: "ts-keys" };\nexport default defineConfig(config);\n');
      expect((await readConfig(path.join(dir, "oagen.config.mjs"), dir)).config).toEqual({ out: "pkg", name: "mjs-keys", services: [{ service: "datafactory", operations: ["IntegrationRuntimes_RegenerateAuthKey"] }] });
      expect((await readConfig(path.join(dir, "oagen.config.ts"), dir)).config).toEqual({ name: "ts-keys" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the starter config `oagen init` writes is valid against the shipped schema", () => {
    const dir = mkdtempSync(path.join(temp, "starter-"));
    writeStarterFiles(dir);
    const value = JSON.parse(blankComments(readFileSync(path.join(dir, "oagen.config.json"), "utf8"))) as unknown;
    expect(validateConfig(value, "oagen.config.json")).toEqual([]);
    expect(validateConfig({ services: [{ operations: [] }] }, "x.json").map((d) => [d.pointer, d.message])).toEqual([
      ["#/services/0", '`services.0` has no "service".'],
      ["#/services/0/operations", "`services.0.operations` is empty."],
    ]);
  });

  it("comments are blanked without moving any position", () => {
    const text = '{ // note "x"\n  "a": "// not a comment", /* b\n c */ "b": 1 }';
    const blank = blankComments(text);
    expect(blank.length).toBe(text.length);
    expect(JSON.parse(blank)).toEqual({ a: "// not a comment", b: 1 });
    expect(blank.split("\n").length).toBe(3);
  });
});

describe("progress", () => {
  it("shows stage and count on a TTY once the run passes the delay, and clears the line at the end", () => {
    let clock = 0;
    const written: string[] = [];
    const progress = startProgress(true, { isTTY: true, write: (t: string) => written.push(t) }, 2000, () => clock);
    progress.stage("load", 5);
    expect(written).toEqual([]);
    clock = 2500;
    progress.stage("compile", 120);
    progress.done();
    expect(written).toEqual(["\r\x1b[Koagen: compile 120 files (2.5 s)", "\r\x1b[K"]);
  });

  it("prints nothing when stderr is not a terminal, or when disabled", () => {
    const written: string[] = [];
    for (const [enabled, isTTY] of [[true, false], [false, true]] as const) {
      const progress = startProgress(enabled, { isTTY, write: (t: string) => written.push(t) }, 0, () => 10_000);
      progress.stage("emit", 3);
      progress.done();
    }
    expect(written).toEqual([]);
  });
});
