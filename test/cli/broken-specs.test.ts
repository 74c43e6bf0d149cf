/** Bad input exits 2 with a message naming the file and location, and leaves the output folder untouched. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "oagen-broken-"));
mkdirSync(path.join(out, "previous"), { recursive: true });
writeFileSync(path.join(out, "previous", "keep.txt"), "previous output\n");
afterAll(() => rmSync(out, { recursive: true, force: true }));

const snapshot = () => readdirSync(out, { recursive: true }).map(String).sort().map((f) => [f, safeRead(path.join(out, f))]);
const safeRead = (f: string) => {
  try {
    return readFileSync(f, "utf8");
  } catch {
    return "<dir>";
  }
};

const cases: [file: string, code: string, location: RegExp, words: RegExp][] = [
  ["yaml-syntax.yaml", "yaml-syntax", /yaml-syntax\.yaml:12:\d+/, /syntax error/i],
  ["dangling-ref.yaml", "dangling-ref", /dangling-ref\.yaml:30:\d+ at #\/paths\/~1things~1\{thingName\}~1listKeys\/post\/responses\/200\/content\/application~1json\/schema\/\$ref/, /#\/components\/schemas\/Missing/],
  ["undeclared-path-parameter.yaml", "undeclared-path-parameter", /undeclared-path-parameter\.yaml:10:\d+ at #\/paths\//, /\{itemName\}/],
  ["invalid-regex.yaml", "invalid-regex", /invalid-regex\.yaml:18:\d+ at #\/paths\/.*\/parameters\/0\/schema\/pattern/, /\^\[a-z\+\$/],
  ["invalid-openapi.yaml", "invalid-openapi", /invalid-openapi\.yaml:3:1 at #\/info/, /title/],
  ["duplicate-key.yaml", "duplicate-key", /duplicate-key\.yaml:12:\d+/, /unique/],
];

describe("oagen generate on broken specs", () => {
  it.each(cases)("%s → exit 2 naming file and location", async (file, code, location, words) => {
    const before = snapshot();
    const result = await runCli(["generate", `test/specs/broken/${file}`, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`[${code}]`);
    expect(result.stderr).toMatch(location);
    expect(result.stderr).toMatch(words);
    expect(result.stderr).toMatch(/Fix: /);
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(snapshot()).toEqual(before);
  });

  it("reports an unreadable file as exit 2", async () => {
    const result = await runCli(["generate", "test/specs/broken/does-not-exist.yaml", "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\[unreadable-file\] test\/specs\/broken\/does-not-exist\.yaml/);
  });

  it("prints diagnostics as JSON with --format json", async () => {
    const result = await runCli(["generate", "test/specs/broken/dangling-ref.yaml", "--out", out, "--format", "json"]);
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stderr) as { diagnostics: { code: string; file: string; line: number; column: number; pointer: string }[] };
    expect(parsed.diagnostics[0]).toMatchObject({ code: "dangling-ref", file: "test/specs/broken/dangling-ref.yaml", line: 30 });
  });

  it("rejects unknown options and commands with exit 2", async () => {
    expect((await runCli(["generate", "--bogus"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });
});
