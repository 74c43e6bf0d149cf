/**
 * `src/<service>/models.ts`: one exported type per named schema — an interface for an object schema, a type
 * alias (string-literal union, array, composition) otherwise — with JSDoc from the spec's descriptions.
 */
import { StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type TypeAliasDeclarationStructure } from "ts-morph";
import type { IrNamedSchema, IrService } from "../model/ir.js";
import { identifier, jsDocText, typeMemberKey } from "./escape/index.js";
import { typeExpression } from "./type-expression.js";
import type { EmitUnit } from "./types.js";

export function emitModels(service: IrService): EmitUnit[] {
  const statements = Object.values(service.schemas)
    .sort((a, b) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0))
    .map((named) => emitNamedSchema(service, named));
  return [{ kind: "source", path: `src/${service.name}/models.ts`, specFile: service.specFile, structure: { statements: statements.length > 0 ? statements : ["export {};"] } }];
}

function emitNamedSchema(service: IrService, named: IrNamedSchema): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const { schema } = named;
  const docs = schemaDocs(named);
  if (schema.kind === "object" && !schema.nullable && typeof schema.additionalProperties !== "object" && schema.properties.length > 0) {
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
    type: typeExpression(service, schema, { readonlyProperties: true }),
  };
}

function schemaDocs(named: IrNamedSchema): { description: string }[] {
  const lines: string[] = [];
  if (named.schema.description) lines.push(jsDocText(named.schema.description));
  if (named.originalName !== named.typeName) lines.push(jsDocText(`Spec name: ${named.originalName}`));
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
