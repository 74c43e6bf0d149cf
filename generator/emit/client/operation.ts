/**
 * One operation in the client module: its parameters type, its typed response headers, its static
 * description (`OperationSpec`: method, path template, parameters with wire and ts names, body, responses with
 * their validators, error model, idempotency, paging) and the standalone function that hands it to the
 * runtime's `send` or `page`.
 */
import type { FunctionDeclarationStructure, InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, TypeAliasDeclarationStructure, VariableStatementStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "../structure-kind.js";
import type {
  IrHeader,
  IrOperation,
  IrParameter,
  IrRequestBody,
  IrResponse,
  IrSchema,
  IrService,
} from "../../model/ir.js";
import { identifier, jsDocText, typeMemberKey } from "../escape/index.js";
import { code, renderLiteral, type Literal, type LiteralObject } from "./literal.js";
import type { FileScope } from "../file-scope.js";
import { emitLroAndWait, lroRuntimeCall, lroSignature, lroSpecFields } from "./lro.js";
import { tracingOperationFields } from "./tracing.js";

export type OperationStatement =
  | InterfaceDeclarationStructure
  | TypeAliasDeclarationStructure
  | VariableStatementStructure
  | FunctionDeclarationStructure;

/** How an operation is called: shared by its standalone function and its method on the group interface. */
export interface OperationSignature {
  params: { type: string; optional: boolean };
  optionsType: string;
  returnType: string;
  docs: string;
}

export function operationSignature(service: IrService, op: IrOperation, names: FileScope): OperationSignature {
  const options = names.runtimeType("operation", "OperationOptions");
  const headers = names.plan.symbols.headersType(op);
  const result = op.paging
    ? `${names.runtimeType("paging", "PagedAsyncIterableIterator")}<${names.schemaType(op.paging.itemSchema)}, ${pageType(service, op, names)}>`
    : `Promise<${resultType(service, op, names)}>`;
  return lroSignature(service, op, names, {
    params: { type: names.type(names.plan.symbols.parametersType(op)), optional: !hasParameters(op) },
    optionsType: headers === undefined ? options : `${options}<${names.type(headers)}>`,
    returnType: result,
    docs: operationDocs(op),
  });
}

export function emitOperation(
  service: IrService,
  op: IrOperation,
  clientName: string,
  names: FileScope,
): OperationStatement[] {
  const signature = operationSignature(service, op, names);
  const specName = names.local(`${op.functionName}Operation`);
  const lro = lroRuntimeCall(service, op, names);
  const runtimeCall = lro?.call ?? (op.paging
    ? names.runtimeValue("paging", "page")
    : names.runtimeValue("send", "send"));
  const specType = lro?.specType ?? (op.paging
    ? `${names.runtimeType("operation", "PagedOperationSpec")}<${pageType(service, op, names)}>`
    : `${names.runtimeType("operation", "OperationSpec")}<${resultType(service, op, names)}>`);
  const headers = declaredHeaders(op);
  return [
    parametersType(service, op, names),
    ...(op.headersTypeName === undefined ? [] : [headersType(op.headersTypeName, headers)]),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: specName, type: specType, initializer: renderLiteral(operationSpec(service, op, names)) }],
    },
    {
      kind: StructureKind.Function,
      name: identifier(op.functionName),
      isExported: true,
      docs: [{ description: signature.docs }],
      parameters: [
        { name: "client", type: clientName },
        { name: "params", type: signature.params.type, ...(signature.params.optional ? { initializer: "{}" } : {}) },
        { name: "options", type: signature.optionsType, hasQuestionToken: true },
      ],
      returnType: signature.returnType,
      statements: [`return ${runtimeCall}(client, ${specName}, params, options);`],
    },
    ...emitLroAndWait(service, op, clientName, names, specName, signature),
  ];
}

function operationSpec(service: IrService, op: IrOperation, names: FileScope): LiteralObject {
  const successes = successResponses(op);
  return {
    operationId: op.operationId,
    method: op.httpMethod,
    path: op.path,
    parameters: op.parameters.map((p): LiteralObject => ({
      name: p.name,
      tsName: p.tsName,
      in: p.location,
      secret: p.schema.secret ? true : undefined,
    })),
    clientParameters: [...op.clientParameters],
    body: op.body && { tsName: op.body.tsName, contentType: jsonContentType(op, op.body) },
    validateParameters: code(names.parametersValidator(op)),
    responses: successes.map((r): LiteralObject => ({
      status: Number(r.status),
      validate: r.schema && code(validatorOf(service, op, r.schema, `${r.status} response`, names)),
      headers: r.headers.length > 0 ? r.headers.map(headerSpec) : undefined,
    })),
    error: errorSpec(op, names),
    idempotent: op.idempotent,
    paging: op.paging && { items: op.paging.itemsProperty, nextLink: op.paging.nextLinkProperty },
    ...lroSpecFields(service, op, names),
    ...tracingOperationFields(service, op),
  };
}

/** The error model the plan decided for the operation (the mocks answer with the same one), and its validator. */
function errorSpec(op: IrOperation, names: FileScope): LiteralObject {
  const model = names.plan.errorModels.get(op.operationId)!;
  const schema = op.errorResponse?.schema;
  return {
    validate: schema?.kind === "ref" ? code(names.validator(schema.ref)) : undefined,
    model: {
      code: model.code,
      message: model.message,
      target: model.target,
      status: model.status && { pointer: model.status.pointer, type: model.status.type },
      codeHeader: model.codeHeader,
    },
  };
}

/** The validator of a body: generated for named schemas only, so an inline body schema is a generator error. */
function validatorOf(
  service: IrService,
  op: IrOperation,
  schema: IrSchema,
  what: string,
  names: FileScope,
): string {
  if (schema.kind !== "ref") {
    throw new Error(
      `${op.operationId}: the ${what} schema at ${schema.pointer} is inline; the client validates named schemas only`,
    );
  }
  return names.validator(schema.ref);
}

function jsonContentType(op: IrOperation, body: IrRequestBody): string {
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i.test(body.contentType)) {
    throw new Error(
      `${op.operationId}: request body content type ${body.contentType} is not JSON; the client sends JSON only`,
    );
  }
  return body.contentType;
}

function successResponses(op: IrOperation): IrResponse[] {
  return op.responses.filter((r) => /^2\d\d$/.test(r.status));
}

function resultType(service: IrService, op: IrOperation, names: FileScope): string {
  const types = [
    ...new Set(successResponses(op).map((r) => (r.schema ? names.schemaType(r.schema) : "undefined"))),
  ];
  return types.length === 0 || types.every((t) => t === "undefined") ? "void" : types.join(" | ");
}

function pageType(service: IrService, op: IrOperation, names: FileScope): string {
  const pages = successResponses(op).filter((r) => r.schema !== undefined);
  if (pages.length !== 1)
    throw new Error(`${op.operationId}: a paged operation needs exactly one success response with a body`);
  return names.schemaType(pages[0]!.schema!);
}

function hasParameters(op: IrOperation): boolean {
  return op.parameters.length > 0 || op.body !== undefined;
}

function parametersType(
  service: IrService,
  op: IrOperation,
  names: FileScope,
): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const docs = [{ description: `Parameters of {@link ${identifier(op.functionName)}}.` }];
  if (!hasParameters(op)) {
    return {
      kind: StructureKind.TypeAlias,
      name: identifier(op.parametersTypeName),
      isExported: true,
      docs,
      type: "Record<string, never>",
    };
  }
  const member = (
    name: string,
    required: boolean,
    schema: IrSchema,
    docs: string,
    context: "output" | "input" | "update" = "output",
  ): OptionalKind<PropertySignatureStructure> => {
    const type = names.schemaType(schema, context);
    return {
      name: typeMemberKey(name),
      hasQuestionToken: !required,
      type: required ? type : `${type} | undefined`,
      docs: docs === "" ? [] : [{ description: docs }],
    };
  };
  const members = op.parameters.map((p) => member(p.tsName, p.required, p.schema, parameterDocs(p)));
  if (op.body)
    members.push(
      member(
        op.body.tsName,
        op.body.required,
        op.body.schema,
        op.body.description ? jsDocText(op.body.description) : "",
        // A request body's type leaves out what the service sets (read-only properties; in a PATCH, non-`update` ones).
        op.httpMethod === "PATCH" ? "update" : "input",
      ),
    );
  return {
    kind: StructureKind.Interface,
    name: identifier(op.parametersTypeName),
    isExported: true,
    docs,
    properties: members,
  };
}

/** The description plus the constraints the client checks before sending. */
function parameterDocs(p: IrParameter): string {
  const lines = p.description ? [jsDocText(p.description)] : [];
  const s = p.schema;
  if (s.kind === "string") {
    const rules: string[] = [];
    if (s.pattern) rules.push(`matches \`${jsDocText(s.pattern.source).replace(/`/g, "\\`")}\``);
    if (s.minLength !== undefined || s.maxLength !== undefined) {
      rules.push(`${s.minLength ?? 0} to ${s.maxLength ?? "any number of"} characters`);
    }
    if (s.format) rules.push(`format \`${jsDocText(s.format)}\``);
    if (rules.length > 0) lines.push(`Checked before sending: ${rules.join("; ")}.`);
  }
  if (s.secret) lines.push("Secret: never quoted in errors.");
  return lines.join("\n\n");
}

function declaredHeaders(op: IrOperation): IrHeader[] {
  const byName = new Map<string, IrHeader>();
  for (const response of successResponses(op)) for (const header of response.headers) byName.set(header.tsName, header);
  return [...byName.values()];
}

function headersType(name: string, headers: readonly IrHeader[]): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: identifier(name),
    isExported: true,
    docs: [{ description: "Response headers the operation declares, typed (present when the service sent them)." }],
    properties: headers.map((h) => ({
      name: typeMemberKey(h.tsName),
      hasQuestionToken: true,
      type: headerType(h),
      docs: [
        {
          description: [h.description ? jsDocText(h.description) : "", `Header \`${jsDocText(h.name)}\`.`]
            .filter(Boolean)
            .join("\n\n"),
        },
      ],
    })),
  };
}

function headerType(header: IrHeader): "string" | "number" | "boolean" {
  const kind = header.schema.kind;
  return kind === "number" || kind === "integer" ? "number" : kind === "boolean" ? "boolean" : "string";
}

function headerSpec(header: IrHeader): Literal {
  return { name: header.name, tsName: header.tsName, type: headerType(header) };
}

function operationDocs(op: IrOperation): string {
  const lines: string[] = [];
  if (op.summary) lines.push(jsDocText(op.summary));
  if (op.description && op.description !== op.summary) lines.push(jsDocText(op.description));
  lines.push(`\`${op.httpMethod} ${jsDocText(op.path)}\` (${jsDocText(op.operationId)})${op.paging ? ", paged" : ""}.`);
  if (op.deprecated) lines.push("@deprecated");
  return lines.join("\n\n");
}
