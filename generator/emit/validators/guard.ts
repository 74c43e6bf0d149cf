/**
 * Guard bodies: statements that `return false` at the first problem and fall through when the value is valid.
 * Nested schemas are written inline (a guard only ever returns early with `false`, so inlining is safe), and
 * so are small non-recursive named schemas (`plan.isInlined`); other named schemas are called, inline
 * `anyOf`/`oneOf` members through their lifted matchers. No allocation on the way: plain loops, `typeof`
 * tests, module-level regexes and Sets.
 */
import type { CodeBlockWriter } from "ts-morph";
import type { IrCompositeSchema, IrDiscriminator, IrObjectSchema, IrSchema } from "../../model/ir.js";
import { stringLiteral } from "../escape/index.js";
import {
  arrayChecks,
  booleanChecks,
  isAmong,
  numberChecks,
  propertyCountChecks,
  stringChecks,
  typeCheck,
} from "./checks.js";
import { RUNTIME_NAMESPACE as RT } from "./names.js";
import { FunctionScope, REQUEST_PARAM, missingCondition, readProperty, requirement } from "./scope.js";

/**
 * Writes the checks of `schema` for the value in local `v`.
 * @param dispatch false in a named schema's plain variant: its discriminator is not followed.
 * @param plainRef true for `allOf` members: a reference calls the plain variant (a subtype including its base).
 */
export function writeGuard(
  w: CodeBlockWriter,
  schema: IrSchema,
  v: string,
  scope: FunctionScope,
  dispatch = true,
  plainRef = false,
): void {
  if (scope.plan.isTrivial(schema)) return;
  if (schema.nullable && schema.kind !== "null") {
    w.write(`if (${v} !== null)`).block(() => writeBody(w, schema, v, scope, dispatch, plainRef));
  } else {
    writeBody(w, schema, v, scope, dispatch, plainRef);
  }
}

/** An expression that is true when `v` matches `schema` (for `anyOf`/`oneOf` members). */
export function matchExpression(schema: IrSchema, v: string, scope: FunctionScope): string {
  if (scope.plan.isTrivial(schema)) return "true";
  if (schema.kind === "ref") return scope.guardCall(schema.ref, v, false);
  const matcher = scope.plan.matcherFor(schema);
  return `${matcher}(${v}${scope.plan.isDirectional(schema) ? `, ${REQUEST_PARAM}` : ""})`;
}

function fail(w: CodeBlockWriter, condition: string): void {
  w.writeLine(`if (${condition}) return false;`);
}

function writeBody(
  w: CodeBlockWriter,
  schema: IrSchema,
  v: string,
  scope: FunctionScope,
  dispatch: boolean,
  plainRef: boolean,
): void {
  const { plan } = scope;
  switch (schema.kind) {
    case "ref":
      if (plan.isInlined(schema.ref)) writeGuard(w, plan.named(schema.ref).schema, v, scope);
      else fail(w, `!${scope.guardCall(schema.ref, v, plainRef)}`);
      return;
    case "string":
      fail(w, typeCheck(schema.kind, schema.nullable, v).fails);
      for (const check of stringChecks(schema, v, plan)) fail(w, check.fails);
      return;
    case "number":
    case "integer":
      fail(w, typeCheck(schema.kind, schema.nullable, v).fails);
      for (const check of numberChecks(schema, v, plan)) fail(w, check.fails);
      return;
    case "boolean":
      fail(w, typeCheck(schema.kind, schema.nullable, v).fails);
      for (const check of booleanChecks(schema, v, plan)) fail(w, check.fails);
      return;
    case "null":
      fail(w, typeCheck(schema.kind, schema.nullable, v).fails);
      return;
    case "array": {
      fail(w, typeCheck(schema.kind, schema.nullable, v).fails);
      for (const check of arrayChecks(schema, v)) fail(w, check.fails);
      if (schema.uniqueItems) fail(w, `${RT}.findDuplicateItems(${v}) !== undefined`);
      if (plan.isTrivial(schema.items)) return;
      const i = scope.local("i");
      const item = scope.local("v");
      w.write(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++)`).block(() => {
        w.writeLine(`const ${item} = ${v}[${i}];`);
        writeGuard(w, schema.items, item, scope);
      });
      return;
    }
    case "object":
      writeObject(w, schema, v, scope, dispatch);
      return;
    case "allOf":
      for (const member of schema.members) {
        if (plan.isTrivial(member)) continue;
        if (member.kind === "ref" && !plan.isInlined(member.ref)) {
          writeGuard(w, member, v, scope, true, true);
          continue;
        }
        // Each member written inline sees the value as `unknown`: its narrowing must not carry into the next.
        const own = scope.local("v");
        w.writeLine(`const ${own}: unknown = ${v};`);
        writeGuard(w, member, own, scope, true, true);
      }
      return;
    case "anyOf":
    case "oneOf":
      writeAlternatives(w, schema, v, scope);
      return;
    case "unknown":
      return;
  }
}

/** Whether an object schema checks anything beyond the type (properties, extra keys, counts, dispatch). */
export function hasMemberChecks(schema: IrObjectSchema, scope: FunctionScope, dispatch: boolean): boolean {
  return (
    schema.properties.some((p) => requirement(p) !== "never" || !scope.plan.isTrivial(p.schema)) ||
    scope.plan.checksExtraProperties(schema) ||
    propertyCountChecks(schema, "").length > 0 ||
    (dispatch && otherTargets(schema.discriminator, scope.selfId) !== undefined)
  );
}

function writeObject(
  w: CodeBlockWriter,
  schema: IrObjectSchema,
  v: string,
  scope: FunctionScope,
  dispatch: boolean,
): void {
  fail(w, typeCheck(schema.kind, schema.nullable, v).fails);
  if (!hasMemberChecks(schema, scope, dispatch)) return;
  const o = scope.local("o");
  w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
  const discriminator = dispatch ? otherTargets(schema.discriminator, scope.selfId) : undefined;
  if (discriminator) {
    writeDispatch(w, discriminator, v, o, scope, () => writeObjectMembers(w, schema, o, scope));
  } else {
    writeObjectMembers(w, schema, o, scope);
  }
}

function writeObjectMembers(w: CodeBlockWriter, schema: IrObjectSchema, o: string, scope: FunctionScope): void {
  const { plan } = scope;
  for (const prop of schema.properties) {
    const req = requirement(prop);
    const checked = !plan.isTrivial(prop.schema);
    if (req === "never" && !checked) continue;
    const value = scope.local("v");
    w.writeLine(`const ${value} = ${readProperty(o, prop.name)};`);
    if (req === "never") {
      w.write(`if (${value} !== undefined)`).block(() => writeGuard(w, prop.schema, value, scope));
      continue;
    }
    const when = missingCondition(req);
    if (when === "") {
      fail(w, `${value} === undefined`);
      writeGuard(w, prop.schema, value, scope);
    } else {
      w.write(`if (${value} === undefined)`).block(() => fail(w, when));
      if (checked) w.write("else").block(() => writeGuard(w, prop.schema, value, scope));
    }
  }
  const extra = schema.additionalProperties;
  if (plan.checksExtraProperties(schema)) {
    const key = scope.local("k");
    const declared = isAmong(
      schema.properties.map((p) => p.name),
      key,
      plan,
    );
    w.write(`for (const ${key} in ${o})`).block(() => {
      if (extra === false) {
        fail(w, `!(${declared}) && ${RT}.hasOwn(${o}, ${key})`);
      } else if (extra !== true) {
        w.writeLine(`if (${declared} || !${RT}.hasOwn(${o}, ${key})) continue;`);
        const value = scope.local("v");
        w.writeLine(`const ${value} = ${o}[${key}];`);
        writeGuard(w, extra, value, scope);
      }
    });
  }
  if (propertyCountChecks(schema, "").length > 0) {
    const count = scope.local("n");
    w.writeLine(`const ${count} = ${RT}.countProperties(${o});`);
    for (const check of propertyCountChecks(schema, count)) fail(w, check.fails);
  }
}

function writeAlternatives(w: CodeBlockWriter, schema: IrCompositeSchema, v: string, scope: FunctionScope): void {
  if (schema.discriminator) {
    fail(w, typeCheck("object", schema.nullable, v).fails);
    const o = scope.local("o");
    w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
    writeDispatch(w, schema.discriminator, v, o, scope, () => w.writeLine("return false;"));
    return;
  }
  const matches = schema.members.map((member) => matchExpression(member, v, scope));
  if (schema.kind === "anyOf") {
    fail(w, `!(${matches.join(" || ")})`);
    return;
  }
  const count = scope.local("n");
  w.writeLine(`let ${count} = 0;`);
  for (const match of matches) w.writeLine(`if (${match}) ${count}++;`);
  fail(w, `${count} !== 1`);
}

/** `if (d === "A") { A's guard } else if … else { otherwise }`, for the discriminator value of object `o`. */
function writeDispatch(
  w: CodeBlockWriter,
  discriminator: IrDiscriminator,
  v: string,
  o: string,
  scope: FunctionScope,
  otherwise: () => void,
): void {
  const d = scope.local("d");
  w.writeLine(`const ${d} = ${readProperty(o, discriminator.propertyName)};`);
  for (const [value, target] of Object.entries(discriminator.mapping)) {
    w.write(`if (${d} === ${stringLiteral(value)})`).block(() => fail(w, `!${scope.guardCall(target, v, true)}`));
    w.write("else ");
  }
  w.block(otherwise);
}

/** The mapping without entries that point back at the schema itself (those values mean "this schema, plainly"). */
export function otherTargets(
  discriminator: IrDiscriminator | undefined,
  selfId: string | undefined,
): IrDiscriminator | undefined {
  if (!discriminator) return undefined;
  const mapping = Object.fromEntries(Object.entries(discriminator.mapping).filter(([, target]) => target !== selfId));
  return Object.keys(mapping).length > 0 ? { propertyName: discriminator.propertyName, mapping } : undefined;
}
