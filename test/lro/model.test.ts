/**
 * The model's reading of `x-ms-long-running-operation` and `x-ms-long-running-operation-options`, from
 * OpenAPI 3 and Swagger 2.0: the IR's `lro` (final-state-via, result status, the begin/AndWait names), and a
 * warning with a pointer and a fix for what the client cannot honour.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAndModel } from "../../generator/core/index.ts";
import { createWorkspace } from "../hostile/support/generated-package.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

const workspace = createWorkspace("lro-model");
afterAll(() => workspace.dispose());

async function model(name: string, document: object) {
  const file = path.join(workspace.dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  const { ir, warnings } = await loadAndModel({ inputs: [file], cwd: REPO_ROOT, service: name });
  // These documents name no token scope on purpose (nothing here is about auth).
  return { service: ir.services[0]!, warnings: warnings.filter((w) => w.code !== "no-credential-scope") };
}

const swagger = (operation: object) => ({
  swagger: "2.0",
  info: { title: "Things", version: "2024-01-01" },
  host: "things.example.com",
  schemes: ["https"],
  paths: { "/things/{name}": { put: { operationId: "Things_Create", parameters: [{ name: "name", in: "path", required: true, type: "string" }], ...operation } } },
  definitions: { Thing: { type: "object", properties: { name: { type: "string" } } } },
});

const openapi = (operation: object) => ({
  openapi: "3.0.3",
  info: { title: "Things", version: "2024-01-01" },
  servers: [{ url: "https://things.example.com" }],
  paths: { "/things": { post: { operationId: "Things_Rebuild", ...operation } } },
  components: {
    schemas: { ThingList: { type: "object", properties: { value: { type: "array", items: { type: "string" } }, nextLink: { type: "string" } } } },
  },
});

describe("model: long-running operations", () => {
  it("reads Swagger 2.0: final-state-via, the result from 200 over 201, begin<Method> and its AndWait twin", async () => {
    const { service, warnings } = await model("swagger-lro", swagger({
      responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Thing" } }, "201": { description: "created", schema: { $ref: "#/definitions/Thing" } } },
      "x-ms-long-running-operation": true,
      "x-ms-long-running-operation-options": { "final-state-via": "Azure-Async-Operation" },
    }));
    expect(warnings).toEqual([]);
    const [op] = service.operations;
    expect(op).toMatchObject({
      method: "beginCreate",
      functionName: "thingsBeginCreate",
      lro: { finalStateVia: "azure-async-operation", resultStatus: "200", andWaitMethod: "beginCreateAndWait", andWaitFunctionName: "thingsBeginCreateAndWait" },
    });
  });

  it("an operation without the flag (or with false) is an ordinary call", async () => {
    const { service } = await model("swagger-plain", swagger({ responses: { "200": { description: "ok" } }, "x-ms-long-running-operation": false }));
    expect(service.operations[0]).toMatchObject({ method: "create", functionName: "thingsCreate" });
    expect(service.operations[0]!.lro).toBeUndefined();
  });

  it("warns with a pointer for an unknown final-state-via and falls back to Azure's default; no result without a body", async () => {
    const { service, warnings } = await model("bad-final-state", openapi({
      responses: { "202": { description: "accepted" } },
      "x-ms-long-running-operation": true,
      "x-ms-long-running-operation-options": { "final-state-via": "somewhere" },
    }));
    expect(service.operations[0]!.lro).toEqual({ andWaitMethod: "beginRebuildAndWait", andWaitFunctionName: "thingsBeginRebuildAndWait" });
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([
      ["invalid-final-state-via", "#/paths/~1things/post/x-ms-long-running-operation-options/final-state-via"],
    ]);
    expect(warnings[0]!.line).toBeGreaterThan(0);
  });

  it("warns when the flag is not a boolean, and when a long-running operation is also x-ms-pageable (not paged)", async () => {
    const notBoolean = await model("lro-string", openapi({ responses: { "200": { description: "ok" } }, "x-ms-long-running-operation": "yes" }));
    expect(notBoolean.service.operations[0]!.lro).toBeUndefined();
    expect(notBoolean.warnings.map((w) => w.code)).toEqual(["invalid-long-running-operation"]);

    const pageable = await model("lro-pageable", openapi({
      responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/ThingList" } } } } },
      "x-ms-long-running-operation": true,
      "x-ms-pageable": { nextLinkName: "nextLink" },
    }));
    expect(pageable.service.operations[0]).toMatchObject({ lro: { resultStatus: "200" } });
    expect(pageable.service.operations[0]!.paging).toBeUndefined();
    expect(pageable.warnings.map((w) => [w.code, w.pointer])).toEqual([["long-running-pageable", "#/paths/~1things/post/x-ms-pageable"]]);
  });

  it("names begin<Method> apart from an operation already called that", async () => {
    const doc = openapi({ responses: { "202": { description: "accepted" } }, "x-ms-long-running-operation": true });
    (doc.paths as Record<string, object>)["/things:begin"] = { post: { operationId: "Things_BeginRebuild", responses: { "200": { description: "ok" } } } };
    const { service } = await model("lro-collision", doc);
    const methods = service.operations.map((op) => [op.operationId, op.method, op.functionName, op.lro?.andWaitMethod]);
    expect(methods).toEqual([
      ["Things_BeginRebuild", "beginRebuild", "thingsBeginRebuild", undefined],
      ["Things_Rebuild", "beginRebuild2", "thingsBeginRebuild2", "beginRebuild2AndWait"],
    ]);
  });
});
