/**
 * Assigns every identifier of a service in one place. The order of claims is fixed (client, schema types,
 * group and operation types, then functions), and every collection is sorted first, so the same spec gives the
 * same names on every run. All exported names share one scope: types and values of a service entry can
 * never shadow each other or the fixed runtime exports.
 */
import { FIXED_EXPORT_NAMES, NameScope, camelCase, pascalCase, splitOperationId } from "../naming/index.js";
import type { IrClientParameter, IrNamedSchema, IrOperation, IrOperationGroup, IrSchema } from "./ir.js";
import { lroMethodBase, nameLro } from "./lro.js";
import type { OperationDraft } from "./operation.js";
import type { Shapes } from "./shapes.js";

/** Members a generated client class has besides its groups. */
const CLIENT_MEMBERS = ["constructor", "prototype", "__proto__", "toString", "toJSON", "valueOf", "hasOwnProperty", "pipeline", "options", "endpoint", "apiVersion", "credential", "subscriptionId", "sendRequest"];
/** Core `PipelineOptions` and our client options: client parameters must not take these names. */
const CLIENT_OPTION_NAMES = ["credential", "credentialScopes", "validateResponses", "unknownEnumValues", "httpClient", "retryOptions", "proxyOptions", "tlsOptions", "additionalPolicies", "userAgentOptions", "loggingOptions", "redirectOptions", "telemetryOptions", "agent"];

export interface NamedService {
  clientName: string;
  clientOptionsTypeName: string;
  groups: IrOperationGroup[];
  schemas: Record<string, IrNamedSchema>;
  operations: IrOperation[];
  clientParameters: IrClientParameter[];
  clientParametersValidatorName: string;
}

export function assignNames(
  title: string,
  namedSchemas: { id: string; originalName: string; schema: IrSchema }[],
  drafts: OperationDraft[],
  clientParameters: Omit<IrClientParameter, "tsName">[],
  shapes?: Shapes,
): NamedService {
  const scope = new NameScope(FIXED_EXPORT_NAMES);
  let clientBase = pascalCase(title) || "Service";
  if (!clientBase.endsWith("Client")) clientBase += "Client";
  const clientName = scope.claim(clientBase);
  const clientOptionsTypeName = scope.claim(`${clientName}Options`);

  const sortedSchemas = [...namedSchemas].sort((a, b) => compare(a.id, b.id));
  const typeNames = sortedSchemas.map((s) => scope.claim(pascalCase(s.originalName), "Schema"));

  // Operations sorted by operationId, then method + path, so names never depend on file order.
  const sortedDrafts = [...drafts].sort((a, b) => compare(a.rawOperationId, b.rawOperationId) || compare(a.operation.pointer, b.operation.pointer));
  const groupScope = new NameScope(CLIENT_MEMBERS, { propertyNames: true });
  const groupByOriginal = new Map<string, IrOperationGroup>();
  const methodScopes = new Map<string, NameScope>();
  const opNames = sortedDrafts.map((draft) => {
    const { group: groupRaw, method: methodRaw } = splitOperationId(draft.rawOperationId);
    let group = groupByOriginal.get(groupRaw);
    if (!group) {
      const property = groupScope.claim(camelCase(groupRaw) || "operations", "operations");
      group = { property, interfaceName: scope.claim(`${pascalCase(property)}Operations`) };
      groupByOriginal.set(groupRaw, group);
      methodScopes.set(property, new NameScope(["constructor", "__proto__", "toString"], { propertyNames: true }));
    }
    const methodScope = methodScopes.get(group.property)!;
    const method = methodScope.claim(camelCase(lroMethodBase(draft.operation, methodRaw)) || "operation", "operation");
    const andWaitMethod = draft.operation.lro ? methodScope.claim(`${method}AndWait`) : undefined;
    const pascalName = pascalCase(group.property) + pascalCase(method);
    return { draft, group, method, pascalName, andWaitMethod };
  });
  const opTypes = opNames.map(({ draft, pascalName }) => ({
    parametersTypeName: scope.claim(`${pascalName}Parameters`),
    headersTypeName: draft.operation.responses.some((r) => /^2/.test(r.status) && r.headers.length > 0) ? scope.claim(`${pascalName}Headers`) : undefined,
  }));

  const functionNames = opNames.map(({ pascalName }) => scope.claim(camelCase(pascalName)));
  const andWaitFunctionNames = opNames.map(({ andWaitMethod }, i) => (andWaitMethod === undefined ? undefined : scope.claim(`${functionNames[i]!}AndWait`)));
  const schemaFunctions = typeNames.map((typeName) => ({
    validatorName: scope.claim(`validate${typeName}`),
    guardName: scope.claim(`is${typeName}`),
    redactorName: scope.claim(`redact${typeName}`),
  }));
  const parameterValidators = opNames.map(({ pascalName }) => scope.claim(`validate${pascalName}Parameters`));
  const clientParametersValidatorName = scope.claim(`validate${clientName}Parameters`);
  const knownValuesNames = sortedSchemas.map((s, i) => (isExtensibleEnum(s.schema) ? scope.claim(`Known${typeNames[i]!}`) : undefined));
  const unionNames = sortedSchemas.map((s, i) => (shapes?.unions.has(s.id) ? scope.claim(`${typeNames[i]!}Union`) : undefined));
  const inputNames = sortedSchemas.map((s, i) => (shapes?.input.has(s.id) ? scope.claim(`${typeNames[i]!}Input`) : undefined));
  const updateNames = sortedSchemas.map((s, i) => (shapes?.update.has(s.id) ? scope.claim(`${typeNames[i]!}Update`) : undefined));

  const schemas: Record<string, IrNamedSchema> = {};
  sortedSchemas.forEach((s, i) => {
    const known = knownValuesNames[i];
    schemas[s.id] = {
      id: s.id,
      originalName: s.originalName,
      typeName: typeNames[i]!,
      ...schemaFunctions[i]!,
      ...(known === undefined ? {} : { knownValuesName: known, knownValues: knownValueMembers(s.schema) }),
      ...(unionNames[i] === undefined ? {} : { union: { name: unionNames[i]!, ...shapes!.unions.get(s.id)! } }),
      ...(shapes?.variants.has(s.id) ? { variant: { ...shapes.variants.get(s.id)! } } : {}),
      ...(inputNames[i] === undefined ? {} : { inputTypeName: inputNames[i]! }),
      ...(updateNames[i] === undefined ? {} : { updateTypeName: updateNames[i]! }),
      schema: s.schema,
    };
  });

  const operations: IrOperation[] = opNames.map(({ draft, group, method, pascalName, andWaitMethod }, i) => ({
    ...draft.operation,
    ...nameLro(draft.operation.lro, andWaitMethod, andWaitFunctionNames[i]),
    group: group.property,
    method,
    pascalName,
    functionName: functionNames[i]!,
    parametersTypeName: opTypes[i]!.parametersTypeName,
    parametersValidatorName: parameterValidators[i]!,
    ...(opTypes[i]!.headersTypeName ? { headersTypeName: opTypes[i]!.headersTypeName } : {}),
    parameters: nameParameters(draft),
    responses: draft.operation.responses.map((r) => ({ ...r, headers: nameHeaders(r.headers) })),
    ...(draft.operation.errorResponse ? { errorResponse: { ...draft.operation.errorResponse, headers: nameHeaders(draft.operation.errorResponse.headers) } } : {}),
    ...(draft.operation.errorResponses ? { errorResponses: draft.operation.errorResponses.map((r) => ({ ...r, headers: nameHeaders(r.headers) })) } : {}),
  }));
  operations.sort((a, b) => compare(a.group, b.group) || compare(a.method, b.method));

  const optionScope = new NameScope(CLIENT_OPTION_NAMES, { propertyNames: true });
  const namedClientParameters = [...clientParameters]
    .sort((a, b) => Number(b.isApiVersion) - Number(a.isApiVersion) || compare(a.name, b.name))
    .map((p) => ({ ...p, tsName: optionScope.claim(p.isApiVersion ? "apiVersion" : camelCase(p.name) || "parameter", "parameter") }))
    .sort((a, b) => compare(a.name, b.name));

  return {
    clientName,
    clientOptionsTypeName,
    groups: [...groupByOriginal.values()].sort((a, b) => compare(a.property, b.property)),
    schemas,
    operations,
    clientParameters: namedClientParameters,
    clientParametersValidatorName,
  };
}

function nameParameters(draft: OperationDraft): IrOperation["parameters"] {
  const scope = new NameScope(draft.operation.body ? ["body"] : [], { propertyNames: true });
  return draft.operation.parameters.map((p) => ({ ...p, tsName: scope.claim(camelCase(p.clientName ?? p.name) || camelCase(p.name) || "param", "param") }));
}

/** Header names are case-insensitive: `ETag` → `etag`, `x-ms-request-id` → `xMsRequestId`. */
function nameHeaders(headers: IrOperation["responses"][number]["headers"]): IrOperation["responses"][number]["headers"] {
  const scope = new NameScope([], { propertyNames: true });
  return headers.map((h) => ({ ...h, tsName: scope.claim(camelCase(h.name.toLowerCase()) || "header", "header") }));
}

/** `Known<Name>` members: one property name per value, unique within the enum (`AuthKey1`, `EtcGMT1`, `EtcGMT12`). */
function knownValueMembers(schema: IrSchema): { key: string; value: string; description?: string }[] {
  if (schema.kind !== "string") return [];
  const scope = new NameScope(["__proto__", "constructor", "prototype"], { propertyNames: true });
  return (schema.enum ?? []).map((value) => {
    const entry = schema.enumValues?.find((v) => v.value === value);
    const key = scope.claim(pascalCase(entry?.name ?? value), "Value");
    return { key, value, ...(entry?.description ? { description: entry.description } : {}) };
  });
}

/** A string enum the service may extend (`x-ms-enum.modelAsString`): typed `string`, its values in `Known<Name>`. */
export function isExtensibleEnum(schema: IrSchema): boolean {
  return schema.kind === "string" && schema.extensible === true && schema.const === undefined && (schema.enum?.length ?? 0) > 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
