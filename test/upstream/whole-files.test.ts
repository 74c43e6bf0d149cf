/**
 * Whole upstream files generate and type-check as one package (one pipeline run shared by every test here):
 * scanningService.json with its 58 operations, apimtenant.json, iotdps.json, and workspaceRP.json for the
 * operations whose files are in the partial checkout. Then the examples sweep: every `x-ms-examples` response
 * body present in the checkout is validated by the generated validator of its response schema. An example that
 * contradicts its own spec must be in example-allow-list.json with the reason — never skipped silently, and an
 * allow-list entry that no longer fails is an error too (the list stays exact).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../generator/core/index.ts";
import type { IrService } from "../../generator/model/ir.ts";
import { writeOutput } from "../../generator/write/write-output.ts";
import { createWorkspace } from "../hostile/support/generated-package.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { UPSTREAM_ROOT } from "./support/upstream.ts";

const FILES = [
  "purview/data-plane/Azure.Analytics.Purview.Scanning/stable/2023-09-01/scanningService.json",
  "apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/apimtenant.json",
  "deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2018-01-22/iotdps.json",
  "machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2024-10-01/workspaceRP.json",
].map((f) => path.join(UPSTREAM_ROOT, "specification", f));
/** The file of the checkout that is absent (INDEX.md): operations that need it are left out. */
const ABSENT = "machineLearningServices.json";

interface AllowedExample {
  service: string;
  operationId: string;
  example: string;
  status: string;
  reason: string;
}
const ALLOW_LIST = JSON.parse(readFileSync(new URL("./example-allow-list.json", import.meta.url), "utf8")) as AllowedExample[];

/** Every operationId of the files, but those whose path item refers to the absent file. */
function presentOperations(): { all: string[]; left: string[] } {
  const all: string[] = [];
  const left: string[] = [];
  for (const file of FILES) {
    const doc = JSON.parse(readFileSync(file, "utf8")) as { paths: Record<string, Record<string, { operationId?: string }>> };
    for (const item of Object.values(doc.paths)) {
      const needsAbsent = JSON.stringify(item).includes(ABSENT);
      for (const op of Object.values(item)) {
        if (typeof op !== "object" || op === null || typeof op.operationId !== "string") continue;
        (needsAbsent ? left : all).push(op.operationId);
      }
    }
  }
  return { all, left };
}

const workspace = createWorkspace("upstream-whole");
afterAll(() => workspace.dispose());
let result: PipelineResult;
const operations = presentOperations();

beforeAll(async () => {
  result = await runPipeline({ inputs: FILES, outDir: workspace.dir, cwd: REPO_ROOT, operations: operations.all, typecheck: true });
  writeOutput(result.files, workspace.dir);
}, 900_000);

function service(titleStart: string): IrService {
  return result.ir.services.find((s) => s.title.startsWith(titleStart))!;
}

async function validators(svc: IrService): Promise<Record<string, (value: unknown) => { valid: boolean; errors?: { pointer?: string; message?: string }[] }>> {
  const pkg = JSON.parse(readFileSync(path.join(workspace.dir, "package.json"), "utf8")) as { exports: Record<string, { import: string }> };
  return (await import(pathToFileURL(path.join(workspace.dir, pkg.exports[`./${svc.name}/validators`]!.import)).href)) as never;
}

describe("whole upstream files", () => {
  it("generate and type-check: every operation of the four files (but those needing the absent file)", () => {
    expect(service("MicrosoftScanning").operations).toHaveLength(58);
    expect(service("ApiManagement").operations.length).toBe(14);
    expect(service("iotDps").operations.length).toBe(18);
    // Only the WorkspaceConnections path items refer to the absent machineLearningServices.json.
    expect(operations.left.length).toBeGreaterThan(0);
    for (const id of operations.left) expect(id).toMatch(/^WorkspaceConnections_/);
    const ml = JSON.parse(readFileSync(FILES[3]!, "utf8")) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const mlIds = Object.values(ml.paths).flatMap((item) => Object.values(item).flatMap((op) => (typeof op?.operationId === "string" ? [op.operationId] : [])));
    expect(service("Azure Machine Learning").operations.map((o) => o.operationId).sort()).toEqual(mlIds.filter((id) => !operations.left.includes(id)).sort());
    const generated = result.ir.services.reduce((n, s) => n + s.operations.length, 0);
    expect(generated).toBe(operations.all.length);
    // `typecheck: true` ran the strict whole-program type-check (it throws on any error); declarations are there too.
    expect(result.timings).toHaveProperty("typecheck");
    for (const s of result.ir.services) expect(result.files.some((f) => f.path.endsWith(".d.ts") && f.path.includes(`/${s.name}/`)), s.name).toBe(true);
  });

  it("Purview's polymorphic kinds are unions: the validators dispatch (also through an allOf base) and refuse unknown kinds in requests only", async () => {
    const svc = service("MicrosoftScanning");
    const dataSource = Object.values(svc.schemas).find((n) => n.originalName === "DataSource")!;
    expect(dataSource.union?.name).toBe("DataSourceUnion");
    expect(dataSource.union!.members.length).toBeGreaterThan(20);
    expect(Object.values(svc.schemas).find((n) => n.originalName === "AzureStorageDataSource")!.variant).toEqual({ propertyName: "kind", value: "AzureStorage" });
    const scanUnion = Object.values(svc.schemas).find((n) => n.originalName === "Scan")!.union!;
    expect(scanUnion.members.length).toBeGreaterThan(40);
    const module = await validators(svc);
    const validateDataSource = module[dataSource.validatorName]! as (value: unknown, options?: { direction: "request" | "response" }) => { valid: boolean; errors?: { path: string; keyword: string }[] };
    // DataSource is `allOf: [ProxyResource]` + properties + discriminator; its variants include it: no endless dispatch.
    expect(validateDataSource({ kind: "AzureStorage", properties: { endpoint: "https://example.blob.core.windows.net/" } }).valid).toBe(true);
    expect(validateDataSource({ kind: "AzureStorage", properties: { endpoint: 5 } }).errors).toEqual([expect.objectContaining({ path: "/properties/endpoint", keyword: "type" })]);
    expect(validateDataSource({ kind: "SomeFutureKind" }).valid).toBe(true);
    expect(validateDataSource({ kind: "AzureStorage", id: "x" }, { direction: "request" }).errors).toEqual([expect.objectContaining({ path: "/id", keyword: "readOnly" })]);
    expect(validateDataSource({ kind: "SomeFutureKind" }, { direction: "request" }).errors?.map((e) => e.keyword)).toContain("discriminator");
    const clientSource = result.files.find((f) => f.path.endsWith("/client/data-sources.ts"))!.contents;
    expect(clientSource).toMatch(/body: AdlsGen1DataSourceInput \| [^;]*AzureStorageDataSourceInput \|[^;]* DataSourceInput;/);
  });

  it("the examples sweep: every present example response body validates, or is allow-listed with a reason", async () => {
    const failures: Omit<AllowedExample, "reason">[] = [];
    const details: string[] = [];
    let checked = 0;
    for (const svc of result.ir.services) {
      const module = await validators(svc);
      for (const op of svc.operations) {
        for (const example of op.examples) {
          for (const [status, response] of Object.entries(example.responses)) {
            if (response.body === undefined) continue;
            const declared = op.responses.find((r) => r.status === status) ?? op.errorResponse;
            const ref = declared?.schema?.kind === "ref" ? declared.schema.ref : undefined;
            if (!ref) continue;
            const validate = module[svc.schemas[ref]!.validatorName]!;
            checked++;
            const outcome = validate(response.body);
            if (!outcome.valid) {
              failures.push({ service: svc.name, operationId: op.operationId, example: example.name, status });
              details.push(`${op.operationId} ${example.name} ${status}: ${JSON.stringify(outcome.errors).slice(0, 300)}`);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    const key = (e: Omit<AllowedExample, "reason">) => `${e.service} ${e.operationId} ${e.example} ${e.status}`;
    expect(failures.map(key).sort(), details.join("\n")).toEqual(ALLOW_LIST.map(key).sort());
    for (const entry of ALLOW_LIST) expect(entry.reason.length, key(entry)).toBeGreaterThan(20);
  });
});
