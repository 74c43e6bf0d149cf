/**
 * IrSchema → a TypeScript type expression. Every spec string goes through emit/escape: literal types via
 * `stringLiteral`, member keys via `typeMemberKey`, references via the IR's `typeName` checked by `identifier`.
 */
import type { IrSchema, IrService } from "../model/ir.js";
import { identifier, jsDocText, stringLiteral, typeMemberKey } from "./escape/index.js";

export interface TypeExpressionOptions {
  /** Mark `readOnly` properties `readonly` (model types do; request parameter types do not). */
  readonlyProperties?: boolean;
}

export function typeExpression(service: IrService, schema: IrSchema, options: TypeExpressionOptions = {}): string {
  const base = baseType(service, schema, options);
  return schema.nullable && schema.kind !== "null" && schema.kind !== "unknown" ? `${wrap(base)} | null` : base;
}

function baseType(service: IrService, schema: IrSchema, options: TypeExpressionOptions): string {
  switch (schema.kind) {
    case "ref": {
      const target = service.schemas[schema.ref];
      if (!target) throw new Error(`internal error: unknown schema id ${schema.ref}`);
      return identifier(target.typeName);
    }
    case "string":
      if (schema.const !== undefined) return stringLiteral(schema.const);
      if (schema.enum && schema.enum.length > 0) return schema.enum.map(stringLiteral).join(" | ");
      return "string";
    case "number":
    case "integer":
      if (schema.const !== undefined) return numberLiteral(schema.const);
      if (schema.enum && schema.enum.length > 0) return schema.enum.map(numberLiteral).join(" | ");
      return "number";
    case "boolean":
      if (schema.const !== undefined) return String(schema.const);
      if (schema.enum && schema.enum.length === 1) return String(schema.enum[0]);
      return "boolean";
    case "null":
      return "null";
    case "array":
      return `Array<${typeExpression(service, schema.items, options)}>`;
    case "object":
      return objectType(service, schema, options);
    case "allOf":
      return schema.members.map((m) => wrap(typeExpression(service, m, options))).join(" & ") || "unknown";
    case "anyOf":
    case "oneOf":
      return schema.members.map((m) => wrap(typeExpression(service, m, options))).join(" | ") || "unknown";
    case "unknown":
      return "unknown";
  }
}

/** An inline object type: `{ key?: T; … }` with property docs, plus an index signature for typed extras. */
export function objectType(service: IrService, schema: Extract<IrSchema, { kind: "object" }>, options: TypeExpressionOptions): string {
  const members = schema.properties.map((p) => {
    const doc = p.schema.description ? `/** ${jsDocText(p.schema.description).replace(/\n/g, " ")} */ ` : "";
    const ro = options.readonlyProperties && p.schema.readOnly ? "readonly " : "";
    return `${doc}${ro}${typeMemberKey(p.name)}${p.required ? "" : "?"}: ${typeExpression(service, p.schema, options)};`;
  });
  if (typeof schema.additionalProperties === "object") {
    const valueTypes = [typeExpression(service, schema.additionalProperties, options), ...schema.properties.map((p) => typeExpression(service, p.schema, options))];
    const union = [...new Set(valueTypes.map(wrap))].join(" | ");
    members.push(`[key: string]: ${union}${schema.properties.some((p) => !p.required) ? " | undefined" : ""};`);
  }
  return members.length === 0 ? (schema.additionalProperties === false ? "Record<string, never>" : "Record<string, unknown>") : `{ ${members.join(" ")} }`;
}

function numberLiteral(value: number): string {
  return value < 0 ? `(${value})` : String(value);
}

function wrap(type: string): string {
  return /^[\w$.<>\[\]"]+$/.test(type) || /^\{[\s\S]*\}$/.test(type) || /^Array<[\s\S]*>$/.test(type) ? type : `(${type})`;
}
