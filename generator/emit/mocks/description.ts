/**
 * The data-only service description the mock runtime is driven by (`MockServiceDescription`), built from the IR:
 * routes, which values the generated parameters validator checks, the api-versions the mock knows, whether a
 * bearer token is required, the error model and paging. Validators appear here by name; `source.ts` writes them
 * as references to the generated validators module.
 */
import type { IrOperation, IrSchema, IrService } from "../../model/ir.js";
import type { MockOperationDescription, MockParameterDescription, MockServiceDescription } from "../../runtime/mock-types.js";
import { findErrorModel } from "../../plan/error-model.js";
import type { OperationFixtures } from "../../plan/fixtures/fixtures.js";

export interface OperationDescriptionData extends Omit<MockOperationDescription, "validateParameters"> {
  /** The operation's `validate<Group><Method>Parameters` in `./validators.js`. */
  validatorName: string;
}

export interface ServiceDescriptionData extends Omit<MockServiceDescription, "operations" | "fixtures"> {
  operations: OperationDescriptionData[];
}

const TOKEN_SCHEMES = new Set(["oauth2", "http"]);

export function describeService(service: IrService, fixtures: readonly OperationFixtures[]): ServiceDescriptionData {
  const operations = fixtures.map((f) => describeOperation(service, f));
  return {
    service: service.name,
    basePath: basePathOf(service.server.urlTemplate),
    apiVersions: apiVersionsOf(service),
    errorModel: fixtures[0]?.errorModel ?? findErrorModel(service, undefined),
    operations,
  };
}

function describeOperation(service: IrService, { operation, errorModel, defaultFixture }: OperationFixtures): OperationDescriptionData {
  const apiVersion = service.clientParameters.find((p) => p.isApiVersion && operation.clientParameters.includes(p.name));
  const schemes = new Map(service.security.map((s) => [s.id, s.type]));
  const data: OperationDescriptionData = {
    operationId: operation.operationId,
    method: operation.httpMethod,
    path: operation.path,
    bearerToken: operation.security.some((requirement) => TOKEN_SCHEMES.has(schemes.get(requirement.scheme) ?? "")),
    parameters: operation.parameters.map(
      (p): MockParameterDescription => ({ name: p.name, tsName: p.tsName, location: p.location, wireType: wireType(service, p.schema) }),
    ),
    validatorName: operation.parametersValidatorName,
    errorModel,
    defaultFixture,
  };
  if (apiVersion) data.apiVersionParameter = apiVersion.name;
  if (operation.body) data.body = { tsName: operation.body.tsName, wireName: operation.body.wireName ?? operation.body.tsName };
  const paging = pagingOf(operation);
  if (paging) data.paging = paging;
  if (operation.lro) data.lro = mockLroOf(operation, operation.lro);
  return data;
}

/** How the mock accepts a long-running operation: the first of 202, 201, 200 the operation declares. */
function mockLroOf(operation: IrOperation, lro: NonNullable<IrOperation["lro"]>): NonNullable<MockOperationDescription["lro"]> {
  const declared = new Set(operation.responses.map((r) => r.status));
  const acceptedStatus = Number(["202", "201", "200"].find((status) => declared.has(status)) ?? "202");
  return lro.finalStateVia === undefined ? { acceptedStatus } : { finalStateVia: lro.finalStateVia, acceptedStatus };
}

/** The path part of the server URL template: `{endpoint}/scan` → `/scan`, `https://management.azure.com` → "". */
export function basePathOf(urlTemplate: string): string {
  return urlTemplate.replace(/^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*|\{[^{}]+\})/, "").replace(/\/+$/, "");
}

/** The service's api-version, and any other the api-version parameter's enum allows. */
function apiVersionsOf(service: IrService): string[] {
  const versions = [service.apiVersion];
  for (const parameter of service.clientParameters) {
    if (parameter.isApiVersion && parameter.schema.kind === "string") versions.push(...(parameter.schema.enum ?? []));
  }
  return [...new Set(versions)];
}

function pagingOf(operation: IrOperation): MockOperationDescription["paging"] {
  const paging = operation.paging;
  if (!paging?.nextLinkProperty) return undefined;
  return { itemsProperty: paging.itemsProperty, nextLinkProperty: paging.nextLinkProperty };
}

function wireType(service: IrService, schema: IrSchema): MockParameterDescription["wireType"] {
  const resolved = schema.kind === "ref" ? service.schemas[schema.ref]?.schema : schema;
  switch (resolved?.kind) {
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return "array";
    default:
      return "string";
  }
}
