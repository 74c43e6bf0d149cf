/**
 * Issue 13, finding 2: real secrets in `x-ms-examples` never ship. Keys and connection strings — on properties
 * marked `x-ms-secret`, on secret-named properties, and key-shaped values anywhere — are replaced with fake keys
 * before the IR, so fixtures JSON, mocks.ts and the compiled mocks.js hold none of them; one warning per value.
 */
import { describe, expect, it, beforeAll } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { runPipeline, type PipelineResult } from "../../generator/core/index.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { createWorkspace } from "./support/generated-package.ts";

const STORAGE_KEY = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0g=";
const CONNECTION = `DefaultEndpointsProtocol=https;AccountName=acct1;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net`;
const BUS = "Endpoint=sb://ns1.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=q9Xr4T2pLm8Zk3Wc7Vb1Nf6Hd5Js0Ga4Ey2Uo8Ti6Rw=";
const SAS = "https://acct1.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CdEf0GhI%3D";
const PLAIN_SECRET = "hunter2-correct-horse";
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I6nmsBQ9ZDKq8g";
const PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";
const SECRETS = [STORAGE_KEY, "q9Xr4T2pLm8Zk3Wc7Vb1Nf6Hd5Js0Ga4Ey2Uo8Ti6Rw=", "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CdEf0GhI", PLAIN_SECRET, JWT, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"];

const SPEC = `openapi: 3.1.0
info: {title: Leaky, version: "2024-01-01"}
servers: [{url: "https://management.azure.com"}]
paths:
  /accounts/{accountName}/listKeys:
    post:
      operationId: Accounts_ListKeys
      parameters:
        - {name: accountName, in: path, required: true, schema: {type: string}}
        - {name: api-version, in: query, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                note: {type: string}
                hiddenValue: {type: string, x-ms-secret: true}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Keys"}
      x-ms-examples:
        Leaky:
          parameters:
            accountName: acct1
            api-version: "2024-01-01"
            body: {note: ${JSON.stringify(JWT)}, hiddenValue: ${JSON.stringify(PLAIN_SECRET)}}
          responses:
            "200":
              headers: {x-ms-sas: ${JSON.stringify(SAS)}}
              body:
                connectionString: ${JSON.stringify(CONNECTION)}
                opaque: ${JSON.stringify(PLAIN_SECRET)}
                described: ${JSON.stringify(`the key is ${STORAGE_KEY}`)}
                bus: ${JSON.stringify(BUS)}
                primaryKey: "<primary key>"
                masked: "##########"
                certificate: ${JSON.stringify(PEM)}
                accountName: exampleAccountName
components:
  schemas:
    Keys:
      type: object
      properties:
        connectionString: {type: string}
        opaque: {type: string, x-ms-secret: true}
        described: {type: string}
        bus: {type: string}
        primaryKey: {type: string}
        masked: {type: string}
        certificate: {type: string}
        accountName: {type: string}
`;

const workspace = createWorkspace("example-secrets");
afterAll(() => workspace.dispose());
let result: PipelineResult;

beforeAll(async () => {
  const dir = path.join(workspace.dir, "specs", "leaky", "2024-01-01");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "Accounts_ListKeys.yaml"), SPEC);
  result = await runPipeline({ inputs: [path.join(workspace.dir, "specs")], outDir: path.join(workspace.dir, "out"), cwd: REPO_ROOT });
}, 300_000);

describe("secrets in examples (#2)", () => {
  it("reach no generated file: fixtures JSON, mocks.ts, mocks.js, anything", () => {
    const files = result.files.filter((f) => /fixtures\/|mocks/.test(f.path));
    expect(files.some((f) => f.path.endsWith(".json") && f.path.includes("fixtures/"))).toBe(true);
    expect(files.some((f) => /mocks.*\.js$/.test(f.path))).toBe(true);
    for (const file of result.files) for (const secret of SECRETS) expect(file.contents.includes(secret), `${secret.slice(0, 12)}… in ${file.path}`).toBe(false);
  });

  it("keeps the example's shape: connection strings keep their non-secret parts, fakes decode to FAKE-KEY-", () => {
    const example = result.ir.services[0]!.operations[0]!.examples[0]!;
    const body = example.responses["200"]!.body as Record<string, string>;
    expect(body.connectionString).toMatch(/^DefaultEndpointsProtocol=https;AccountName=acct1;AccountKey=[A-Za-z0-9+/=]+;EndpointSuffix=core\.windows\.net$/);
    expect(Buffer.from(body.connectionString!.match(/AccountKey=([^;]+)/)![1]!, "base64").toString()).toMatch(/^FAKE-KEY-/);
    expect(Buffer.from(body.opaque!, "base64").toString()).toMatch(/^FAKE-KEY-opaque-[0-9a-f]{8}$/);
    expect(body.bus).toContain("SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=");
    expect(body.primaryKey).toBe("<primary key>");
    expect(body.masked).toBe("##########");
    expect(body.accountName).toBe("exampleAccountName");
    expect(example.parameters["accountName"]).toBe("acct1");
    expect((example.requestBody as Record<string, string>).hiddenValue).not.toBe(PLAIN_SECRET);
  });

  it("warns once per replaced value, naming its pointer", () => {
    const warnings = result.warnings.filter((w) => w.code === "secret-in-example");
    const base = "#/paths/~1accounts~1{accountName}~1listKeys/post/x-ms-examples/Leaky";
    expect(warnings.map((w) => w.pointer).sort()).toEqual(
      [
        `${base}/parameters/body/hiddenValue`,
        `${base}/parameters/body/note`,
        `${base}/responses/200/body/bus`,
        `${base}/responses/200/body/certificate`,
        `${base}/responses/200/body/connectionString`,
        `${base}/responses/200/body/described`,
        `${base}/responses/200/body/opaque`,
        `${base}/responses/200/headers/x-ms-sas`,
      ].sort(),
    );
    for (const w of warnings) expect(w.line, w.pointer).toBeGreaterThan(0);
  });
});
