/**
 * `src/<service>/models.ts`: one exported type per named schema — an interface for an object schema, a type
 * alias (string-literal union, array, composition) otherwise — with JSDoc from the spec's descriptions. Enum
 * values stay string literals (`"Etc/GMT+1" | "Etc/GMT-1"`): they never become identifiers, so they cannot
 * collide. A reference that would make aliases refer to each other directly is written `unknown`.
 */
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type TypeAliasDeclarationStructure } from "ts-morph";
import type { IrNamedSchema, IrService } from "../model/ir.js";
import { identifier, jsDocText, objectLiteralKey, stringLiteral, typeMemberKey } from "./escape/index.js";
import { cycleClosingRefs } from "./alias-cycles.js";
import { topLevelRefs, typeExpression } from "./type-expression.js";
import type { EmitUnit } from "./types.js";
import type { ServicePlan } from "../plan/index.js";

export function emitModels(plan: ServicePlan): EmitUnit[] {
  const { service } = plan;
  const named = Object.values(service.schemas).sort((a, b) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0));
  // Interfaces may refer to themselves; aliases only through an object or array (alias-cycles.ts).
  const aliasRefs = new Map(named.filter((n) => !isInterface(n)).map((n) => [n.id, topLevelRefs(n.schema)]));
  const closing = cycleClosingRefs(aliasRefs);
  const statements = named.flatMap((n) => [emitNamedSchema(service, n, closing.get(n.id)), ...knownValues(n)]);
  return [{ kind: "source", path: plan.files.models, specFile: service.specFile, structure: { statements: statements.length > 0 ? statements : ["export {};"] } }];
}

function isInterface(named: IrNamedSchema): boolean {
  const { schema } = named;
  return schema.kind === "object" && !schema.nullable && typeof schema.additionalProperties !== "object" && schema.properties.length > 0;
}

function emitNamedSchema(service: IrService, named: IrNamedSchema, opaqueAtTopLevel: ReadonlySet<string> | undefined): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const { schema } = named;
  const docs = schemaDocs(named);
  if (schema.kind === "object" && isInterface(named)) {
    return {
      kind: StructureKind.Interface,
      name: identifier(named.typeName),
      isExported: true,
      docs,
      properties: schema.properties.map(
        (p): OptionalKind<PropertySignatureStructure> => ({
          name: typeMemberKey(p.name),
          hasQuestionToken: !p.required,
          isReadonly: p.schema.readOnly === true,
          type: typeExpression(service, p.schema, { readonlyProperties: true }),
          docs: propertyDocs(p.schema),
        }),
      ),
    };
  }
  return {
    kind: StructureKind.TypeAlias,
    name: identifier(named.typeName),
    isExported: true,
    docs,
    type: typeExpression(service, schema, { readonlyProperties: true, ...(opaqueAtTopLevel ? { opaqueAtTopLevel } : {}) }),
  };
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
