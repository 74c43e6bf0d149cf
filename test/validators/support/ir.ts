/** Small builders for hand-written IR in validator tests (the shapes of `generator/model/ir.ts`). */
import type {
  IrArraySchema,
  IrBooleanSchema,
  IrCompositeSchema,
  IrNamedSchema,
  IrNumberSchema,
  IrObjectSchema,
  IrOperation,
  IrParameter,
  IrProperty,
  IrRefSchema,
  IrSchema,
  IrService,
  IrStringSchema,
} from "../../../generator/model/ir.js";
import { translatePattern } from "../../../generator/model/regex.js";

type Extra<T> = Omit<Partial<T>, "kind">;

export const str = (extra: Extra<IrStringSchema> = {}): IrStringSchema => ({ kind: "string", pointer: "#", ...extra });
export const num = (extra: Extra<IrNumberSchema> = {}): IrNumberSchema => ({ kind: "number", pointer: "#", ...extra });
export const int = (extra: Extra<IrNumberSchema> = {}): IrNumberSchema => ({ kind: "integer", pointer: "#", ...extra });
export const bool = (extra: Extra<IrBooleanSchema> = {}): IrBooleanSchema => ({
  kind: "boolean",
  pointer: "#",
  ...extra,
});
export const nul = (): IrSchema => ({ kind: "null", pointer: "#" });
export const any = (): IrSchema => ({ kind: "unknown", pointer: "#" });
export const arr = (items: IrSchema, extra: Extra<IrArraySchema> = {}): IrArraySchema => ({
  kind: "array",
  pointer: "#",
  items,
  ...extra,
});
export const ref = (name: string, extra: Extra<IrRefSchema> = {}): IrRefSchema => ({
  kind: "ref",
  pointer: "#",
  ref: schemaId(name),
  ...extra,
});
export const composite = (
  kind: IrCompositeSchema["kind"],
  members: IrSchema[],
  extra: Omit<Partial<IrCompositeSchema>, "kind" | "members"> = {},
): IrCompositeSchema => ({ kind, members, pointer: "#", ...extra });

/** `obj({ a: [str(), true] })`: property name → [schema, required]. */
export function obj(
  props: Record<string, [IrSchema, boolean]>,
  extra: Omit<Partial<IrObjectSchema>, "kind" | "properties"> = {},
): IrObjectSchema {
  const properties: IrProperty[] = Object.entries(props).map(([name, [schema, required]]) => ({
    name,
    schema,
    required,
  }));
  return { kind: "object", pointer: "#", properties, additionalProperties: true, ...extra };
}

/** A pattern as the model would store it (translated; throws on a pattern the model would reject). */
export function pattern(source: string): IrStringSchema["pattern"] {
  const translated = translatePattern(source);
  if (!translated.ok) throw new Error(translated.reason);
  return translated.pattern;
}

export const schemaId = (name: string): string => `#/components/schemas/${name}`;

export function named(name: string, schema: IrSchema): IrNamedSchema {
  return {
    id: schemaId(name),
    originalName: name,
    typeName: name,
    validatorName: `validate${name}`,
    guardName: `is${name}`,
    redactorName: `redact${name}`,
    schema,
  };
}

export function operation(
  pascalName: string,
  parameters: Pick<IrParameter, "name" | "tsName" | "location" | "required" | "schema">[],
  body?: { schema: IrSchema; required: boolean },
): IrOperation {
  const camel = pascalName[0]!.toLowerCase() + pascalName.slice(1);
  return {
    operationId: pascalName,
    pointer: `#/paths/~1${camel}/post`,
    group: "",
    groupOriginal: "",
    method: camel,
    pascalName,
    functionName: camel,
    parametersTypeName: `${pascalName}Parameters`,
    parametersValidatorName: `validate${pascalName}Parameters`,
    httpMethod: "POST",
    path: `/${camel}`,
    tags: [],
    parameters: parameters.map((p) => ({ ...p, pointer: "#" })),
    clientParameters: [],
    ...(body
      ? { body: { tsName: "body", required: body.required, contentType: "application/json", schema: body.schema } }
      : {}),
    responses: [],
    idempotent: false,
    security: [],
    examples: [],
  };
}

export function service(schemas: IrNamedSchema[], operations: IrOperation[] = [], name = "test-service"): IrService {
  return {
    name,
    clientName: "TestClient",
    clientOptionsTypeName: "TestClientOptions",
    clientParametersValidatorName: "validateTestClientParameters",
    groups: [],
    specFile: "specs/test.yaml",
    specFormat: "openapi-3.1",
    title: "Test",
    apiVersion: "2024-01-01",
    server: { urlTemplate: "https://example.test", variables: [], kind: "data-plane" },
    credentialScopes: [],
    security: [],
    clientParameters: [],
    schemas: Object.fromEntries(schemas.map((s) => [s.id, s])),
    operations,
  };
}
