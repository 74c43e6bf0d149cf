/**
 * `src/<service>/models.ts`: one exported type per named schema — an interface for an object schema, a type
 * alias (string-literal union, array, composition) otherwise — with JSDoc from the spec's descriptions. Enum
 * values stay string literals (`"Etc/GMT+1" | "Etc/GMT-1"`): they never become identifiers, so they cannot
 * collide. A reference that would make aliases refer to each other directly is written `unknown`.
 */
import type { VariableStatementStructure, InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, TypeAliasDeclarationStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./structure-kind.js";
import type { IrNamedSchema, IrObjectSchema, IrSchema, IrService, IrVariant } from "../model/ir.js";
import { omittedFromRequest } from "../model/shapes.js";
import { identifier, jsDocText, objectLiteralKey, stringLiteral, typeMemberKey } from "./escape/index.js";
import { cycleClosingRefs } from "./alias-cycles.js";
import { contextTypeName, topLevelRefs, typeExpression, type TypeExpressionOptions } from "./type-expression.js";
import type { EmitUnit } from "./types.js";
import type { ServicePlan } from "../plan/index.js";

export function emitModels(plan: ServicePlan): EmitUnit[] {
  const { service } = plan;
  const named = Object.values(service.schemas).sort((a, b) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0));
  // Interfaces may refer to themselves; aliases only through an object or array (alias-cycles.ts).
  const aliasRefs = new Map(named.filter((n) => !isInterface(n)).map((n) => [n.id, topLevelRefs(n.schema)]));
  const closing = cycleClosingRefs(aliasRefs);
  const statements = named.flatMap((n) => [
    emitNamedSchema(service, n, closing.get(n.id), "output"),
    ...(n.inputTypeName !== undefined ? [emitNamedSchema(service, n, closing.get(n.id), "input")] : []),
    ...(n.updateTypeName !== undefined ? [emitNamedSchema(service, n, closing.get(n.id), "update")] : []),
    ...unionAlias(service, n),
    ...knownValues(n),
  ]);
  return [{ kind: "source", path: plan.files.models, specFile: service.specFile, structure: { statements: statements.length > 0 ? statements : ["export {};"] } }];
}

function isInterface(named: IrNamedSchema): boolean {
  const { schema } = named;
  return schema.kind === "object" && !schema.nullable && typeof schema.additionalProperties !== "object" && schema.properties.length > 0;
}

type Context = NonNullable<TypeExpressionOptions["context"]>;

/**
 * A named schema's type in one context: what the service returns (`output`, the schema's own name) or a request's
 * shape (`<Name>Input`, `<Name>Update`: read-only properties left out). A variant's discriminator property is its
 * literal value.
 */
function emitNamedSchema(service: IrService, named: IrNamedSchema, opaqueAtTopLevel: ReadonlySet<string> | undefined, context: Context): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const schema = named.variant ? withLiteral(named.schema, named.variant) : named.schema;
  const docs = context === "output" ? schemaDocs(named) : requestDocs(named, context);
  const options: TypeExpressionOptions = {
    readonlyProperties: context === "output",
    context,
    ...(named.variant ? { variantProperty: named.variant.propertyName } : {}),
  };
  const name = identifier(contextTypeName(named, context));
  if (schema.kind === "object" && isInterface(named)) {
    const properties = context === "output" ? schema.properties : schema.properties.filter((p) => !omittedFromRequest(p.schema, context));
    return {
      kind: StructureKind.Interface,
      name,
      isExported: true,
      docs,
      properties: properties.map(
        (p): OptionalKind<PropertySignatureStructure> => ({
          name: typeMemberKey(p.name),
          hasQuestionToken: !p.required,
          isReadonly: context === "output" && p.schema.readOnly === true,
          type: typeExpression(service, p.schema, options),
          docs: propertyDocs(p.schema),
        }),
      ),
    };
  }
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    docs,
    type: typeExpression(service, schema, { ...options, ...(opaqueAtTopLevel ? { opaqueAtTopLevel } : {}) }),
  };
}

/**
 * The schema of a variant with its discriminator property fixed to its value: an object's property replaced (or
 * added); in an `allOf`, its own inline object member's (or one more member holding only that property).
 */
function withLiteral(schema: IrSchema, variant: IrVariant): IrSchema {
  const literal: IrSchema = { kind: "string", const: variant.value, pointer: schema.pointer };
  const fix = (object: IrObjectSchema): IrObjectSchema => {
    const existing = object.properties.find((p) => p.name === variant.propertyName);
    const property = { name: variant.propertyName, required: true, schema: { ...literal, ...(existing?.schema.description ? { description: existing.schema.description } : {}) } };
    return {
      ...object,
      properties: existing ? object.properties.map((p) => (p === existing ? property : p)) : [property, ...object.properties],
    };
  };
  if (schema.kind === "object") return fix(schema);
  const bare: IrObjectSchema = { kind: "object", pointer: schema.pointer, properties: [], additionalProperties: true };
  if (schema.kind === "allOf") {
    const last = schema.members[schema.members.length - 1];
    return last?.kind === "object" && !last.nullable
      ? { ...schema, members: [...schema.members.slice(0, -1), fix(last)] }
      : { ...schema, members: [...schema.members, fix(bare)] };
  }
  return { kind: "allOf", pointer: schema.pointer, members: [schema, fix(bare)] };
}

/** `export type <Base>Union = <Variant> | … | <Base>`: what a reference to a polymorphic base may hold. */
function unionAlias(service: IrService, named: IrNamedSchema): TypeAliasDeclarationStructure[] {
  if (!named.union) return [];
  const members = named.union.members.map((id) => identifier(service.schemas[id]!.typeName));
  const base = identifier(named.typeName);
  return [
    {
      kind: StructureKind.TypeAlias,
      name: identifier(named.union.name),
      isExported: true,
      docs: [
        {
          description:
            `{@link ${base}} or one of its variants, told apart by \`${jsDocText(named.union.propertyName).replace(/`/g, "'")}\`.` +
            (named.variant ? "" : ` The last member, {@link ${base}}, stands for values a later api-version may add (validators accept them in responses and refuse them in requests).`),
        },
      ],
      type: members.join(" | "),
    },
  ];
}

function requestDocs(named: IrNamedSchema, context: Context): { description: string }[] {
  const what = context === "update" ? "a PATCH request body" : "a request body";
  const left = context === "update" ? "read-only properties and those `x-ms-mutability` does not allow in an update" : "read-only properties";
  return [{ description: `{@link ${identifier(named.typeName)}} as sent in ${what}: without its ${left} (the service sets them).` }];
}

/**
 * `Known<Name>` for an extensible enum: the values this api-version documents, each with its description. The type
 * stays `string` (the service may answer with values added later; the validators accept them in responses), while
 * requests are checked against these values before sending (see `runtime/parameters.ts` for the opt-out).
 */
function knownValues(named: IrNamedSchema): VariableStatementStructure[] {
  if (named.knownValuesName === undefined || !named.knownValues) return [];
  const members = named.knownValues;
  const doc = (m: (typeof members)[number]) => (m.description ? `/** ${jsDocText(m.description).replace(/\n/g, " ")} */\n` : "");
  const type = `{\n${members.map((m) => `${doc(m)}readonly ${typeMemberKey(m.key)}: ${stringLiteral(m.value)};`.replace(/^/gm, "  ")).join("\n")}\n}`;
  const value = `{\n${members.map((m) => `  ${objectLiteralKey(m.key)}: ${stringLiteral(m.value)},`).join("\n")}\n}`;
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: `Known values of {@link ${identifier(named.typeName)}} in this api-version; the service may send others.` }],
      declarations: [{ name: identifier(named.knownValuesName), type, initializer: value }],
    },
  ];
}

function schemaDocs(named: IrNamedSchema): { description: string }[] {
  const lines: string[] = [];
  if (named.schema.description) lines.push(jsDocText(named.schema.description));
  if (named.originalName !== named.typeName) lines.push(jsDocText(`Spec name: ${named.originalName}`));
  if (named.knownValuesName !== undefined) lines.push(`Extensible: any string; {@link ${identifier(named.knownValuesName)}} lists the values this api-version knows.`);
  if (named.schema.deprecated) lines.push("@deprecated");
  return lines.length > 0 ? [{ description: lines.join("\n\n") }] : [];
}

function propertyDocs(schema: IrNamedSchema["schema"]): { description: string }[] {
  const lines: string[] = [];
  if (schema.description) lines.push(jsDocText(schema.description));
  if (schema.secret) lines.push("Secret: masked by the service's `redact…` functions; never logged by the client.");
  if (schema.deprecated) lines.push("@deprecated");
  return lines.length > 0 ? [{ description: lines.join("\n\n") }] : [];
}
