/** The generator, its runtime and every test type-check under the repository's strict tsconfig. */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";

describe("repository sources", () => {
  it("type-check with tsc --noEmit (strict, noUncheckedIndexedAccess)", () => {
    const tsc = path.join(REPO_ROOT, "node_modules/typescript/bin/tsc");
    const run = () => execFileSync(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], { cwd: REPO_ROOT, encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
  }, 180_000);
});
