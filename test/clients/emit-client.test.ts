/**
 * The client emitter on its edge-case spec (test/specs/client/edge-cases.yaml): the output type-checks under
 * the package's strict options and platform contract, spec text cannot escape its comment or string, runtime
 * imports step aside for spec names, and the static descriptions carry what the runtime needs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emitClient } from "../../generator/emit/client.ts";
import { emitPackage } from "../../generator/emit/index.ts";
import { emitValidators } from "../../generator/emit/validators.ts";
import { planPackage, planService } from "../../generator/plan/index.ts";
import { printUnits } from "../../generator/emit/print.ts";
import { loadAndModel } from "../../generator/core/index.ts";
import type { IrService } from "../../generator/model/ir.ts";
import { formatUnits } from "../../generator/format/prettier.ts";
import { compileUnits, typecheckUnits } from "../../generator/compile/index.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

let service: IrService;
let source: string;

/** Every client module of the service (client.ts, the group modules, redactors.ts), concatenated. */
async function render(ir: IrService): Promise<string> {
  return printUnits(emitClient(planService(ir)))
    .map((u) => u.contents)
    .join("\n");
}

beforeAll(async () => {
  const { ir } = await loadAndModel({ inputs: ["test/specs/client/edge-cases.yaml"], cwd: REPO_ROOT });
  service = ir.services[0]!;
  source = await render(service);
});

describe("emitClient on the edge-case spec", () => {
  it("type-checks with the models, validators and runtime under the package's strict options", async () => {
    const ir = { irVersion: 1, services: [service] };
    const units = await formatUnits(printUnits(emitPackage(ir, planPackage(ir))));
    typecheckUnits(units);
    const compiled = await compileUnits(units);
    const client = planService(service).files.client.replace(/^src\//, "dist/").replace(/\.ts$/, "");
    expect(compiled.map((u) => u.path)).toContain(`${client}.js`);
    expect(compiled.map((u) => u.path)).toContain(`${client}.d.ts`);
  });

  it("imports a runtime name under an alias when a spec name took it", () => {
    expect(source).toContain(
      'import { type ClientOptions, ServiceClient as ServiceClient2, type ServiceSpec } from "../../runtime/client.js";',
    );
    expect(source).toContain("export class EdgeCaseClient extends ServiceClient2 {");
    expect(source).toMatch(/import type \{[^}]*\bServiceClient\b[^}]*\} from "\.\/models\.js"/);
  });

  it("keeps spec text inside its comments and strings", () => {
    expect(source).not.toContain("*/ for the client");
    expect(source).toContain("Gets a thing *\\/ /\\* sneaky");
    const comments = source.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
    for (const comment of comments) expect(comment.slice(3, -2)).not.toContain("*/");
  });

  it("describes the server variable, and checks the client parameter with its generated validator", () => {
    expect(source).toContain('server: "https://{account}.example.com/api"');
    expect(source).toContain('serverVariables: [{ name: "account", tsName: "account" }]');
    expect(source).toContain('{ name: "tenantId", tsName: "tenantId", in: "path", required: true }');
    // The client parameter's rules are checked by the generated validator, the one the operations' checks use.
    expect(source).toContain("validateClientParameters: validateEdgeCaseClientParameters");
    const validators = printUnits(emitValidators(planService(service))).map((u) => u.contents).join("\n");
    expect(validators).toMatch(/function \$checkParameters_validateEdgeCaseClientParameters\([^)]*\): boolean \{[\s\S]*?o1\["tenantId"\][\s\S]*?\$rt\.isUuid\(v3\)/);
    expect(source).toMatch(
      /export interface EdgeCaseClientOptions extends ClientOptions \{[\s\S]*?\n  account: string;[\s\S]*?\n  tenantId: string;\n\}/,
    );
  });

  it("describes parameters by location, optional ones as `| undefined`, and typed headers", () => {
    expect(source).toContain('{ name: "$filter", tsName: "filter", in: "query" }');
    expect(source).toContain('{ name: "x-ms-client-tag", tsName: "xMsClientTag", in: "header" }');
    expect(source).toContain("filter?: string | undefined;");
    expect(source).toContain('headers: [{ name: "x-ms-count", tsName: "xMsCount", type: "number" }]');
    expect(source).toMatch(/export interface ThingsGetHeaders \{[\s\S]*?xMsCount\?: number;/);
    expect(source).toContain("options?: OperationOptions<ThingsGetHeaders>");
    expect(source).toContain("): Promise<ServiceClient | undefined> {");
  });

  it("makes the parameters of an operation without any optional", () => {
    expect(source).toContain("export type ThingsPingParameters = Record<string, never>;");
    expect(source).toContain("params: ThingsPingParameters = {},");
    expect(source).toContain("ping(params?: ThingsPingParameters, options?: OperationOptions): Promise<void>;");
  });

  it("reads a flat error model at the root of the body (the model the mocks write, decided by the plan)", () => {
    expect(source).toContain('error: { validate: validateErrorInfo, model: { code: "/code", message: "/message" } },');
  });

  it("emits secret maps that follow recursion lazily and keep a __proto__ key a key", () => {
    expect(source).toContain(
      "const nodeSecrets: SecretMap = { properties: { credential: true, children: { items: () => nodeSecrets } } };",
    );
    expect(source).toContain('const weirdSecrets: SecretMap = { properties: { ["__proto__"]: true } };');
    expect(source).toContain(
      "const serviceClientSecrets: SecretMap = { properties: { token: true, weird: () => weirdSecrets } };",
    );
    expect(source).toContain("export function redactNodeList(value: NodeList): NodeList {");
    expect(source).not.toContain("redactErrorInfo");
  });

  it("refuses what the runtime cannot do rather than emitting something silently wrong", () => {
    const withInlineResponse = structuredClone(service);
    const get = withInlineResponse.operations.find((op) => op.operationId === "Things_Get")!;
    get.responses[0]!.schema = { kind: "object", properties: [], additionalProperties: true, pointer: "#/inline" };
    expect(() => emitClient(planService(withInlineResponse))).toThrow(/Things_Get: the 200 response schema at #\/inline is inline/);

    const withXmlBody = structuredClone(service);
    withXmlBody.operations.find((op) => op.operationId === "Things_Ping")!.body = {
      tsName: "body",
      required: true,
      contentType: "application/xml",
      schema: { kind: "string", pointer: "#/xml" },
    };
    expect(() => emitClient(planService(withXmlBody))).toThrow(/application\/xml is not JSON/);

    const withPipelineGroup = structuredClone(service);
    const renamed = withPipelineGroup.groups[0]!.property;
    withPipelineGroup.groups[0]!.property = "pipeline";
    for (const op of withPipelineGroup.operations) if (op.group === renamed) op.group = "pipeline";
    expect(() => emitClient(planService(withPipelineGroup))).toThrow(/would shadow/);
  });
});
