/**
 * IrSchema → a TypeScript type expression. Every spec string goes through emit/escape: literal types via
 * `stringLiteral`, member keys via `typeMemberKey`, references via the IR's `typeName` checked by `identifier`.
 */
import type { IrNamedSchema, IrSchema, IrService, SchemaId } from "../model/ir.js";
import { omittedFromRequest } from "../model/shapes.js";
import { identifier, jsDocText, stringLiteral, typeMemberKey } from "./escape/index.js";

export interface TypeExpressionOptions {
  /** Mark `readOnly` properties `readonly` (model types do; request parameter types do not). */
  readonlyProperties?: boolean;
  /**
   * Named schemas written as `unknown` where they are referenced outside any object or array: references that
   * would close a cycle of type aliases (see alias-cycles.ts).
   */
  opaqueAtTopLevel?: ReadonlySet<SchemaId>;
  /**
   * Which shape: what the service returns (`output`, the default: read-only properties included, a union base's
   * references typed `<Base>Union`), or a request's (`input`: read-only properties left out, references to the
   * `<Name>Input` types; `update`, a PATCH body: also properties whose `x-ms-mutability` lacks `update`).
   */
  context?: "output" | "input" | "update";
  /**
   * Set while writing a variant of a discriminated union: an `allOf` member that is itself a variant is written
   * `Omit<Parent, "<propertyName>">`, so the variant's own literal value replaces the parent's.
   */
  variantProperty?: string;
  /** Called with every model type name written (the file scope imports it); returns the local name. */
  useName?: (name: string) => string;
}

/** The name of a named schema's type in a context (its `Input`/`Update` type where it has one). */
export function contextTypeName(named: IrNamedSchema, context: TypeExpressionOptions["context"]): string {
  if (context === "update") return named.updateTypeName ?? named.typeName;
  if (context === "input") return named.inputTypeName ?? named.typeName;
  return named.typeName;
}

/** Every model type name a reference to `named` may be written with, in any context (for imports). */
export function referenceTypeNames(service: IrService, named: IrNamedSchema, context: TypeExpressionOptions["context"]): string[] {
  if (!named.union) return [contextTypeName(named, context)];
  if (context === undefined || context === "output") return [named.union.name];
  return named.union.members.map((id) => contextTypeName(service.schemas[id]!, context));
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

function useName(options: TypeExpressionOptions, name: string): string {
  return options.useName ? options.useName(name) : identifier(name);
}

/**
 * A reference: to a union base (not inherited) its union — `<Base>Union`, or in a request the members' request
 * types; inherited (an `allOf` member) the plain type, without the parent's literal value inside a variant.
 */
function refType(service: IrService, ref: SchemaId, options: TypeExpressionOptions, inherited: boolean): string {
  const target = service.schemas[ref];
  if (!target) throw new Error(`internal error: unknown schema id ${ref}`);
  if (!inherited && target.union) {
    const names = referenceTypeNames(service, target, options.context);
    return names.map((n) => useName(options, n)).join(" | ");
  }
  const name = useName(options, contextTypeName(target, options.context));
  if (inherited && options.variantProperty !== undefined && target.variant?.propertyName === options.variantProperty) {
    return `Omit<${name}, ${stringLiteral(options.variantProperty)}>`;
  }
  return name;
}

function baseType(service: IrService, schema: IrSchema, options: TypeExpressionOptions, topLevel: boolean): string {
  switch (schema.kind) {
    case "ref":
      return topLevel && options.opaqueAtTopLevel?.has(schema.ref) ? "unknown" : refType(service, schema.ref, options, false);
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
      return (
        schema.members
          .map((m) =>
            wrap(
              m.kind === "ref" && !(topLevel && options.opaqueAtTopLevel?.has(m.ref))
                ? refType(service, m.ref, options, true) + (m.nullable ? " | null" : "")
                : expression(service, m, options, topLevel),
            ),
          )
          .join(" & ") || "unknown"
      );
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
  const context = options.context ?? "output";
  const properties = context === "output" ? schema.properties : schema.properties.filter((p) => !omittedFromRequest(p.schema, context));
  const members = properties.map((p) => {
    const doc = p.schema.description ? `/** ${jsDocText(p.schema.description).replace(/\n/g, " ")} */ ` : "";
    const ro = options.readonlyProperties && p.schema.readOnly ? "readonly " : "";
    return `${doc}${ro}${typeMemberKey(p.name)}${p.required ? "" : "?"}: ${member(p.schema)};`;
  });
  if (typeof schema.additionalProperties === "object") {
    const valueTypes = [member(schema.additionalProperties), ...properties.map((p) => member(p.schema))];
    const union = [...new Set(valueTypes.map(wrap))].join(" | ");
    members.push(`[key: string]: ${union}${properties.some((p) => !p.required) ? " | undefined" : ""};`);
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
