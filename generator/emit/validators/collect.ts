/**
 * Collector bodies: statements that add every issue of a value to `errors` (a local holding the list, or
 * undefined until the first issue; every collector returns it), in document order: a node's own
 * checks, then its properties in spec order, then extra properties in the value's order; an array's length
 * checks, then its items, then `uniqueItems`. A failed type test skips the rest of that node. `anyOf`/`oneOf`
 * report one issue at the value, decided with the members' guards. Small non-recursive named schemas are
 * written inline, as in the guards. Paths are built only where an issue is added or a named schema is called.
 */
import type { CodeBlockWriter } from "ts-morph";
import type { IrCompositeSchema, IrDiscriminator, IrObjectSchema, IrSchema } from "../../model/ir.js";
import { escapePointerToken } from "../../runtime/validation.js";
import { stringLiteral } from "../escape/index.js";
import {
  type Check,
  arrayChecks,
  booleanChecks,
  describeValues,
  isAmong,
  numberChecks,
  propertyCountChecks,
  stringChecks,
  typeCheck,
} from "./checks.js";
import { hasMemberChecks, matchExpression, otherTargets } from "./guard.js";
import { RUNTIME_NAMESPACE as RT } from "./names.js";
import { FunctionScope, missingCondition, readProperty, requirement } from "./scope.js";

/** A JSON Pointer expression: locals and literal tokens, folded into one concatenation when written. */
export class PointerExpression {
  private constructor(private readonly parts: readonly { text: string; literal: boolean }[]) {}

  /** The pointer held in a local or parameter. */
  static of(local: string): PointerExpression {
    return new PointerExpression([{ text: local, literal: false }]);
  }

  static root(): PointerExpression {
    return new PointerExpression([]);
  }

  /** A child by a key known now (escaped per RFC 6901 here). */
  child(key: string): PointerExpression {
    return new PointerExpression([...this.parts, { text: "/" + escapePointerToken(key), literal: true }]);
  }

  /** A child by an expression evaluated at run time (an index, or an already escaped key). */
  dynamicChild(expression: string): PointerExpression {
    return new PointerExpression([...this.parts, { text: "/", literal: true }, { text: expression, literal: false }]);
  }

  toString(): string {
    const out: string[] = [];
    let literal: string | undefined;
    for (const part of this.parts) {
      if (part.literal) literal = (literal ?? "") + part.text;
      else {
        if (literal !== undefined) out.push(stringLiteral(literal));
        literal = undefined;
        out.push(part.text);
      }
    }
    if (literal !== undefined) out.push(stringLiteral(literal));
    return out.length === 0 ? '""' : out.join(" + ");
  }
}

/** The collector counterpart of `writeGuard` (same `dispatch` and `plainRef` meaning). */
export function writeCollect(
  w: CodeBlockWriter,
  schema: IrSchema,
  v: string,
  path: PointerExpression,
  scope: FunctionScope,
  dispatch = true,
  plainRef = false,
): void {
  if (scope.plan.isTrivial(schema)) return;
  if (schema.nullable && schema.kind !== "null") {
    w.write(`if (${v} !== null)`).block(() => writeBody(w, schema, v, path, scope, dispatch, plainRef));
  } else {
    writeBody(w, schema, v, path, scope, dispatch, plainRef);
  }
}

function issue(w: CodeBlockWriter, path: PointerExpression, keyword: string, message: string): void {
  w.writeLine(`errors = ${RT}.addIssue(errors, ${path}, ${stringLiteral(keyword)}, ${stringLiteral(message)});`);
}

function writeChecks(w: CodeBlockWriter, checks: Check[], path: PointerExpression): void {
  for (const check of checks) w.write(`if (${check.fails})`).block(() => issue(w, path, check.keyword, check.message));
}

/** `if (wrong type) issue; else { rest }` (no `else` when there is nothing more to check). */
function writeTyped(
  w: CodeBlockWriter,
  schema: IrSchema,
  kind: IrSchema["kind"],
  v: string,
  path: PointerExpression,
  rest?: () => void,
): void {
  const type = typeCheck(kind, schema.nullable, v);
  w.write(`if (${type.fails})`).block(() => issue(w, path, type.keyword, type.message));
  if (rest) w.write("else").block(rest);
}

/** `writeTyped` for a primitive with its checks. */
function writePrimitive(
  w: CodeBlockWriter,
  schema: IrSchema,
  v: string,
  path: PointerExpression,
  checks: Check[],
): void {
  writeTyped(w, schema, schema.kind, v, path, checks.length > 0 ? () => writeChecks(w, checks, path) : undefined);
}

function writeBody(
  w: CodeBlockWriter,
  schema: IrSchema,
  v: string,
  path: PointerExpression,
  scope: FunctionScope,
  dispatch: boolean,
  plainRef: boolean,
): void {
  const { plan } = scope;
  switch (schema.kind) {
    case "ref":
      if (plan.isInlined(schema.ref)) writeCollect(w, plan.named(schema.ref).schema, v, path, scope);
      else w.writeLine(scope.collectCall(schema.ref, v, String(path), plainRef));
      return;
    case "string":
      writePrimitive(w, schema, v, path, stringChecks(schema, v, plan));
      return;
    case "number":
    case "integer":
      writePrimitive(w, schema, v, path, numberChecks(schema, v, plan));
      return;
    case "boolean":
      writePrimitive(w, schema, v, path, booleanChecks(schema, v, plan));
      return;
    case "null":
      writePrimitive(w, schema, v, path, []);
      return;
    case "array": {
      const checks = arrayChecks(schema, v);
      if (checks.length === 0 && !schema.uniqueItems && plan.isTrivial(schema.items)) {
        writePrimitive(w, schema, v, path, []);
        return;
      }
      writeTyped(w, schema, schema.kind, v, path, () => {
        writeChecks(w, checks, path);
        if (!plan.isTrivial(schema.items)) {
          const i = scope.local("i");
          const item = scope.local("v");
          w.write(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++)`).block(() => {
            w.writeLine(`const ${item} = ${v}[${i}];`);
            writeCollect(w, schema.items, item, path.dynamicChild(i), scope);
          });
        }
        // After the items: a duplicate is easier to act on once each item is known to be well-formed.
        if (schema.uniqueItems) {
          const pair = scope.local("d");
          w.writeLine(`const ${pair} = ${RT}.findDuplicateItems(${v});`);
          const message = `"must not contain duplicate items (items " + ${pair}[0] + " and " + ${pair}[1] + " are equal)"`;
          w.write(`if (${pair} !== undefined)`).block(() =>
            w.writeLine(`errors = ${RT}.addIssue(errors, ${path}, "uniqueItems", ${message});`),
          );
        }
      });
      return;
    }
    case "object":
      writeTyped(
        w,
        schema,
        schema.kind,
        v,
        path,
        hasMemberChecks(schema, scope, dispatch) ? () => writeObject(w, schema, v, path, scope, dispatch) : undefined,
      );
      return;
    case "allOf":
      for (const member of schema.members) writeCollect(w, member, v, path, scope, true, true);
      return;
    case "anyOf":
    case "oneOf":
      writeAlternatives(w, schema, v, path, scope);
      return;
    case "unknown":
      return;
  }
}

function writeObject(
  w: CodeBlockWriter,
  schema: IrObjectSchema,
  v: string,
  path: PointerExpression,
  scope: FunctionScope,
  dispatch: boolean,
): void {
  const o = scope.local("o");
  w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
  const discriminator = dispatch ? otherTargets(schema.discriminator, scope.selfId) : undefined;
  if (discriminator) {
    writeDispatch(w, discriminator, v, o, path, scope, () => writeObjectMembers(w, schema, o, path, scope));
  } else {
    writeObjectMembers(w, schema, o, path, scope);
  }
}

function writeObjectMembers(
  w: CodeBlockWriter,
  schema: IrObjectSchema,
  o: string,
  path: PointerExpression,
  scope: FunctionScope,
): void {
  const { plan } = scope;
  for (const prop of schema.properties) {
    const req = requirement(prop);
    const checked = !plan.isTrivial(prop.schema);
    if (req === "never" && !checked) continue;
    const value = scope.local("v");
    const propPath = path.child(prop.name);
    w.writeLine(`const ${value} = ${readProperty(o, prop.name)};`);
    if (req === "never") {
      w.write(`if (${value} !== undefined)`).block(() => writeCollect(w, prop.schema, value, propPath, scope));
      continue;
    }
    const when = missingCondition(req);
    w.write(`if (${value} === undefined)`).block(() => {
      if (when === "") issue(w, propPath, "required", "is required");
      else w.write(`if (${when})`).block(() => issue(w, propPath, "required", "is required"));
    });
    if (checked) w.write("else").block(() => writeCollect(w, prop.schema, value, propPath, scope));
  }
  const extra = schema.additionalProperties;
  if (plan.checksExtraProperties(schema)) {
    const key = scope.local("k");
    const declared = isAmong(
      schema.properties.map((p) => p.name),
      key,
      plan,
    );
    const keyPath = path.dynamicChild(`${RT}.escapePointerToken(${key})`);
    w.write(`for (const ${key} in ${o})`).block(() => {
      if (extra === false) {
        w.write(`if (!(${declared}) && ${RT}.hasOwn(${o}, ${key}))`).block(() =>
          issue(w, keyPath, "additionalProperties", "is not a property the schema allows"),
        );
      } else if (extra !== true) {
        w.writeLine(`if (${declared} || !${RT}.hasOwn(${o}, ${key})) continue;`);
        const value = scope.local("v");
        w.writeLine(`const ${value} = ${o}[${key}];`);
        writeCollect(w, extra, value, keyPath, scope);
      }
    });
  }
  if (propertyCountChecks(schema, "").length > 0) {
    const count = scope.local("n");
    w.writeLine(`const ${count} = ${RT}.countProperties(${o});`);
    writeChecks(w, propertyCountChecks(schema, count), path);
  }
}

function writeAlternatives(
  w: CodeBlockWriter,
  schema: IrCompositeSchema,
  v: string,
  path: PointerExpression,
  scope: FunctionScope,
): void {
  const { discriminator } = schema;
  if (discriminator) {
    writeTyped(w, schema, "object", v, path, () => {
      const o = scope.local("o");
      w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
      const allowed = `must be one of ${describeValues(Object.keys(discriminator.mapping))}`;
      writeDispatch(w, discriminator, v, o, path, scope, () =>
        issue(w, path.child(discriminator.propertyName), "discriminator", allowed),
      );
    });
    return;
  }
  const matches = schema.members.map((member) => matchExpression(member, v, scope));
  if (schema.kind === "anyOf") {
    w.write(`if (!(${matches.join(" || ")}))`).block(() =>
      issue(w, path, "anyOf", "must match at least one of the schemas in anyOf"),
    );
    return;
  }
  const count = scope.local("n");
  w.writeLine(`let ${count} = 0;`);
  for (const match of matches) w.writeLine(`if (${match}) ${count}++;`);
  const none = stringLiteral("must match exactly one of the schemas in oneOf (it matches none)");
  const many = stringLiteral("must match exactly one of the schemas in oneOf (it matches more than one)");
  w.write(`if (${count} !== 1)`).block(() =>
    w.writeLine(`errors = ${RT}.addIssue(errors, ${path}, "oneOf", ${count} === 0 ? ${none} : ${many});`),
  );
}

function writeDispatch(
  w: CodeBlockWriter,
  discriminator: IrDiscriminator,
  v: string,
  o: string,
  path: PointerExpression,
  scope: FunctionScope,
  otherwise: () => void,
): void {
  const d = scope.local("d");
  w.writeLine(`const ${d} = ${readProperty(o, discriminator.propertyName)};`);
  for (const [value, target] of Object.entries(discriminator.mapping)) {
    w.write(`if (${d} === ${stringLiteral(value)})`).block(() =>
      w.writeLine(scope.collectCall(target, v, String(path), true)),
    );
    w.write("else ");
  }
  w.block(otherwise);
}
