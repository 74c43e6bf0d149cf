/**
 * oagen compiles each file on its own with oxc (generator/compile/transpile.ts). Its declarations must be the ones
 * TypeScript would write: every `.d.ts` of the committed package is compared with TypeScript's
 * `transpileDeclaration` of the same source, token by token (hostile specs: test/hostile/hostile-specs.test.ts).
 * A compile problem is an oagen bug, reported with the file and position.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { transpileUnit } from "../../generator/compile/transpile.ts";
import { compareDeclarations } from "../support/declarations.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

describe("compile", () => {
  it("writes TypeScript's declarations for every file of the committed package", () => {
    const { compared, mismatches } = compareDeclarations(path.join(REPO_ROOT, "generated"));
    expect(compared).toBeGreaterThan(60);
    expect(mismatches).toEqual([]);
  });

  it("reports an export without an explicit type as an oagen bug naming the file and position", async () => {
    const unit = { kind: "text" as const, path: "src/svc/broken.ts", contents: "export const values = [1, 2].map((n) => n * 2);\n" };
    await expect(transpileUnit(unit)).rejects.toMatchObject({ name: "GeneratedCodeError", diagnostics: expect.stringMatching(/^src\/svc\/broken\.ts:1:\d+ \S/) });
  });

  it("maps the JavaScript and the declarations to the shipped source", async () => {
    const unit = { kind: "text" as const, path: "src/svc/ok.ts", contents: "/** Doubles. */\nexport function double(n: number): number {\n  return n * 2;\n}\n" };
    const files = await transpileUnit(unit);
    expect(files.map((f) => f.path)).toEqual(["dist/svc/ok.js", "dist/svc/ok.js.map", "dist/svc/ok.d.ts", "dist/svc/ok.d.ts.map"]);
    const [js, jsMap, dts, dtsMap] = files.map((f) => f.contents);
    expect(js).toContain("export function double(n) {");
    expect(js!.endsWith("//# sourceMappingURL=ok.js.map\n")).toBe(true);
    expect(dts).toContain("export declare function double(n: number): number;");
    expect(dts!.endsWith("//# sourceMappingURL=ok.d.ts.map\n")).toBe(true);
    for (const [map, file] of [[jsMap, "ok.js"], [dtsMap, "ok.d.ts"]] as const) {
      const parsed = JSON.parse(map!) as { file: string; sources: string[]; mappings: string };
      expect(parsed).toMatchObject({ file, sources: ["../../src/svc/ok.ts"] });
      expect(parsed.mappings.length).toBeGreaterThan(0);
    }
  });
});
