/**
 * The client emitter on its edge-case spec (test/specs/client/edge-cases.yaml): the output type-checks under
 * the package's strict options and platform contract, spec text cannot escape its comment or string, runtime
 * imports step aside for spec names, and the static descriptions carry what the runtime needs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emitClient } from "../../generator/emit/client.ts";
import { emitModels } from "../../generator/emit/models.ts";
import type { TextUnit } from "../../generator/emit/index.ts";
import { emitPackageFiles } from "../../generator/emit/package-files.ts";
import { printUnits } from "../../generator/emit/print.ts";
import { runtimeUnitsFor } from "../../generator/emit/runtime-files.ts";
import { emitValidators } from "../../generator/emit/validators.ts";
import { loadAndModel } from "../../generator/core/index.ts";
import type { IrService } from "../../generator/model/ir.ts";
import { formatUnits } from "../../generator/format/prettier.ts";
import { compileUnits, typecheckUnits } from "../../generator/compile/index.ts";
import { PLATFORM_GLOBALS_FILE } from "../../generator/emit/compiler-options.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

let service: IrService;
let source: string;

async function render(ir: IrService): Promise<string> {
  const [unit] = await formatUnits(printUnits(emitClient(ir)));
  return unit!.contents;
}

beforeAll(async () => {
  const { ir } = await loadAndModel({ inputs: ["test/specs/client/edge-cases.yaml"], cwd: REPO_ROOT });
  service = ir.services[0]!;
  source = await render(service);
});

describe("emitClient on the edge-case spec", () => {
  it("type-checks with the models, validators and runtime under the package's strict options", async () => {
    const ir = { irVersion: 1, services: [service] };
    const printed = printUnits([...emitModels(service), ...emitValidators(service), ...emitClient(service)]);
    const platform = emitPackageFiles(ir).filter(
      (u: { kind: string; path: string }): u is TextUnit => u.kind === "text" && u.path === PLATFORM_GLOBALS_FILE,
    );
    const units = await formatUnits([...printed, ...runtimeUnitsFor(printed)]);
    typecheckUnits([...units, ...platform]);
    const compiled = await compileUnits([...units, ...platform]);
    expect(compiled.map((u) => u.path)).toContain(`dist/${service.name}/client.js`);
    expect(compiled.map((u) => u.path)).toContain(`dist/${service.name}/client.d.ts`);
  });

  it("imports a runtime name under an alias when a spec name took it", () => {
    expect(source).toContain(
      'import { type ClientOptions, ServiceClient as ServiceClient2, type ServiceSpec } from "../runtime/client.js";',
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

  it("describes the server variable and the client parameter's rules", () => {
    expect(source).toContain('server: "https://{account}.example.com/api"');
    expect(source).toContain('serverVariables: [{ name: "account", tsName: "account" }]');
    expect(source).toContain(
      '{ name: "tenantId", tsName: "tenantId", in: "path", required: true, rules: { format: "uuid" } }',
    );
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

  it("uses no error envelope for a flat error model", () => {
    expect(source).toContain("error: { validate: validateErrorInfo },");
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
    expect(() => emitClient(withInlineResponse)).toThrow(/Things_Get: the 200 response schema at #\/inline is inline/);

    const withXmlBody = structuredClone(service);
    withXmlBody.operations.find((op) => op.operationId === "Things_Ping")!.body = {
      tsName: "body",
      required: true,
      contentType: "application/xml",
      schema: { kind: "string", pointer: "#/xml" },
    };
    expect(() => emitClient(withXmlBody)).toThrow(/application\/xml is not JSON/);

    const withPipelineGroup = structuredClone(service);
    withPipelineGroup.groups[0]!.property = "pipeline";
    expect(() => emitClient(withPipelineGroup)).toThrow(/would shadow/);
  });
});
