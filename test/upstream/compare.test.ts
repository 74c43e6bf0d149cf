/**
 * `oagen compare` for the five operations: the differences between each fragment and its upstream file are
 * exactly those specs/UPSTREAM.md lists (with a reason each), and the command's exit code says whether the two
 * are equal. A fixture pair proves the comparison sees parameter constraints, secrets and paging.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareOperation, formatDifference } from "../../generator/compare/index.ts";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";
import { UPSTREAM_OPERATIONS } from "./support/upstream.ts";

/** The backticked first cell of each table row, per `## <service> <OperationId>` section of UPSTREAM.md. */
function listedDifferences(): Map<string, string[]> {
  const text = readFileSync(path.join(REPO_ROOT, "specs/UPSTREAM.md"), "utf8");
  const out = new Map<string, string[]>();
  let section: string | undefined;
  for (const line of text.split("\n")) {
    const heading = /^## (\S+) (\S+)$/.exec(line);
    if (heading) {
      section = heading[1]!;
      out.set(section, []);
      continue;
    }
    const row = /^\| `(.+)` \| (.+) \|$/.exec(line);
    if (row && section) {
      expect(row[2]!.trim().length, `a reason for ${row[1]}`).toBeGreaterThan(20);
      out.get(section)!.push(row[1]!);
    }
  }
  return out;
}

describe("oagen compare: fragments against upstream", () => {
  const listed = listedDifferences();

  it("UPSTREAM.md has a section for each of the five operations", () => {
    expect([...listed.keys()].sort()).toEqual(UPSTREAM_OPERATIONS.map((o) => o.service).sort());
  });

  it.each(UPSTREAM_OPERATIONS.map((o) => [o.service, o] as const))("%s: the differences are exactly the listed ones", async (service, op) => {
    const result = await compareOperation({ fragment: op.fragment, upstream: op.file, operationId: op.operationId, cwd: REPO_ROOT, ...(op.credentialScopes ? { credentialScopes: op.credentialScopes } : {}) });
    expect(result.differences.map(formatDifference)).toEqual(listed.get(service));
  });

  it("exits 0 when equal and 1 when the operation differs, printing each difference", async () => {
    const apim = UPSTREAM_OPERATIONS.find((o) => o.service === "apimanagement")!;
    const equal = await runCli(["compare", apim.fragment, apim.file, "--operation", apim.operationId, "-q"]);
    expect(equal).toMatchObject({ code: 0, stdout: "TenantAccess_ListSecrets: no differences.\n" });
    const ml = UPSTREAM_OPERATIONS.find((o) => o.service === "machinelearningservices")!;
    const differ = await runCli(["compare", ml.fragment, ml.file, "--operation", ml.operationId, "-q"]);
    expect(differ.code).toBe(1);
    for (const row of listed.get("machinelearningservices")!) expect(differ.stdout).toContain(`  ${row}\n`);
    const usage = await runCli(["compare", ml.fragment, "--operation", ml.operationId]);
    expect(usage.code).toBe(2);
  });
});
