/**
 * Notes (`info` diagnostics, e.g. `x-ms-client-flatten` read but not applied) stay out of a normal run's text
 * output — oagen runs in every build of every downstream package — and appear with `--verbose` and in
 * `--format json`. Warnings are always printed.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../support/pipeline.ts";

const SPEC = "specs/datafactory/2018-06-01"; // CloudError.error carries upstream's x-ms-client-flatten

describe("notes (info diagnostics)", () => {
  it("are not printed in text without --verbose", async () => {
    const result = await runCli(["inspect", SPEC]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain("client-flatten-not-applied");
  });

  it("are printed with --verbose, located", async () => {
    const result = await runCli(["inspect", SPEC, "--verbose"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^info \[client-flatten-not-applied\] specs\/datafactory\/2018-06-01\/\S+\.yaml:\d+:\d+ at #\/components\/schemas\/CloudError\/properties\/error/m);
  });

  it("are always in --format json", async () => {
    const result = await runCli(["inspect", SPEC, "--format", "json"]);
    const { diagnostics } = JSON.parse(result.stderr) as { diagnostics: { severity: string; code: string }[] };
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: "info", code: "client-flatten-not-applied" }));
  });
});
