/**
 * A real pair: Azure's Purview Scanning 2023-09-01 spec in two stored revisions (../shared/upstream/variants/ holds
 * the older one; INDEX.md lists what changed between them). Swagger 2.0 on both sides, diffed as IRs. Three
 * operations the revisions changed are modelled (with --operation, as `oagen generate` would) to keep it fast.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadAndModel } from "../../generator/core/index.ts";
import { diffDocuments } from "../../generator/diff/index.ts";
import { UPSTREAM_ROOT } from "../upstream/support/upstream.ts";

const SHARED = path.dirname(UPSTREAM_ROOT);
const OLD = "variants/purview-scanning-2023-09-01-scanningService@00a4a96f.json";
const NEW = "azure-rest-api-specs/specification/purview/data-plane/Azure.Analytics.Purview.Scanning/stable/2023-09-01/scanningService.json";
const OPERATIONS = ["IntegrationRuntimes_ListAuthKeys", "IntegrationRuntimes_DisableInteractiveQuery", "ScanResult_RunScan"];

describe("a real pair from Azure's upstream specs (Purview Scanning 2023-09-01, two revisions)", () => {
  it("reports what INDEX.md lists, classified, with pointers in both files", async () => {
    const model = (input: string) => loadAndModel({ inputs: [input], cwd: SHARED, operations: OPERATIONS, service: "purview-scanning" });
    const [before, after] = [await model(OLD), await model(NEW)];
    const report = diffDocuments(before.ir, after.ir, { old: OLD, new: NEW });
    const summary = report.changes.map((c) => `${c.code}:${c.severity === "breaking" ? "B" : "n"}:${c.subject.name}.${c.path}`);
    // "The path `:run` replaced the `PUT .../runs/{runId}` run-scan operation, and `runIdInQuery` was added."
    expect(summary).toContain("path-changed:B:ScanResult_RunScan.");
    expect(summary).toContain("method-changed:B:ScanResult_RunScan.");
    expect(summary).toContain("parameter-moved:n:ScanResult_RunScan.parameters.runId");
    // "DisableInteractiveQuery now returns 202 instead of 200."
    expect(summary).toContain("response-removed:n:IntegrationRuntimes_DisableInteractiveQuery.responses.200");
    expect(summary.some((s) => s.startsWith("response-added:") && s.endsWith("IntegrationRuntimes_DisableInteractiveQuery.responses.202"))).toBe(true);
    // "`ErrorResponseModel.error` changed from `items` to `$ref`."
    expect(summary).toContain("type-changed:B:ErrorResponseModel.error");
    const error = report.changes.find((c) => c.subject.name === "ErrorResponseModel" && c.code === "type-changed")!;
    expect(error.old).toMatchObject({ file: before.ir.services[0]!.specFile, pointer: "#/definitions/ErrorResponseModel/properties/error" });
    expect(error.new).toMatchObject({ file: after.ir.services[0]!.specFile, pointer: "#/definitions/ErrorResponseModel/properties/error" });
    expect(report.summary.bump).toBe("major");
  }, 60_000);
});
