/**
 * A hand-written client module shaped like generated code (a Data Factory-like service with one state-changing
 * operation, one read and one paged operation), with small hand-written validators standing in for the
 * generated ones. Runtime tests drive `send`/`page` through it.
 */
import { ServiceClient, type ClientOptions, type ServiceSpec } from "../../../generator/runtime/client.ts";
import type {
  OperationOptions,
  OperationSpec,
  PagedOperationSpec,
  Validator,
} from "../../../generator/runtime/operation.ts";
import { page, type PagedAsyncIterableIterator } from "../../../generator/runtime/paging.ts";
import { send } from "../../../generator/runtime/send.ts";
import type { ValidationIssue } from "../../../generator/runtime/validation.ts";

export interface AuthKeys {
  authKey1?: string;
  authKey2?: string;
}
export interface RegenerateParameters {
  resourceGroupName: string;
  factoryName: string;
  body: { keyName?: string };
}
export interface GetParameters {
  resourceGroupName: string;
  factoryName: string;
  filter?: string | undefined;
  clientTag?: string | undefined;
}
export interface KeyRule {
  keyName: string;
  primaryKey?: string;
}
export interface KeyRulePage {
  value: KeyRule[];
  nextLink?: string;
}
export interface CloudError {
  error: { code: string; message: string; target?: string; details?: CloudError[] };
}
export interface FixtureHeaders {
  etag?: string;
  retryCount?: number;
}

type StringRule = { pattern?: RegExp; minLength?: number; maxLength?: number };
const RULES: Record<string, StringRule> = {
  resourceGroupName: { pattern: /^[-\w._()]+$/, minLength: 1, maxLength: 90 },
  factoryName: { pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, minLength: 3, maxLength: 63 },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkString(path: string, value: unknown, rule: StringRule, issues: ValidationIssue[]): void {
  if (typeof value !== "string") issues.push({ path, keyword: "type", message: "must be a string" });
  else if (rule.minLength !== undefined && value.length < rule.minLength) {
    issues.push({ path, keyword: "minLength", message: `must have at least ${rule.minLength} characters` });
  } else if (rule.maxLength !== undefined && value.length > rule.maxLength) {
    issues.push({ path, keyword: "maxLength", message: `must have at most ${rule.maxLength} characters` });
  } else if (rule.pattern && !rule.pattern.test(value)) {
    issues.push({ path, keyword: "pattern", message: `must match ${String(rule.pattern)}` });
  }
}

function validator<T>(check: (value: unknown, issues: ValidationIssue[]) => void): Validator<T> {
  return (value) => {
    const errors: ValidationIssue[] = [];
    check(value, errors);
    return errors.length === 0 ? { valid: true, value: value as T } : { valid: false, errors };
  };
}

const validateTarget = validator<{ resourceGroupName: string; factoryName: string }>((value, issues) => {
  if (!isObject(value)) return void issues.push({ path: "", keyword: "type", message: "must be an object" });
  for (const key of ["resourceGroupName", "factoryName"]) checkString(`/${key}`, value[key], RULES[key]!, issues);
});

export const validateRegenerateParameters = validator<Readonly<Record<string, unknown>>>((value, issues) => {
  const target = validateTarget(value);
  if (!target.valid) issues.push(...target.errors);
  const body = isObject(value) ? value["body"] : undefined;
  if (!isObject(body)) issues.push({ path: "/body", keyword: "type", message: "must be an object" });
  else if (body["keyName"] !== undefined && typeof body["keyName"] !== "string") {
    issues.push({ path: "/body/keyName", keyword: "type", message: "must be a string" });
  }
});

export const validateGetParameters = validator<Readonly<Record<string, unknown>>>((value, issues) => {
  const target = validateTarget(value);
  if (!target.valid) issues.push(...target.errors);
});

export const validateAuthKeys = validator<AuthKeys>((value, issues) => {
  if (!isObject(value)) return void issues.push({ path: "", keyword: "type", message: "must be an object" });
  for (const key of ["authKey1", "authKey2"]) {
    if (value[key] !== undefined && typeof value[key] !== "string") {
      issues.push({ path: `/${key}`, keyword: "type", message: "must be a string" });
    }
  }
});

export const validateKeyRulePage = validator<KeyRulePage>((value, issues) => {
  if (!isObject(value) || !Array.isArray(value["value"])) {
    return void issues.push({ path: "/value", keyword: "type", message: "must be an array" });
  }
  value["value"].forEach((item, i) => {
    if (!isObject(item) || typeof item["keyName"] !== "string") {
      issues.push({ path: `/value/${i}/keyName`, keyword: "required", message: "must have keyName" });
    }
  });
});

export const validateCloudError = validator<CloudError>((value, issues) => {
  const inner = isObject(value) ? value["error"] : undefined;
  if (!isObject(inner) || typeof inner["code"] !== "string" || typeof inner["message"] !== "string") {
    issues.push({ path: "/error", keyword: "required", message: "must have code and message" });
  }
});

const basePath =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}";

export const regenerateOperation: OperationSpec<AuthKeys> = {
  operationId: "Factories_RegenerateKey",
  method: "POST",
  path: `${basePath}/regenerateKey`,
  parameters: [
    { name: "resourceGroupName", tsName: "resourceGroupName", in: "path" },
    { name: "factoryName", tsName: "factoryName", in: "path" },
  ],
  clientParameters: ["subscriptionId", "api-version"],
  body: { tsName: "body", contentType: "application/json" },
  validateParameters: validateRegenerateParameters,
  responses: [{ status: 200, validate: validateAuthKeys }],
  error: { validate: validateCloudError, model: { code: "/error/code", message: "/error/message", target: "/error/target" } },
  idempotent: false,
};

export const getOperation: OperationSpec<AuthKeys> = {
  operationId: "Factories_GetKeys",
  method: "GET",
  path: `${basePath}/keys`,
  parameters: [
    { name: "resourceGroupName", tsName: "resourceGroupName", in: "path" },
    { name: "factoryName", tsName: "factoryName", in: "path" },
    { name: "$filter", tsName: "filter", in: "query" },
    { name: "x-ms-client-tag", tsName: "clientTag", in: "header" },
  ],
  clientParameters: ["subscriptionId", "api-version"],
  validateParameters: validateGetParameters,
  responses: [
    {
      status: 200,
      validate: validateAuthKeys,
      headers: [
        { name: "ETag", tsName: "etag", type: "string" },
        { name: "x-ms-retry-count", tsName: "retryCount", type: "number" },
      ],
    },
    { status: 204 },
  ],
  error: { validate: validateCloudError, model: { code: "/error/code", message: "/error/message", target: "/error/target" } },
  idempotent: true,
};

export const listOperation: PagedOperationSpec<KeyRulePage> = {
  operationId: "Factories_ListKeyRules",
  method: "POST",
  path: `${basePath}/listKeyRules`,
  parameters: [
    { name: "resourceGroupName", tsName: "resourceGroupName", in: "path" },
    { name: "factoryName", tsName: "factoryName", in: "path" },
  ],
  clientParameters: ["subscriptionId", "api-version"],
  validateParameters: validateGetParameters,
  responses: [{ status: 200, validate: validateKeyRulePage }],
  idempotent: true,
  paging: { items: "value", nextLink: "nextLink" },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** As oagen generates `validate<Client>Parameters`: subscriptionId a required UUID, api-version not empty. */
export const validateFixtureClientParameters = validator<Readonly<Record<string, unknown>>>((value, issues) => {
  if (!isObject(value)) return void issues.push({ path: "", keyword: "type", message: "must be an object" });
  const id = value["subscriptionId"];
  if (id === undefined) issues.push({ path: "/subscriptionId", keyword: "required", message: "is required" });
  else if (typeof id !== "string") issues.push({ path: "/subscriptionId", keyword: "type", message: "must be a string" });
  else if (!UUID.test(id)) issues.push({ path: "/subscriptionId", keyword: "format", message: "must be a uuid" });
  checkString("/apiVersion", value["apiVersion"], { minLength: 1 }, issues);
});

export const fixtureService: ServiceSpec = {
  server: "https://management.azure.com",
  serverVariables: [],
  credentialScopes: ["https://management.azure.com/.default"],
  clientParameters: [
    { name: "subscriptionId", tsName: "subscriptionId", in: "path", required: true },
    {
      name: "api-version",
      tsName: "apiVersion",
      in: "query",
      required: true,
      default: "2018-06-01",
    },
  ],
  validateClientParameters: validateFixtureClientParameters,
};

export interface FixtureClientOptions extends ClientOptions {
  subscriptionId: string;
}

export class FixtureClient extends ServiceClient {
  constructor(options: FixtureClientOptions) {
    super(fixtureService, options);
  }
}

export const regenerateKey = (
  client: FixtureClient,
  params: RegenerateParameters,
  options?: OperationOptions,
): Promise<AuthKeys> => send(client, regenerateOperation, params, options);

export const getKeys = (
  client: FixtureClient,
  params: GetParameters,
  options?: OperationOptions<FixtureHeaders>,
): Promise<AuthKeys> => send(client, getOperation, params, options);

export const listKeyRules = (
  client: FixtureClient,
  params: GetParameters,
  options?: OperationOptions,
): PagedAsyncIterableIterator<KeyRule, KeyRulePage> => page(client, listOperation, params, options);

export const SUBSCRIPTION = "12345678-1234-1234-1234-123456789abc";
