/** Small hand-built IR pieces for the mock tests (the shapes of `generator/model/ir.ts`). */
import type {
  IrArraySchema,
  IrNamedSchema,
  IrObjectSchema,
  IrOperation,
  IrProperty,
  IrRefSchema,
  IrSchema,
  IrService,
  IrStringSchema,
} from "../../../generator/model/ir.ts";

export function str(extra: Partial<IrStringSchema> = {}): IrStringSchema {
  return { kind: "string", pointer: "#/test/string", ...extra };
}

export function pattern(source: string, flags: "" | "u" = ""): IrStringSchema["pattern"] {
  return { source, js: source, flags };
}

export function ref(name: string): IrRefSchema {
  return { kind: "ref", ref: `#/components/schemas/${name}`, pointer: `#/test/ref/${name}` };
}

export function arr(items: IrSchema, extra: Partial<IrArraySchema> = {}): IrArraySchema {
  return { kind: "array", items, pointer: "#/test/array", ...extra };
}

export function obj(properties: Record<string, IrSchema>, required: string[] = [], extra: Partial<IrObjectSchema> = {}): IrObjectSchema {
  const props: IrProperty[] = Object.entries(properties).map(([name, schema]) => ({ name, schema, required: required.includes(name) }));
  return { kind: "object", properties: props, additionalProperties: false, pointer: "#/test/object", ...extra };
}

export function named(name: string, schema: IrSchema): [string, IrNamedSchema] {
  const id = `#/components/schemas/${name}`;
  return [id, { id, originalName: name, typeName: name, validatorName: `validate${name}`, guardName: `is${name}`, redactorName: `redact${name}`, schema }];
}

/** A service shaped like the Azure ones: ARM server, OAuth2, an api-version client parameter. */
export function service(schemas: [string, IrNamedSchema][], operations: IrOperation[], extra: Partial<IrService> = {}): IrService {
  return {
    name: "testservice",
    clientName: "TestClient",
    clientOptionsTypeName: "TestClientOptions",
    clientParametersValidatorName: "validateTestClientParameters",
    groups: [{ property: "keys", interfaceName: "KeysOperations" }],
    specFile: "test/specs/mock-test.yaml",
    specFormat: "openapi-3.1",
    title: "TestClient",
    apiVersion: "2024-01-01",
    server: { urlTemplate: "https://management.azure.com", variables: [], kind: "arm" },
    credentialScopes: ["https://management.azure.com/.default"],
    security: [{ id: "azure_auth", type: "oauth2", scopes: ["user_impersonation"] }],
    clientParameters: [
      { name: "api-version", tsName: "apiVersion", location: "query", required: true, schema: str(), isApiVersion: true },
    ],
    schemas: Object.fromEntries(schemas),
    operations,
    ...extra,
  };
}

export function operation(extra: Partial<IrOperation> & Pick<IrOperation, "operationId" | "path">): IrOperation {
  return {
    pointer: "#/paths/test/post",
    group: "keys",
    groupOriginal: "Keys",
    method: "list",
    pascalName: "KeysList",
    functionName: "keysList",
    parametersTypeName: "KeysListParameters",
    parametersValidatorName: "validateKeysListParameters",
    httpMethod: "POST",
    tags: [],
    parameters: [],
    clientParameters: ["api-version"],
    responses: [],
    idempotent: false,
    security: [{ scheme: "azure_auth", scopes: ["user_impersonation"] }],
    examples: [],
    ...extra,
  };
}
