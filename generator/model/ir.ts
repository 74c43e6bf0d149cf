/**
 * The intermediate model (IR): plain, JSON-serialisable data and the only thing emitters read.
 *
 * - Every named schema has a stable id: the JSON pointer of its definition in the bundled spec
 *   (`#/components/schemas/ErrorModel`). References are ids (`{ kind: "ref", ref: id }`), never copies,
 *   so recursive schemas (ErrorModel.details) are a graph, not an infinite tree.
 * - Identifiers (`typeName`, `tsName`, `group`, `method`) are decided once, here, by the naming module;
 *   emitters never invent names from spec text.
 * - Spec text kept here (descriptions, patterns, enum values) is raw and untrusted: emitters must pass
 *   it through `generator/emit/escape` before it reaches output.
 *
 * Bump IR_VERSION on any breaking change of these shapes.
 * 2: Swagger 2.0 / x-ms extensions — `enumValues`, `mutability`, `discriminatorValue` and Swagger discriminator
 *    mappings, `IrProperty.clientName`/`flatten`, `IrParameter.clientName`, `IrResponse.isError`,
 *    `IrPaging.nextOperationName`.
 * 3: public shapes — `IrNamedSchema.union` (discriminated unions), `variant` (a variant's literal discriminator
 *    value), `inputTypeName`/`updateTypeName` (request types without read-only properties).
 */
export const IR_VERSION = 3;

/** A JSON pointer into the bundled spec document, e.g. `#/components/schemas/CloudError`. */
export type SchemaId = string;

export interface IrDocument {
  irVersion: number;
  services: IrService[];
}

export interface IrService {
  /** Kebab-case service name; also the package entry (`azure-keys/<name>`) and output folder. */
  name: string;
  /**
   * The generated package the service ships in: names the user agent (`azsdk-js-<name>/<version>`) and the
   * tracing spans. Always set by the model (from the pipeline's configuration); absent only in hand-built IR.
   */
  package?: IrPackage;
  /** Client class name, from `info.title` (e.g. `DataFactoryClient`). */
  clientName: string;
  /** `<ClientName>Options`. */
  clientOptionsTypeName: string;
  /** Operation groups: client property (`integrationRuntimes`) → interface name (`IntegrationRuntimesOperations`). */
  groups: IrOperationGroup[];
  /** Spec file path relative to the working directory, `/`-separated (for headers and diagnostics). */
  specFile: string;
  /** Source format of the spec file. */
  specFormat: "openapi-3.1" | "openapi-3.0" | "swagger-2.0";
  title: string;
  description?: string;
  /** Default api-version (from `info.version` / the api-version parameter's default). */
  apiVersion: string;
  server: IrServer;
  /** Token scopes for `bearerTokenAuthenticationPolicy`, e.g. `https://management.azure.com/.default`. */
  credentialScopes: string[];
  security: IrSecurityScheme[];
  /** Client-level parameters (subscriptionId, api-version, endpoint...), bound once on the client. */
  clientParameters: IrClientParameter[];
  /**
   * `validate<ClientName>Parameters`: checks the client-level parameters when the client is constructed, with
   * the same generated checks (and messages) as every operation's parameters.
   */
  clientParametersValidatorName: string;
  /** Named schemas keyed by id, sorted by id. */
  schemas: Record<SchemaId, IrNamedSchema>;
  /** Operations sorted by (group, method). */
  operations: IrOperation[];
}

/** The generated npm package. */
export interface IrPackage {
  name: string;
  version: string;
  /** package.json and README fields from the config file (absent: oagen's defaults). */
  description?: string;
  license?: string;
  /** Repository URL. */
  repository?: string;
}

export interface IrOperationGroup {
  /** Property on the client (`integrationRuntimes`); "" never occurs (ungrouped operations go to `operations`). */
  property: string;
  /** Interface name of the group (`IntegrationRuntimesOperations`). */
  interfaceName: string;
}

export interface IrServer {
  /** URL template; `{name}` refers to a variable below. `https://management.azure.com`, `{endpoint}/scan`. */
  urlTemplate: string;
  variables: IrServerVariable[];
  /** `arm` when served by Azure Resource Manager. */
  kind: "arm" | "data-plane";
}

export interface IrServerVariable {
  name: string;
  /** Identifier used for the client option (`endpoint`). */
  tsName: string;
  default?: string;
  description?: string;
}

export interface IrSecurityScheme {
  id: string;
  type: "oauth2" | "apiKey" | "http";
  flow?: "implicit" | "authorizationCode" | "clientCredentials" | "password";
  authorizationUrl?: string;
  tokenUrl?: string;
  /** Declared scope names (e.g. `user_impersonation`). */
  scopes: string[];
  description?: string;
}

export interface IrClientParameter {
  /** Wire name (`subscriptionId`, `api-version`). */
  name: string;
  /** Client option name (`subscriptionId`, `apiVersion`, `endpoint`). */
  tsName: string;
  location: "path" | "query" | "header" | "host";
  required: boolean;
  schema: IrSchema;
  description?: string;
  /** The api-version parameter, filled from `apiVersion` (default `IrService.apiVersion`). */
  isApiVersion: boolean;
}

export interface IrNamedSchema {
  id: SchemaId;
  /** The name as the spec writes it (`SharedAccessSignatureAuthorizationRule[AccessRightsDescription]`). */
  originalName: string;
  /** TypeScript type name. All names below are claimed in the service's one export scope, so none collide. */
  typeName: string;
  /** `validate<TypeName>` in the validators module. */
  validatorName: string;
  /** `is<TypeName>` in the validators module. */
  guardName: string;
  /** `redact<TypeName>`: a copy with secret values masked (exported from the service entry). */
  redactorName: string;
  /**
   * `Known<TypeName>`, for an extensible string enum (`x-ms-enum.modelAsString`): the const of the values this
   * api-version documents. The type itself is `string` (the service may send values added later).
   */
  knownValuesName?: string;
  /** The members of `Known<TypeName>`, in enum order: PascalCase of `x-ms-enum.values[].name` or of the value. */
  knownValues?: { key: string; value: string; description?: string }[];
  /**
   * A discriminated union (see `model/shapes.ts`): set on a base whose discriminator maps values to other named
   * schemas, and on a variant that other variants extend. References to the schema (not `allOf` inheritance) are
   * typed `<union.name>`; validators dispatch on the discriminator; mocks pick a variant.
   */
  union?: IrUnion;
  /** This schema is a variant of a discriminated union: its type carries the literal discriminator value. */
  variant?: IrVariant;
  /** `<TypeName>Input`: the request type (read-only properties left out), when it differs and a body reaches it. */
  inputTypeName?: string;
  /** `<TypeName>Update`: the PATCH request type (read-only and non-`update` properties left out), when it differs. */
  updateTypeName?: string;
  schema: IrSchema;
}

export interface IrUnion {
  /** `<TypeName>Union`. */
  name: string;
  propertyName: string;
  /**
   * Members in type order: every variant by discriminator value, then the schema itself. For a base that member
   * has its discriminator typed `string`: it stands for values a later api-version adds (accepted in responses,
   * refused in requests by the validators).
   */
  members: SchemaId[];
}

export interface IrVariant {
  propertyName: string;
  /** This variant's discriminator value (`x-ms-discriminator-value`, the mapping key, or the definition name). */
  value: string;
}

/** Facts every schema node may carry. */
export interface IrSchemaCommon {
  description?: string;
  title?: string;
  /** null is also allowed (3.0 `nullable`, 3.1 `type: [..., "null"]`, Swagger `x-nullable`). */
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  /** Holds a secret (`x-ms-secret`, `format: password`, or a key/password field by name). */
  secret?: boolean;
  /** Why `secret` is set. */
  secretSource?: "x-ms-secret" | "format-password" | "name";
  default?: unknown;
  example?: unknown;
  /**
   * `x-ms-mutability`: when the value may be sent (`create`, `update`) and is returned (`read`). A schema that
   * is only `read` is `readOnly` too (absent from request types).
   */
  mutability?: ("create" | "read" | "update")[];
  /**
   * The value of the parent's discriminator property that selects this schema (`x-ms-discriminator-value`, or
   * the definition's name for a Swagger 2.0 subtype without one). Set on a named subtype.
   */
  discriminatorValue?: string;
  /** JSON pointer of this schema node in the bundled document (for diagnostics and generated comments). */
  pointer: string;
}

export type IrSchema =
  | IrRefSchema
  | IrStringSchema
  | IrNumberSchema
  | IrBooleanSchema
  | IrNullSchema
  | IrArraySchema
  | IrObjectSchema
  | IrCompositeSchema
  | IrUnknownSchema;

export interface IrRefSchema extends IrSchemaCommon {
  kind: "ref";
  ref: SchemaId;
}

/** A regex from the spec, checked and translated at model time. */
export interface IrPattern {
  /** Exactly as written in the spec. */
  source: string;
  /** ECMAScript source equivalent to `source` (e.g. `\A` → `^`). */
  js: string;
  /** `u` when the pattern needs Unicode mode (`\p{…}`, astral ranges), else "". */
  flags: "" | "u";
}

export interface IrStringSchema extends IrSchemaCommon {
  kind: "string";
  format?: string;
  pattern?: IrPattern;
  minLength?: number;
  maxLength?: number;
  enum?: string[];
  const?: string;
  /** From `x-ms-enum`: the enum's own name and whether unknown values are allowed (`modelAsString`). */
  enumName?: string;
  /** `x-ms-enum.modelAsString: true`: other strings are accepted too (an "extensible" enum). */
  extensible?: boolean;
  /** `x-ms-enum.values`: each value with the member name and description the spec gives it (enum order). */
  enumValues?: IrEnumValue[];
}

export interface IrEnumValue {
  value: string;
  /** `x-ms-enum.values[].name`: the member name (`KnownX.<name>`). */
  name?: string;
  description?: string;
}

export interface IrNumberSchema extends IrSchemaCommon {
  kind: "number" | "integer";
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  enum?: number[];
  const?: number;
}

export interface IrBooleanSchema extends IrSchemaCommon {
  kind: "boolean";
  enum?: boolean[];
  const?: boolean;
}

export interface IrNullSchema extends IrSchemaCommon {
  kind: "null";
}

export interface IrArraySchema extends IrSchemaCommon {
  kind: "array";
  items: IrSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

export interface IrProperty {
  /** The JSON key as it appears on the wire (any string: `@odata.type`, `a-b`, `__proto__`). */
  name: string;
  required: boolean;
  schema: IrSchema;
  /** `x-ms-client-name`: the name the spec wants in client code (the wire name stays `name`). */
  clientName?: string;
  /** `x-ms-client-flatten: true`: the spec asks for this object's properties to be lifted into the parent. */
  flatten?: boolean;
}

/**
 * A discriminated union: the base schema (the one carrying this) and its variants by discriminator value.
 * OpenAPI 3: `discriminator.mapping`. Swagger 2.0 (`discriminator: kind`): every named schema that extends
 * the base through `allOf` (directly or through another subtype), keyed by its `x-ms-discriminator-value`
 * (default: its name); the base itself is listed when it declares a value of its own.
 */
export interface IrDiscriminator {
  propertyName: string;
  /** Discriminator value → schema id. */
  mapping: Record<string, SchemaId>;
}

export interface IrObjectSchema extends IrSchemaCommon {
  kind: "object";
  /** Sorted as in the spec (document order), which is the order validators report issues in. */
  properties: IrProperty[];
  /** `true`: any extra keys; `false`: none; schema: extra values must match it. */
  additionalProperties: boolean | IrSchema;
  minProperties?: number;
  maxProperties?: number;
  discriminator?: IrDiscriminator;
}

export interface IrCompositeSchema extends IrSchemaCommon {
  kind: "allOf" | "anyOf" | "oneOf";
  members: IrSchema[];
  discriminator?: IrDiscriminator;
}

/** No constraint at all (`{}`); emitted as `unknown`. The model warns where it had to fall back to it. */
export interface IrUnknownSchema extends IrSchemaCommon {
  kind: "unknown";
}

export type HttpMethod = "GET" | "PUT" | "POST" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

export interface IrOperation {
  /** `operationId` as in the spec. */
  operationId: string;
  /** JSON pointer of the operation object (`#/paths/~1subscriptions~1…/post`). */
  pointer: string;
  /** Operation group property on the client (`integrationRuntimes`). */
  group: string;
  /** Group as written in the operationId (`IntegrationRuntimes`). */
  groupOriginal: string;
  /** Method name (`regenerateAuthKey`). */
  method: string;
  /** Pascal-case `group + method` (`IntegrationRuntimesRegenerateAuthKey`). */
  pascalName: string;
  /** Standalone operation function (`integrationRuntimesRegenerateAuthKey(client, params, options)`). */
  functionName: string;
  /** Type of the one named parameters object (`IntegrationRuntimesRegenerateAuthKeyParameters`). */
  parametersTypeName: string;
  /** `validate<Group><Method>Parameters` in the validators module. */
  parametersValidatorName: string;
  /** Type of the typed response headers (`TenantAccessListSecretsHeaders`), when the response declares any. */
  headersTypeName?: string;
  httpMethod: HttpMethod;
  /** Path template relative to the server URL, `{name}` placeholders use wire names. */
  path: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags: string[];
  /** Method-level parameters in declaration order (client-level ones are in `IrService.clientParameters`). */
  parameters: IrParameter[];
  /** Wire names of client parameters this operation uses (`subscriptionId`, `api-version`). */
  clientParameters: string[];
  body?: IrRequestBody;
  /** Declared responses except `default`, sorted by status. */
  responses: IrResponse[];
  /** The `default` response: the service's error model (without one, the first `x-ms-error-response` status). */
  errorResponse?: IrResponse;
  /** Declared statuses marked `x-ms-error-response: true` (thrown as errors, so not in `responses`), by status. */
  errorResponses?: IrResponse[];
  /**
   * False for an operation that changes state (POST/PATCH, or a name like regenerate*): the client retries
   * it only when the service cannot have acted (429, connection failed before sending).
   */
  idempotent: boolean;
  paging?: IrPaging;
  /** `x-ms-long-running-operation`: the call starts work the service finishes later (see `IrLro`). */
  lro?: IrLro;
  /** Security requirement: scheme ids with the scopes named. */
  security: { scheme: string; scopes: string[] }[];
  examples: IrExample[];
}

export interface IrParameter {
  /** Wire name. */
  name: string;
  /** Property name in the generated parameters object. */
  tsName: string;
  location: "path" | "query" | "header";
  required: boolean;
  schema: IrSchema;
  description?: string;
  /** `x-ms-skip-url-encoding`. */
  skipUrlEncoding?: boolean;
  /** `x-ms-client-name`: the name `tsName` is made from (instead of the wire name). */
  clientName?: string;
  pointer: string;
}

export interface IrRequestBody {
  /** Property name in the generated parameters object (`body`). */
  tsName: string;
  /** The spec's name for the body (`x-ms-requestBody-name`, Swagger body parameter name). */
  wireName?: string;
  required: boolean;
  contentType: string;
  schema: IrSchema;
  description?: string;
}

export interface IrHeader {
  /** Wire name as written (`ETag`). */
  name: string;
  /** Property name on the typed headers object (`etag`). */
  tsName: string;
  required: boolean;
  schema: IrSchema;
  description?: string;
}

export interface IrResponse {
  /** `"200"`, `"204"`, `"default"`. */
  status: string;
  /** `x-ms-error-response: true`: a declared non-default status that is an error (thrown as a RestError). */
  isError?: boolean;
  description?: string;
  contentType?: string;
  schema?: IrSchema;
  headers: IrHeader[];
}

export interface IrPaging {
  /** Property of the page body holding the items (`value`). */
  itemsProperty: string;
  /** Property holding the next page URL (`nextLink`), absent when the list is a single page. */
  nextLinkProperty?: string;
  /** Schema of one item. */
  itemSchema: IrSchema;
  /** `x-ms-pageable.operationName`: the operation that fetches the next page (default: a GET of the link). */
  nextOperationName?: string;
  /** `x-ms-pageable` or inferred from the `value` + `nextLink` shape. */
  source: "x-ms-pageable" | "shape";
}

/**
 * A long-running operation (`x-ms-long-running-operation: true`). The client sends the request, then polls the
 * URL the service names (`Azure-AsyncOperation`, `Operation-Location` or `Location`) until the operation is done,
 * honouring `Retry-After`, and fetches the result where `finalStateVia` says.
 */
export interface IrLro {
  /**
   * `begin<Method>AndWait` on the group (the operation's own `method` is `begin<Method>`: it resolves to the
   * poller once the service accepted the request); `<functionName>AndWait` for the standalone function.
   */
  andWaitMethod: string;
  andWaitFunctionName: string;
  /**
   * `x-ms-long-running-operation-options.final-state-via`: where the final result is read.
   * `azure-async-operation` / `operation-location`: the last status-monitor response; `location`: a GET of the
   * `Location` header; `original-uri`: a GET of the request URL. Absent: Azure's default for the method (PUT and
   * PATCH: the request URL; POST: `Location` when given, else the status monitor; DELETE: nothing).
   */
  finalStateVia?: IrFinalStateVia;
  /**
   * The declared success response whose body is the operation's result (`"200"`, then `"201"`, then any other 2xx
   * with a body); absent when no success response has a body (the result is `void`).
   */
  resultStatus?: string;
}

export type IrFinalStateVia = "azure-async-operation" | "location" | "original-uri" | "operation-location";

export interface IrExample {
  name: string;
  /** Wire parameter name → value (including the body under its wire name and `api-version`). */
  parameters: Record<string, unknown>;
  /** The request body, when the operation has one. */
  requestBody?: unknown;
  responses: Record<string, { headers: Record<string, string>; body?: unknown }>;
}
