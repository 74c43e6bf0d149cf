/**
 * The benchmark's synthetic spec maker (bench/synthetic): a valid OpenAPI 3.1 document that oagen loads and
 * models without a warning, N operations with distinct operationIds, paths and schema names, the shapes of
 * the five fragments, and the same bytes every time.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSyntheticSpec, printSyntheticSpec, readFragments, SYNTHETIC_API_VERSION } from "../../bench/synthetic/synthetic-spec.ts";
import { toSwagger2 } from "../../bench/synthetic/to-swagger2.ts";
import { loadAndModel } from "../../generator/core/index.ts";
import type { IrDocument } from "../../generator/model/index.ts";

const OPERATIONS = 23; // not a multiple of five: the last round of copies is partial
const fragments = readFragments();

describe("synthetic spec maker", () => {
  let dir: string;
  let ir: IrDocument;
  let warnings: { code: string; severity: string }[];
  const doc = makeSyntheticSpec({ operations: OPERATIONS, groupSize: 2 });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "oagen-synthetic-"));
    const file = path.join(dir, "synthetic.yaml");
    writeFileSync(file, printSyntheticSpec(doc));
    ({ ir, warnings } = await loadAndModel({ inputs: [file], cwd: dir }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is a valid OpenAPI 3.1 document that oagen models without warnings", () => {
    expect(doc["openapi"]).toBe("3.1.0");
    // The Machine Learning clones keep the upstream sample's registry password: replaced, one warning each.
    // Infos are not warnings (the synthetic error model keeps upstream's x-ms-client-flatten: client-flatten-not-applied).
    expect(warnings.filter((w) => w.code !== "secret-in-example" && w.severity !== "info")).toEqual([]);
    expect(ir.services).toHaveLength(1);
    expect(ir.services[0]!.apiVersion).toBe(SYNTHETIC_API_VERSION);
  });

  it("has N operations with distinct operationIds and paths", () => {
    const operations = ir.services[0]!.operations;
    expect(operations).toHaveLength(OPERATIONS);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(OPERATIONS);
    expect(Object.keys(doc["paths"] as object)).toHaveLength(OPERATIONS);
  });

  it("clones every fragment's components once per copy, under distinct names", () => {
    const schemas = Object.keys((doc["components"] as { schemas: object }).schemas);
    let expected = 0;
    for (let i = 0; i < OPERATIONS; i++) {
      const source = fragments[i % fragments.length]!.doc["components"] as { schemas?: object };
      expected += Object.keys(source.schemas ?? {}).length;
    }
    expect(schemas).toHaveLength(expected);
    expect(Object.keys(ir.services[0]!.schemas)).toHaveLength(expected);
  });

  it("keeps the fragments' shapes: paging, enums, patterns, recursive error models", () => {
    const service = ir.services[0]!;
    const pagedInFragments = fragments.filter((f) => JSON.stringify(f.doc).includes("x-ms-pageable")).length;
    const copiesOf = (index: number) => Math.floor(OPERATIONS / fragments.length) + (index < OPERATIONS % fragments.length ? 1 : 0);
    const expectedPaged = fragments.reduce((n, f, index) => n + (JSON.stringify(f.doc).includes("x-ms-pageable") ? copiesOf(index) : 0), 0);
    expect(pagedInFragments).toBeGreaterThan(0);
    expect(service.operations.filter((o) => o.paging).length).toBe(expectedPaged);
    const text = JSON.stringify(doc);
    expect(text).toContain('"pattern"');
    expect(text).toContain('"enum"');
    const errorModels = Object.entries((doc["components"] as { schemas: Record<string, unknown> }).schemas).filter(([name, schema]) =>
      JSON.stringify(schema).includes(`"#/components/schemas/${name}"`),
    );
    expect(errorModels.length).toBeGreaterThanOrEqual(OPERATIONS / fragments.length);
  });

  it("is deterministic", () => {
    expect(printSyntheticSpec(makeSyntheticSpec({ operations: OPERATIONS, groupSize: 2 }))).toBe(printSyntheticSpec(doc));
    expect(printSyntheticSpec(makeSyntheticSpec({ operations: OPERATIONS, groupSize: 2 }), "json")).toBe(printSyntheticSpec(doc, "json"));
  });

  it("converts to Swagger 2.0 that oagen models into the same IR, JSON pointers aside", async () => {
    const file = path.join(dir, "synthetic-swagger.json");
    writeFileSync(file, printSyntheticSpec(toSwagger2(doc), "json"));
    const swagger = await loadAndModel({ inputs: [file], cwd: dir });
    expect(swagger.warnings.filter((w) => w.code !== "secret-in-example" && w.severity !== "info")).toEqual([]);
    expect(swagger.ir.services[0]!.specFormat).toBe("swagger-2.0");
    // Pointers differ between the formats (#/definitions/X vs #/components/schemas/X, …/schema vs …/content/…).
    const comparable = (ir: IrDocument) => {
      const { specFile: _f, specFormat: _v, ...service } = ir.services[0]!;
      return JSON.parse(JSON.stringify(service, (key, value: unknown) => (key === "pointer" ? undefined : value)).replace(/#\/definitions\//g, "#/components/schemas/").replace(/#\/parameters\//g, "#/components/parameters/"));
    };
    expect(comparable(swagger.ir)).toEqual(comparable(ir));
  });

  it("rejects a non-positive operation count", () => {
    expect(() => makeSyntheticSpec({ operations: 0 })).toThrow(/positive integer/);
  });
});
