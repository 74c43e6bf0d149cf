/**
 * CLI conventions (issue 12): --help on every command (exit 0, its flags and an example), --version, did-you-mean
 * on unknown commands and flags, config errors reported like spec errors (the config file, line, pointer, fix).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../generator/cli/commands.ts";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";

const temp = mkdtempSync(path.join(tmpdir(), "oagen-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("oagen --help", () => {
  it.each(COMMANDS.map((c) => c.name))("%s --help exits 0 with its flags and an example", async (name) => {
    const { code, stdout } = await runCli([name, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: oagen ${name}`);
    expect(stdout).toMatch(/Flags:\n[\s\S]*--help/);
    expect(stdout).toMatch(new RegExp(`Examples:\\n  (npx )?oagen ${name}`));
    const command = COMMANDS.find((c) => c.name === name)!;
    for (const flag of command.flags) expect(stdout).toContain(`--${flag.name}`);
  });

  it("-h works too, and `oagen help <command>`", async () => {
    expect((await runCli(["generate", "-h"])).code).toBe(0);
    const help = await runCli(["help", "check"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: oagen check");
  });

  it("oagen --help lists every command and exits 0; no command at all is a usage error (2)", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${c.name} `, "m"));
    expect((await runCli([])).code).toBe(2);
  });

  it("generate --help documents --force", async () => {
    expect((await runCli(["generate", "--help"])).stdout).toMatch(/--force\s+rebuild even when/);
  });
});

describe("oagen --version", () => {
  it("prints the package version through the real bin (compiled JavaScript, no tsx)", () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "generator/package.json"), "utf8")) as { version: string };
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "generator/bin/oagen.js"), "--version"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });
});

describe("did you mean", () => {
  it("suggests the command nearest a misspelt one", async () => {
    const { code, stderr } = await runCli(["genrate"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "genrate"; did you mean "generate"?');
    expect((await runCli(["chek"])).stderr).toContain('did you mean "check"?');
    expect((await runCli(["xyzzy"])).stderr).toMatch(/the commands are generate, check/);
  });

  it("suggests the flag nearest a misspelt one, and points at the command's help", async () => {
    const { code, stderr } = await runCli(["generate", "--froce"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown flag "--froce" for `oagen generate`; did you mean "--force"?');
    expect(stderr).toContain("Run `oagen generate --help`");
    expect((await runCli(["mock", "--prot", "1"])).stderr).toContain('did you mean "--port"?');
  });
});

describe("config errors", () => {
  it("name the config file, the line and the JSON pointer, what is wrong and the fix (exit 2)", async () => {
    const dir = mkdtempSync(path.join(temp, "bad-"));
    writeFileSync(path.join(dir, "oagen.config.json"), '{\n  // a comment\n  "specs": ["specs"],\n  "outt": "x",\n  "version": "one",\n  "services": [{ "service": "Data Factory" }]\n}\n');
    const { code, stderr } = await runCli(["generate"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('error [invalid-config] oagen.config.json:4:3 at #/outt\n  "outt" is not a setting oagen knows.\n  Fix: Did you mean "out"?');
    expect(stderr).toMatch(/oagen\.config\.json:5:\d+ at #\/version\n {2}`version` is "one", which is not valid here\.\n {2}Fix: /);
    expect(stderr).toMatch(/oagen\.config\.json:6:\d+ at #\/services\/0\/service\n/);
  });

  it("a JSON syntax error names the file and line", async () => {
    const dir = mkdtempSync(path.join(temp, "syntax-"));
    writeFileSync(path.join(dir, "oagen.config.json"), '{\n  "out": "x",\n  "name": \n}\n');
    const { code, stderr } = await runCli(["generate"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error \[invalid-config\] oagen\.config\.json:\d+:\d+\n {2}The file is not valid JSON/);
  });

  it("a TypeScript config with a wrong type is checked the same way", async () => {
    const dir = mkdtempSync(path.join(temp, "ts-"));
    writeFileSync(path.join(dir, "oagen.config.ts"), 'const config: Record<string, unknown> = { specs: "specs" };\nexport default config;\n');
    const { code, stderr } = await runCli(["check"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("error [invalid-config] oagen.config.ts at #/specs\n  `specs` must be an array.");
  });

  it("--config names a file that does not exist: exit 2 with the fix", async () => {
    const { code, stderr } = await runCli(["generate", "--config", "nope.json"], temp);
    expect(code).toBe(2);
    expect(stderr).toContain("error [invalid-config] nope.json\n  This config file does not exist.");
  });
});

describe("oagen init", () => {
  it("writes a commented starter config and an example spec, refuses to overwrite, and the result generates", async () => {
    const dir = mkdtempSync(path.join(temp, "init-"));
    const first = await runCli(["init"], dir);
    expect(first.code).toBe(0);
    expect(readFileSync(path.join(dir, "oagen.config.json"), "utf8")).toMatch(/^\{\n {2}\/\/ oagen configuration/);
    const again = await runCli(["init"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("oagen.config.json, specs/example-vault/2024-01-01/Secrets_Get.yaml already exist; nothing written.");
    const generated = await runCli(["generate", "--quiet"], dir);
    expect(generated.stderr).toBe("");
    expect(generated.code).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(dir, "generated/package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: "my-azure-clients", version: "0.1.0", license: "MIT" });
    const summary = await runCli(["generate"], dir);
    expect(summary.stdout).toMatch(/^generated: up to date, wrote 0 files, \d+ unchanged, \d+\.\d s \(no spec, config or oagen change; --force rebuilds\)\n$/);
  }, 60_000);
});
