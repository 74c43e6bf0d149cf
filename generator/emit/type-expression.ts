/**
 * IrSchema → a TypeScript type expression. Every spec string goes through emit/escape: literal types via
 * `stringLiteral`, member keys via `typeMemberKey`, references via the IR's `typeName` checked by `identifier`.
 */
import type { IrSchema, IrService, SchemaId } from "../model/ir.js";
import { identifier, jsDocText, stringLiteral, typeMemberKey } from "./escape/index.js";

export interface TypeExpressionOptions {
  /** Mark `readOnly` properties `readonly` (model types do; request parameter types do not). */
  readonlyProperties?: boolean;
  /**
   * Named schemas written as `unknown` where they are referenced outside any object or array: references that
   * would close a cycle of type aliases (see alias-cycles.ts).
   */
  opaqueAtTopLevel?: ReadonlySet<SchemaId>;
}

export function typeExpression(service: IrService, schema: IrSchema, options: TypeExpressionOptions = {}): string {
  return expression(service, schema, options, true);
}

/** Named schemas `schema` refers to outside any object or array (through composition and nullability only). */
export function topLevelRefs(schema: IrSchema): SchemaId[] {
  if (schema.kind === "ref") return [schema.ref];
  if (schema.kind === "allOf" || schema.kind === "anyOf" || schema.kind === "oneOf") return schema.members.flatMap(topLevelRefs);
  return [];
}

/** `topLevel`: not inside an object member or an array item, where a reference back to an alias is an error. */
function expression(service: IrService, schema: IrSchema, options: TypeExpressionOptions, topLevel: boolean): string {
  const base = baseType(service, schema, options, topLevel);
  return schema.nullable && schema.kind !== "null" && schema.kind !== "unknown" && base !== "unknown" ? `${wrap(base)} | null` : base;
}

function baseType(service: IrService, schema: IrSchema, options: TypeExpressionOptions, topLevel: boolean): string {
  switch (schema.kind) {
    case "ref": {
      const target = service.schemas[schema.ref];
      if (!target) throw new Error(`internal error: unknown schema id ${schema.ref}`);
      return topLevel && options.opaqueAtTopLevel?.has(schema.ref) ? "unknown" : identifier(target.typeName);
    }
    case "string":
      if (schema.const !== undefined) return stringLiteral(schema.const);
      // An extensible enum (`x-ms-enum.modelAsString`) is a `string`: the service may send values added later.
      if (schema.enum && schema.enum.length > 0 && !schema.extensible) return schema.enum.map(stringLiteral).join(" | ");
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
      return `Array<${expression(service, schema.items, options, false)}>`;
    case "object":
      return objectType(service, schema, options);
    case "allOf":
      // TypeScript distributes `&` over `|`; past its limit the output would not compile (TS2590).
      if (unionWidth(service, schema, new Set()) > MAX_INTERSECTION_WIDTH) return "unknown";
      return schema.members.map((m) => wrap(expression(service, m, options, topLevel))).join(" & ") || "unknown";
    case "anyOf":
    case "oneOf":
      return schema.members.map((m) => wrap(expression(service, m, options, topLevel))).join(" | ") || "unknown";
    case "unknown":
      return "unknown";
  }
}

/** An inline object type: `{ key?: T; … }` with property docs, plus an index signature for typed extras. */
export function objectType(service: IrService, schema: Extract<IrSchema, { kind: "object" }>, options: TypeExpressionOptions): string {
  const member = (s: IrSchema) => expression(service, s, options, false);
  const members = schema.properties.map((p) => {
    const doc = p.schema.description ? `/** ${jsDocText(p.schema.description).replace(/\n/g, " ")} */ ` : "";
    const ro = options.readonlyProperties && p.schema.readOnly ? "readonly " : "";
    return `${doc}${ro}${typeMemberKey(p.name)}${p.required ? "" : "?"}: ${member(p.schema)};`;
  });
  if (typeof schema.additionalProperties === "object") {
    const valueTypes = [member(schema.additionalProperties), ...schema.properties.map((p) => member(p.schema))];
    const union = [...new Set(valueTypes.map(wrap))].join(" | ");
    members.push(`[key: string]: ${union}${schema.properties.some((p) => !p.required) ? " | undefined" : ""};`);
  }
  if (members.length === 0) return schema.additionalProperties === false ? "Record<string, never>" : "Record<string, unknown>";
  // One member per line; the printer indents every line of a multi-line type to where it is written.
  return `{\n${members.map((m) => m.replace(/^/gm, "  ")).join("\n")}\n}`;
}

/**
 * Members the union of an intersection is normalised into. TypeScript refuses more than 100,000 ("Expression
 * produces a union type that is too complex to represent"); an `allOf` past this bound is typed `unknown` (the
 * validators still check it).
 */
const MAX_INTERSECTION_WIDTH = 10_000;

const WIDTHS = new WeakMap<IrService, Map<SchemaId, number>>();

/** Widths of named schemas, once per service (a schema used many times is measured once). */
function widthMemo(service: IrService): Map<SchemaId, number> {
  let memo = WIDTHS.get(service);
  if (!memo) WIDTHS.set(service, (memo = new Map()));
  return memo;
}

/** How many members the type of `schema` has as a union (an estimate from above, capped to stay finite). */
function unionWidth(service: IrService, schema: IrSchema, visiting: Set<SchemaId>): number {
  const width = ((): number => {
    switch (schema.kind) {
      case "ref": {
        const target = service.schemas[schema.ref];
        const memo = widthMemo(service);
        if (!target || visiting.has(schema.ref)) return 1;
        const known = memo.get(schema.ref);
        if (known !== undefined) return known;
        visiting.add(schema.ref);
        const inner = unionWidth(service, target.schema, visiting);
        visiting.delete(schema.ref);
        memo.set(schema.ref, inner);
        return inner;
      }
      case "string":
      case "number":
      case "integer":
      case "boolean":
        return schema.const === undefined && schema.enum ? Math.max(1, schema.enum.length) : 1;
      case "anyOf":
      case "oneOf":
        return schema.members.reduce((sum, m) => sum + unionWidth(service, m, visiting), 0);
      case "allOf":
        return schema.members.reduce((product, m) => product * unionWidth(service, m, visiting), 1);
      default:
        return 1;
    }
  })();
  return Math.min(width + (schema.nullable ? 1 : 0), Number.MAX_SAFE_INTEGER);
}

function numberLiteral(value: number): string {
  return value < 0 ? `(${value})` : String(value);
}

/**
 * Parenthesised unless it is one name or one string literal. Telling an object type `{ … }` from a union of
 * two (`{ a } | { b }`) needs a parser, so anything else is wrapped; prettier removes the parentheses that turn
 * out to be redundant.
 */
function wrap(type: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(type) || /^"(?:[^"\\]|\\.)*"$/.test(type) ? type : `(${type})`;
}
