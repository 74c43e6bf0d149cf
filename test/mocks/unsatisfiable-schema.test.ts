/**
 * Issue 13, finding 5: a schema no value satisfies (a required self-reference, a `multipleOf` with no multiple
 * between its bounds, a pattern longer than its `maxLength`) is a warning with its place, not a failed build. The
 * operation keeps its documented samples only, and its mock answers 501, in the service's error model, where it
 * has none; the other operations of the service are mocked as usual.
 */
import { createPipelineFromOptions, createPipelineRequest } from "@azure/core-rest-pipeline";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics/index.ts";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";
import { createWorkspace } from "../hostile/support/generated-package.ts";

const workspace = createWorkspace("unsatisfiable");
afterAll(() => workspace.dispose());

const get = (operationId: string, route: string, schema: string, extra = "") => `  ${route}:
    get:
      operationId: ${operationId}
${extra}      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: ${schema}
        default:
          description: Error
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ErrorResponse"}
`;

const SPEC = `openapi: 3.0.3
info: {title: Unsatisfiable, version: "2024-01-01"}
servers: [{url: "https://unsatisfiable.example.com"}]
paths:
${get("Nodes_Get", "/nodes", '{$ref: "#/components/schemas/Node"}')}${get(
  "Counts_Get",
  "/counts",
  '{$ref: "#/components/schemas/Count"}',
  `      x-ms-examples:
        Documented:
          parameters: {}
          responses:
            "200": {body: {count: 7}}
`,
)}${get("Codes_Get", "/codes", '{type: object, required: [code], properties: {code: {type: string, pattern: "^[a-z]{8}$", maxLength: 4}}}')}${get(
  "Things_Get",
  "/things",
  '{type: object, required: [name], properties: {name: {type: string, maxLength: 10}}}',
)}components:
  schemas:
    Node:
      type: object
      required: [next]
      properties:
        next: {$ref: "#/components/schemas/Node"}
    Count:
      type: object
      required: [count]
      properties:
        count: {type: integer, minimum: 1, maximum: 6, multipleOf: 7}
    ErrorResponse:
      type: object
      properties:
        error:
          type: object
          properties:
            code: {type: string}
            message: {type: string}
`;

describe("an unsatisfiable schema", () => {
  it("warns with file, pointer, line and column, generates the package, and mocks the operation without synthesised answers", async () => {
    const folder = path.join(workspace.dir, "specs", "unsatisfiable", "2024-01-01");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "spec.yaml"), SPEC);
    const file = path.relative(REPO_ROOT, path.join(folder, "spec.yaml"));
    const out = path.join(workspace.dir, "out");

    const result = await runCli(["generate", path.join(workspace.dir, "specs"), "--out", out, "--format", "json"]);
    expect(result.stderr).not.toContain("a bug in oagen");
    expect(result.code).toBe(0);
    const warnings = (JSON.parse(result.stderr) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.code === "fixture-synthesis");
    expect(warnings.map((d) => d.message.split(":")[0]).sort()).toEqual(["Codes_Get", "Counts_Get", "Nodes_Get"]);
    for (const d of warnings) {
      expect(d).toMatchObject({ severity: "warning", file, pointer: expect.stringMatching(/^#\/components\/schemas\/|^#\/paths\//), line: expect.any(Number), column: expect.any(Number), hint: expect.any(String) });
    }
    expect(warnings.find((d) => d.message.startsWith("Counts_Get"))!.pointer).toBe("#/components/schemas/Count/properties/count");
    expect(warnings.find((d) => d.message.startsWith("Nodes_Get"))!.message).toContain("answers 501");

    const mocks = (await import(pathToFileURL(path.join(out, "dist", "unsatisfiable", "mocks.js")).href)) as {
      fixtures: Record<string, Record<string, { status: number; body?: unknown }>>;
      createMockHttpClient: () => Parameters<ReturnType<typeof createPipelineFromOptions>["sendRequest"]>[0];
    };
    expect(Object.keys(mocks.fixtures["Nodes_Get"]!)).toEqual([]);
    expect(Object.keys(mocks.fixtures["Counts_Get"]!)).toEqual(["example-documented"]);
    expect(Object.keys(mocks.fixtures["Things_Get"]!)).toContain("200");

    const client = mocks.createMockHttpClient();
    const pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 0 } });
    const send = async (route: string) => {
      const res = await pipeline.sendRequest(client, createPipelineRequest({ url: `https://unsatisfiable.example.com${route}`, method: "GET" }));
      return { status: res.status, body: JSON.parse(res.bodyAsText ?? "null") as unknown };
    };
    const nodes = await send("/nodes");
    expect(nodes.status).toBe(501);
    expect(nodes.body).toMatchObject({ error: { code: expect.any(String), message: expect.stringContaining("Nodes_Get") } });
    expect(await send("/counts")).toEqual({ status: 200, body: { count: 7 } });
    expect((await send("/codes")).status).toBe(501);
    const things = await send("/things");
    expect(things.status).toBe(200);
    expect(things.body).toMatchObject({ name: expect.any(String) });
  }, 120_000);
});
