/**
 * A hand-built mock service description (the data `src/<service>/mocks.ts` holds), with small hand-written
 * validators standing in for the generated ones: a Purview-like data-plane operation (`{endpoint}/scan`, a `:`
 * action path, `x-ms-error-code`), a Data-Factory-like POST with a body, and a DPS-like pageable POST whose error
 * model is flat with a string `httpStatusCode`.
 */
import type { MockServiceDescription } from "../../../generator/runtime/mock-types.ts";
import type { ValidationIssue, ValidationResult } from "../../../generator/runtime/validation.ts";

const NAME = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

function result(value: object, errors: ValidationIssue[]): ValidationResult<unknown> {
  return errors.length === 0 ? { valid: true, value } : { valid: false, errors };
}

function nameIssues(params: Record<string, unknown>, key: string): ValidationIssue[] {
  const value = params[key];
  if (value === undefined) return [{ path: "", keyword: "required", message: `must have required property '${key}'` }];
  if (typeof value !== "string" || !NAME.test(value)) {
    return [{ path: `/${key}`, keyword: "pattern", message: `must match the pattern ${NAME.source}` }];
  }
  if (value.length < 3) return [{ path: `/${key}`, keyword: "minLength", message: "must be at least 3 characters long" }];
  return [];
}

export const fixtures = {
  ListAuthKeys: {
    "example-list": { status: 200, headers: { "x-ms-request-id": "d5496da4-9c52-402f-b067-83cc9ddea888" }, body: { authKey1: "authKey1", authKey2: "authKey2" } },
    "200": { status: 200, headers: {}, body: { authKey1: "a1", authKey2: "a2" } },
    "error-404": { status: 404, headers: { "x-ms-error-code": "NotFound" }, body: { error: { code: "NotFound", message: "gone" } } },
  },
  RegenerateAuthKey: {
    "200": { status: 200, headers: {}, body: { authKey2: "new-key" } },
  },
  ListKeys: {
    "200": {
      status: 200,
      headers: {},
      body: { value: [1, 2, 3, 4, 5].map((n) => ({ keyName: `key${n}`, rights: "ServiceConfig" })) },
    },
  },
};

export const description: MockServiceDescription<typeof fixtures> = {
  service: "test-service",
  basePath: "/scan",
  apiVersions: ["2023-09-01"],
  errorModel: { code: "/error/code", message: "/error/message", target: "/error/target", codeHeader: "x-ms-error-code" },
  operations: [
    {
      operationId: "ListAuthKeys",
      method: "POST",
      path: "/integrationruntimes/{integrationRuntimeName}:listAuthKeys",
      apiVersionParameter: "api-version",
      bearerToken: true,
      parameters: [{ name: "integrationRuntimeName", tsName: "integrationRuntimeName", location: "path", wireType: "string" }],
      validateParameters: (p) => result(p, nameIssues(p as Record<string, unknown>, "integrationRuntimeName")),
      errorModel: { code: "/error/code", message: "/error/message", target: "/error/target", codeHeader: "x-ms-error-code" },
      defaultFixture: "example-list",
    },
    {
      operationId: "RegenerateAuthKey",
      method: "POST",
      path: "/factories/{factoryName}/regenerateAuthKey",
      apiVersionParameter: "api-version",
      bearerToken: true,
      parameters: [
        { name: "factoryName", tsName: "factoryName", location: "path", wireType: "string" },
        { name: "$top", tsName: "top", location: "query", wireType: "number" },
      ],
      body: { tsName: "body", wireName: "regenerateKeyParameters" },
      validateParameters: (p) => {
        const params = p as Record<string, unknown>;
        const issues = nameIssues(params, "factoryName");
        if (params["top"] !== undefined && typeof params["top"] !== "number") issues.push({ path: "/top", keyword: "type", message: "must be a number" });
        const body = params["body"] as Record<string, unknown> | undefined;
        if (body === undefined) issues.push({ path: "", keyword: "required", message: "must have required property 'body'" });
        else if (!["authKey1", "authKey2"].includes(body["keyName"] as string)) {
          issues.push({ path: "/body/keyName", keyword: "enum", message: "must be one of authKey1, authKey2" });
        }
        return result(params, issues);
      },
      errorModel: { code: "/error/code", message: "/error/message", target: "/error/target" },
      defaultFixture: "200",
    },
    {
      operationId: "ListKeys",
      method: "POST",
      path: "/services/{serviceName}/listkeys",
      apiVersionParameter: "api-version",
      bearerToken: true,
      parameters: [{ name: "serviceName", tsName: "serviceName", location: "path", wireType: "string" }],
      validateParameters: (p) => result(p, []),
      errorModel: { code: "/code", message: "/message", status: { pointer: "/httpStatusCode", type: "string" } },
      defaultFixture: "200",
      paging: { itemsProperty: "value", nextLinkProperty: "nextLink" },
    },
  ],
  fixtures,
};

export const ENDPOINT = "https://myaccount.purview.azure.com";
export const LIST_AUTH_KEYS_URL = `${ENDPOINT}/scan/integrationruntimes/myRuntime:listAuthKeys?api-version=2023-09-01`;
export const REGENERATE_URL = `${ENDPOINT}/scan/factories/myFactory/regenerateAuthKey?api-version=2023-09-01`;
export const LIST_KEYS_URL = `${ENDPOINT}/scan/services/dps1/listkeys?api-version=2023-09-01`;
export const TOKEN_HEADERS = { authorization: "Bearer secret-token-123" };
