/**
 * oagen as a user gets it: the generator is built and packed (`npm pack`), the tarball installed into an empty
 * project outside this repository, and `npx oagen generate` run there on an `oagen.config.json` naming one copied
 * spec. The generated package then compiles (consumer code and the package itself) under `tsc --strict` with
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` in `node16` and `bundler` resolution, imports from
 * ESM, and `require()`s from CommonJS. One pack and one install serve every assertion.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const TSC = path.join(REPO_ROOT, "node_modules/typescript/bin/tsc");
const project = mkdtempSync(path.join(tmpdir(), "oagen-installed-"));
let generateRun: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  const tarballs = path.join(project, ".tarballs");
  mkdirSync(tarballs);
  execFileSync(NPM, ["pack", "-w", "oagen", "--pack-destination", tarballs, "--silent"], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const tarball = readdirSync(tarballs).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
  execFileSync(NPM, ["install", path.join(tarballs, tarball), "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project, stdio: ["ignore", "pipe", "inherit"] });

  cpSync(path.join(REPO_ROOT, "specs/datafactory/2018-06-01"), path.join(project, "apis/datafactory/2018-06-01"), { recursive: true });
  writeFileSync(
    path.join(project, "oagen.config.json"),
    JSON.stringify({ $schema: "./node_modules/oagen/dist/config/oagen.config.schema.json", specs: ["apis/**/*.yaml"], out: "packages/keys", name: "@acme/keys", version: "1.2.3", license: "MIT", repository: "https://github.com/acme/keys", description: "Acme's Azure key clients", services: [{ service: "datafactory", clientName: "FactoryKeysClient" }] }, null, 2),
  );
  const run = spawnSync(NPM, ["exec", "--no", "--", "oagen", "generate"], { cwd: project, encoding: "utf8" });
  generateRun = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  mkdirSync(path.join(project, "node_modules/@acme"), { recursive: true });
  symlinkSync(path.join(project, "packages/keys"), path.join(project, "node_modules/@acme/keys"), "dir");
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed oagen, installed outside the repository", () => {
  it("ships compiled JavaScript, declarations, the runtime sources, the templates and the config schema, and no tsx", () => {
    const root = path.join(project, "node_modules/oagen");
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg["private"]).toBeUndefined();
    expect(pkg).toMatchObject({ license: "MIT", engines: { node: ">=20.19" }, bin: { oagen: "bin/oagen.js" } });
    expect(Object.keys(pkg["dependencies"] as object)).not.toContain("tsx");
    for (const file of ["dist/cli/main.js", "dist/index.d.ts", "dist/runtime-sources/send.ts", "dist/config/oagen.config.schema.json", "templates/package.json.hbs", "dist/build-info.json"]) {
      expect(readFileSync(path.join(root, file), "utf8").length, file).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(root, "bin/oagen.js"), "utf8")).not.toMatch(/tsx/);
  });

  it("`npx oagen generate` reads oagen.config.json and prints a one-line summary", () => {
    expect(generateRun.stderr).toBe("");
    expect(generateRun.status).toBe(0);
    expect(generateRun.stdout).toMatch(/^packages\/keys: wrote \d+ files, 0 unchanged, 0 removed, \d+\.\d s \(1 service: datafactory\)\n$/);
    const pkg = JSON.parse(readFileSync(path.join(project, "packages/keys/package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: "@acme/keys", version: "1.2.3", license: "MIT", description: "Acme's Azure key clients", repository: { type: "git", url: "git+https://github.com/acme/keys.git" }, sideEffects: false });
    expect(readFileSync(path.join(project, "packages/keys/src/runtime/tracing.ts"), "utf8")).toContain("azsdk-js-");
    // The user agent and the tracing spans name the configured package (one generated file, imported by every client).
    expect(readFileSync(path.join(project, "packages/keys/src/package-info.ts"), "utf8")).toMatch(/\{ name: "@acme\/keys", version: "1\.2\.3" \}/);
    expect(readFileSync(path.join(project, "packages/keys/src/datafactory/2018-06-01/client.ts"), "utf8")).toMatch(/import \{ packageInfo \} from "\.\.\/\.\.\/package-info\.js";/);
  });

  it("`oagen init --ts` then `oagen generate` work in an empty folder: defineConfig comes from the installed package", () => {
    const dir = path.join(project, "fresh");
    mkdirSync(dir);
    const bin = path.join(project, "node_modules/.bin/oagen");
    const init = spawnSync(bin, ["init", "--ts"], { cwd: dir, encoding: "utf8" });
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(readFileSync(path.join(dir, "oagen.config.ts"), "utf8")).toContain('import { defineConfig } from "oagen";');
    const generate = spawnSync(bin, ["generate"], { cwd: dir, encoding: "utf8" });
    expect(generate.stderr).toBe("");
    expect(generate.stdout).toMatch(/^generated: wrote \d+ files, 0 unchanged, 0 removed, \d+\.\d s \(1 service: example-vault\)\n$/);
    expect(JSON.parse(readFileSync(path.join(dir, "generated/package.json"), "utf8"))).toMatchObject({ name: "my-azure-clients", license: "MIT" });
    // The shipped declarations type the config: a wrong setting is a type error.
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(path.join(dir, "wrong.config.ts"), 'import { defineConfig } from "oagen";\nexport default defineConfig({ outt: "x" });\n');
    const typed = spawnSync(process.execPath, [TSC, "--noEmit", "--strict", "--skipLibCheck", "--module", "node16", "--target", "es2022", "--types", "node", "--typeRoots", path.join(REPO_ROOT, "node_modules/@types"), "oagen.config.ts", "wrong.config.ts"], { cwd: dir, encoding: "utf8" });
    expect(typed.stdout).toMatch(/^wrong\.config\.ts\(2,31\): error TS2561: .*'outt' does not exist in type 'OagenConfig'\. Did you mean to write 'out'\?\n$/);
    const help = spawnSync(bin, ["generate", "--help"], { cwd: dir, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: oagen generate");
  }, 60_000);

  it.each(["node16", "bundler"])("the output compiles under tsc --strict with %s resolution, consumer code and package alike", (resolution) => {
    const consumer = [
      `import { FactoryKeysClient, KnownIntegrationRuntimeAuthKeyName } from "@acme/keys/datafactory";`,
      `import { createMockHttpClient, createTestCredential } from "@acme/keys/datafactory/mocks";`,
      `import { datafactory, services } from "@acme/keys";`,
      `const client: datafactory.FactoryKeysClient = new FactoryKeysClient({ credential: createTestCredential(), subscriptionId: "12345678-1234-1234-1234-12345678abc", httpClient: createMockHttpClient() });`,
      `const keys = await client.integrationRuntimes.regenerateAuthKey({ resourceGroupName: "exampleResourceGroup", factoryName: "exampleFactoryName", integrationRuntimeName: "exampleIntegrationRuntime", body: { keyName: KnownIntegrationRuntimeAuthKeyName.AuthKey2 } });`,
      `const first: string | undefined = services[0];`,
      `export const result: [string | undefined, string | undefined] = [keys.authKey2, first];`,
    ].join("\n");
    writeFileSync(path.join(project, `consumer-${resolution}.ts`), consumer + "\n");
    const compilerOptions = {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      target: "ES2022",
      lib: ["ES2022"],
      types: [],
      noEmit: true,
      skipLibCheck: true,
      ...(resolution === "node16" ? { module: "node16", moduleResolution: "node16" } : { module: "esnext", moduleResolution: "bundler" }),
    };
    writeFileSync(path.join(project, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files: [`consumer-${resolution}.ts`, "packages/keys/platform-globals.d.ts"] }, null, 2));
    const consumerRun = spawnSync(process.execPath, [TSC, "-p", `tsconfig.${resolution}.json`], { cwd: project, encoding: "utf8" });
    expect(consumerRun.stdout + consumerRun.stderr).toBe("");
    expect(consumerRun.status).toBe(0);
    // The package's own sources, under the same options and this resolution (node16 resolution with the module
    // setting that allows the fixtures' JSON import attributes).
    const packageOptions = { ...compilerOptions, resolveJsonModule: true, ...(resolution === "node16" ? { module: "node18" } : {}) };
    writeFileSync(path.join(project, `tsconfig.package-${resolution}.json`), JSON.stringify({ compilerOptions: packageOptions, include: ["packages/keys/src/**/*.ts", "packages/keys/platform-globals.d.ts"] }, null, 2));
    const packageRun = spawnSync(process.execPath, [TSC, "-p", `tsconfig.package-${resolution}.json`], { cwd: project, encoding: "utf8" });
    expect(packageRun.stdout + packageRun.stderr).toBe("");
    expect(packageRun.status).toBe(0);
  }, 120_000);

  it("imports from ESM and require()s from CommonJS (Node >= 20.19)", () => {
    const call = `const client = new keys.FactoryKeysClient({ credential: mocks.createTestCredential(), subscriptionId: "12345678-1234-1234-1234-12345678abc", httpClient: mocks.createMockHttpClient() });
const result = await client.integrationRuntimes.regenerateAuthKey({ resourceGroupName: "exampleResourceGroup", factoryName: "exampleFactoryName", integrationRuntimeName: "exampleIntegrationRuntime", body: { keyName: "authKey2" } });
console.log(JSON.stringify({ services: root.services, namespaced: typeof root.datafactory.FactoryKeysClient, authKey2: result.authKey2 }));`;
    writeFileSync(path.join(project, "esm.mjs"), `import * as root from "@acme/keys";\nimport * as keys from "@acme/keys/datafactory";\nimport * as mocks from "@acme/keys/datafactory/mocks";\n${call}\n`);
    writeFileSync(path.join(project, "cjs.cjs"), `const root = require("@acme/keys");\nconst keys = require("@acme/keys/datafactory");\nconst mocks = require("@acme/keys/datafactory/mocks");\n(async () => {\n${call}\n})().catch((e) => { console.error(e); process.exit(1); });\n`);
    for (const file of ["esm.mjs", "cjs.cjs"]) {
      const run = spawnSync(process.execPath, ["--no-warnings", file], { cwd: project, encoding: "utf8" });
      expect(run.stderr, file).toBe("");
      expect(JSON.parse(run.stdout), file).toEqual({ services: ["datafactory"], namespaced: "function", authKey2: expect.any(String) });
    }
  });
});
