/**
 * The validator walker: writes the checks of a schema once, for every fail strategy. Each problem is reported
 * to the strategy in parameter `c` as one compact line, `if (fails && !c.add(path, keyword, message)) return
 * false;`, so the check stops at once when the strategy says so: the first-problem strategy always does (`is<T>`,
 * and the match expressions of `anyOf`/`oneOf`), the collect-all strategy after 100 issues (`validate<T>`, the
 * parameters validators). `&&` builds a path only when an issue is added; a call to a named check passes one.
 *
 * Order is document order: a node's own checks, then its properties in spec order, then extra properties in
 * the value's order; an array's length checks, then its items, then `uniqueItems`. A failed type test skips
 * the rest of that node. `anyOf`/`oneOf` decide with match expressions and report once, at the value. Small
 * non-recursive named schemas are written inline (`plan.isInlined`), others called.
 *
 * No statement narrows a value's type for the statements after it (a type test that returns is only written
 * where nothing follows in the function), so `allOf` members can be written one after another on one value.
 */
import type { BlockWriter } from "./body-writer.js";
import type { IrCompositeSchema, IrDiscriminator, IrObjectSchema, IrProperty, IrSchema } from "../../model/ir.js";
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
import { ISSUES_PARAM, REQUEST_PARAM, RUNTIME_NAMESPACE as RT } from "./names.js";
import type { PointerExpression } from "./pointer.js";
import { FunctionScope, missingCondition, readProperty, requirement, strategy } from "./scope.js";

export interface NodeOptions {
  /** A condition under which the node is checked at all (`v2 !== undefined`); none by default. */
  gate?: string;
  /** Nothing follows the node in its function: a failed type test may return the strategy's answer. */
  tail?: boolean;
  /** false in a named schema's plain variant: its discriminator is not followed. */
  dispatch?: boolean;
  /** true for `allOf` members: a reference calls the plain variant (a subtype including its base). */
  plainRef?: boolean;
}

/** Writes the checks of `schema` for the value in local `v`, whose JSON Pointer is `path`. */
export function writeNode(
  w: BlockWriter,
  schema: IrSchema,
  v: string,
  path: PointerExpression,
  scope: FunctionScope,
  options: NodeOptions = {},
): void {
  const { plan } = scope;
  if (plan.isTrivial(schema)) return;
  let gate = options.gate ?? "";
  const tail = options.tail === true && gate === "";
  if (schema.nullable && schema.kind !== "null") {
    if (tail) w.writeLine(`if (${v} === null) return true;`);
    else gate = and(gate, `${v} !== null`);
  }
  const node: Node = { w, v, path, scope, gate, tail, nullable: schema.nullable };
  switch (schema.kind) {
    case "ref":
      if (plan.isInlined(schema.ref)) writeNode(w, plan.named(schema.ref).schema, v, path, scope, { gate, tail });
      else failIf(w, and(gate, `!${scope.checkCall(schema.ref, v, String(path), options.plainRef === true)}`));
      return;
    case "string":
      writeTyped(node, schema.kind, stringChecks(schema, v, plan));
      return;
    case "number":
    case "integer":
      writeTyped(node, schema.kind, numberChecks(schema, v, plan));
      return;
    case "boolean":
      writeTyped(node, schema.kind, booleanChecks(schema, v, plan));
      return;
    case "null":
      writeTyped(node, schema.kind, []);
      return;
    case "array": {
      const items = !plan.isTrivial(schema.items);
      const body = items || schema.uniqueItems ? () => writeArrayBody(node, schema.items, schema.uniqueItems === true) : undefined;
      writeTyped(node, schema.kind, arrayChecks(schema, v), body);
      return;
    }
    case "object": {
      const dispatch = options.dispatch !== false;
      const body = hasMemberChecks(schema, scope, dispatch) ? () => writeObject(node, schema, dispatch) : undefined;
      writeTyped(node, schema.kind, [], body);
      return;
    }
    case "allOf":
      inGate(w, gate, () => {
        const plainMembers = () => {
          for (const member of schema.members) writeNode(w, member, v, path, scope, { plainRef: true, dispatch: false });
        };
        // Swagger's `allOf: [ProxyResource]` + `properties` + `discriminator`: the object member dispatches. A known
        // value goes to its variant alone (which includes this schema plainly), so no rule is checked twice.
        const dispatching = options.dispatch === false ? undefined : schema.members.find((m): m is IrObjectSchema => m.kind === "object" && otherTargets(m.discriminator, scope.selfId) !== undefined);
        if (dispatching) writeAllOfDispatch(w, v, path, scope, dispatching, plainMembers);
        else {
          // A plain check stays plain in its own members (an inline object member may carry the discriminator).
          const dispatch = options.dispatch === false ? { dispatch: false } : {};
          for (const member of schema.members) writeNode(w, member, v, path, scope, { plainRef: true, ...dispatch });
        }
      });
      return;
    case "anyOf":
    case "oneOf":
      writeAlternatives(node, schema);
      return;
    case "unknown":
      return;
  }
}

/** An expression that is true when `v` matches `schema` (for `anyOf`/`oneOf` members): first-problem strategy. */
export function matchExpression(schema: IrSchema, v: string, scope: FunctionScope): string {
  if (scope.plan.isTrivial(schema)) return "true";
  if (schema.kind === "ref") return scope.checkCall(schema.ref, v, undefined, false);
  const direction = scope.plan.isDirectional(schema) ? `, ${REQUEST_PARAM}` : "";
  return `${scope.plan.matcherFor(schema)}(${v}, ${strategy(undefined)}${direction})`;
}

/** Whether an object schema checks anything beyond the type (properties, extra keys, counts, dispatch). */
export function hasMemberChecks(schema: IrObjectSchema, scope: FunctionScope, dispatch: boolean): boolean {
  return (
    schema.properties.some((p) => requirement(p) !== "never" || !scope.plan.isTrivial(p.schema) || refusedInRequests(p)) ||
    scope.plan.checksExtraProperties(schema) ||
    propertyCountChecks(schema, "").length > 0 ||
    (dispatch && otherTargets(schema.discriminator, scope.selfId) !== undefined)
  );
}

/** A read-only property: absent from request types, refused in a request by the validators. */
export function refusedInRequests(prop: IrProperty): boolean {
  return prop.schema.readOnly === true && prop.schema.writeOnly !== true;
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

interface Node {
  w: BlockWriter;
  v: string;
  path: PointerExpression;
  scope: FunctionScope;
  /** Condition under which the node is checked, or "". */
  gate: string;
  /** Nothing follows in the function (and no gate): a failed type test returns `c.add(…)`. */
  tail: boolean;
  nullable: boolean | undefined;
}

/** `!c.add(path, keyword, message)`: true when the strategy says stop. `message` is code when `literal` is false. */
function stop(path: PointerExpression | string, keyword: string, message: string, literal = true): string {
  return `!${ISSUES_PARAM}.add(${String(path)}, ${stringLiteral(keyword)}, ${literal ? stringLiteral(message) : message})`;
}

function failIf(w: BlockWriter, condition: string): void {
  w.writeLine(`if (${condition}) return false;`);
}

/** Conditions joined with `&&` (empty ones left out), each in parentheses when it has a lower-precedence operator. */
function and(...conditions: string[]): string {
  return conditions
    .filter((c) => c !== "")
    .map((c) => (hasLooseOperator(c) ? `(${c})` : c))
    .join(" && ");
}

/** Whether an expression has `||` or `?:` outside parentheses, brackets and string literals. */
function hasLooseOperator(expression: string): boolean {
  const code = expression.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") depth--;
    else if (depth === 0 && (char === "?" || (char === "|" && code[i + 1] === "|"))) return true;
  }
  return false;
}

function inGate(w: BlockWriter, gate: string, body: () => void): void {
  if (gate === "") body();
  else w.write(`if (${gate})`).block(body);
}

function writeChecks(w: BlockWriter, checks: Check[], path: PointerExpression): void {
  for (const check of checks) failIf(w, and(check.fails, stop(path, check.keyword, check.message)));
}

/**
 * A node with a JSON type: the type test, then (only when it passes) the node's checks and `body`. One line
 * when there is nothing but the type test.
 */
function writeTyped(node: Node, kind: IrSchema["kind"], checks: Check[], body?: () => void): void {
  const { w, v, path, gate } = node;
  const type = typeCheck(kind, node.nullable, v);
  if (checks.length === 0 && !body) {
    failIf(w, and(gate, type.fails, stop(path, type.keyword, type.message)));
    return;
  }
  const rest = () => {
    writeChecks(w, checks, path);
    body?.();
  };
  if (node.tail) {
    w.writeLine(`if (${type.fails}) return ${stop(path, type.keyword, type.message).slice(1)};`);
    rest();
    return;
  }
  inGate(w, gate, () => {
    const failed = `if (${type.fails}) { if (${stop(path, type.keyword, type.message)}) return false; }`;
    const [only] = checks;
    if (only && checks.length === 1 && !body) {
      w.writeLine(`${failed} else if (${and(only.fails, stop(path, only.keyword, only.message))}) return false;`);
    } else w.write(`${failed} else`).block(rest);
  });
}

function writeArrayBody(node: Node, items: IrSchema, unique: boolean): void {
  const { w, v, path, scope } = node;
  if (!scope.plan.isTrivial(items)) {
    const i = scope.local("i");
    const itemPath = path.dynamicChild(i);
    const loop = `for (let ${i} = 0; ${i} < ${v}.length; ${i}++)`;
    if (items.kind === "ref" && !items.nullable && !scope.plan.isInlined(items.ref)) {
      w.writeLine(`${loop} if (!${scope.checkCall(items.ref, `${v}[${i}]`, String(itemPath), false)}) return false;`);
    } else {
      w.write(loop).block(() => writeNode(w, items, valueLocal(w, items, `${v}[${i}]`, scope), itemPath, scope));
    }
  }
  // After the items: a duplicate is easier to act on once each item is known to be well-formed.
  if (unique) {
    const pair = scope.local("d");
    w.writeLine(`const ${pair} = ${RT}.findDuplicateItems(${v});`);
    const message = `"must not contain duplicate items (items " + ${pair}[0] + " and " + ${pair}[1] + " are equal)"`;
    failIf(w, and(`${pair} !== undefined`, stop(path, "uniqueItems", message, false)));
  }
}

/**
 * A local holding `expression`, or the expression itself when the checks of `schema` never read the value (a
 * `oneOf` whose members all accept everything rejects every value unseen), so no local goes unused.
 */
function valueLocal(w: BlockWriter, schema: IrSchema, expression: string, scope: FunctionScope): string {
  if (!readsValue(schema, scope)) return expression;
  const local = scope.local("v");
  w.writeLine(`const ${local} = ${expression};`);
  return local;
}

function readsValue(schema: IrSchema, scope: FunctionScope): boolean {
  const { plan } = scope;
  if (plan.isTrivial(schema)) return false;
  if (schema.nullable && schema.kind !== "null") return true;
  switch (schema.kind) {
    case "oneOf":
      return schema.discriminator !== undefined || schema.members.some((m) => !plan.isTrivial(m));
    case "allOf":
      return schema.members.some((m) => readsValue(m, scope));
    case "ref":
      return !plan.isInlined(schema.ref) || readsValue(plan.named(schema.ref).schema, scope);
    default:
      return true;
  }
}

function writeObject(node: Node, schema: IrObjectSchema, dispatch: boolean): void {
  const { w, v, scope } = node;
  const o = scope.local("o");
  w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
  const discriminator = dispatch ? otherTargets(schema.discriminator, scope.selfId) : undefined;
  const members = () => writeMembers(node, schema, o);
  if (!discriminator) members();
  else {
    // A value no variant has: the base's own shape. A response may carry one (a kind added after this
    // api-version: the union is extensible); a request may not.
    const allowed = Object.keys(schema.discriminator!.mapping);
    const message = `must be one of ${describeValues(allowed)} (a request may carry only the values this api-version knows)`;
    const path = node.path.child(discriminator.propertyName);
    writeDispatch(node, discriminator, o, (d) => {
      const own = allowed.filter((value) => !Object.prototype.hasOwnProperty.call(discriminator.mapping, value));
      const known = own.map((value) => ` && ${d} !== ${stringLiteral(value)}`).join("");
      failIf(w, `${REQUEST_PARAM} && ${d} !== undefined${known} && ${stop(path, "discriminator", message)}`);
      if (hasMemberChecks(schema, scope, false)) members();
    });
  }
}

/** Dispatch of an `allOf` whose object member has the discriminator: variants by value, else the plain members. */
function writeAllOfDispatch(w: BlockWriter, v: string, path: PointerExpression, scope: FunctionScope, object: IrObjectSchema, plainMembers: () => void): void {
  const full = object.discriminator!;
  const discriminator = otherTargets(full, scope.selfId)!;
  const d = scope.local("d");
  w.writeLine(`const ${d} = typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v}) ? ${readProperty(`(${v} as Record<string, unknown>)`, full.propertyName)} : undefined;`);
  Object.entries(discriminator.mapping).forEach(([value, target], index) => {
    const call = scope.checkCall(target, v, String(path), true);
    w.writeLine(`${index > 0 ? "else " : ""}if (${d} === ${stringLiteral(value)}) { if (!${call}) return false; }`);
  });
  w.write("else").block(() => {
    const allowed = Object.keys(full.mapping);
    const message = `must be one of ${describeValues(allowed)} (a request may carry only the values this api-version knows)`;
    const own = allowed.filter((value) => !Object.prototype.hasOwnProperty.call(discriminator.mapping, value));
    const known = own.map((value) => ` && ${d} !== ${stringLiteral(value)}`).join("");
    failIf(w, `${REQUEST_PARAM} && ${d} !== undefined${known} && ${stop(path.child(full.propertyName), "discriminator", message)}`);
    plainMembers();
  });
}

/**
 * A variant's discriminator: its own value or one of the variants that extend it. Written at the top of the
 * variant's check, before the shape (the base's check reports a missing value).
 */
export function writeVariantCheck(w: BlockWriter, values: readonly string[], propertyName: string, path: PointerExpression, scope: FunctionScope): void {
  const d = scope.local("d");
  w.write(`if (typeof value === "object" && value !== null && !Array.isArray(value))`).block(() => {
    w.writeLine(`const ${d} = ${readProperty("(value as Record<string, unknown>)", propertyName)};`);
    const differs = values.map((value) => `${d} !== ${stringLiteral(value)}`).join(" && ");
    failIf(w, `${d} !== undefined && ${differs} && ${stop(path.child(propertyName), "discriminator", `must be ${values.length > 1 ? "one of " : ""}${describeValues(values)}`)}`);
  });
}

function writeMembers(node: Node, schema: IrObjectSchema, o: string): void {
  const { w, path, scope } = node;
  const { plan } = scope;
  for (const prop of schema.properties) {
    const req = requirement(prop);
    const checked = !plan.isTrivial(prop.schema);
    if (req === "never" && !checked && !refusedInRequests(prop)) continue;
    const value = scope.local("v");
    const propPath = path.child(prop.name);
    w.writeLine(`const ${value} = ${readProperty(o, prop.name)};`);
    if (req !== "never") failIf(w, and(`${value} === undefined`, missingCondition(req), stop(propPath, "required", "is required")));
    // Absent from request types: a request that sets it anyway is refused (the service would ignore it).
    if (refusedInRequests(prop)) {
      failIf(w, and(REQUEST_PARAM, `${value} !== undefined`, stop(propPath, "readOnly", "is read-only (set by the service): leave it out of requests")));
    }
    if (checked) writeNode(w, prop.schema, value, propPath, scope, { gate: `${value} !== undefined` });
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
        const message = "is not a property the schema allows";
        failIf(w, and(`!(${declared})`, `${RT}.hasOwn(${o}, ${key})`, stop(keyPath, "additionalProperties", message)));
      } else if (extra !== true) {
        w.writeLine(`if (${declared} || !${RT}.hasOwn(${o}, ${key})) continue;`);
        writeNode(w, extra, valueLocal(w, extra, `${o}[${key}]`, scope), keyPath, scope);
      }
    });
  }
  if (propertyCountChecks(schema, "").length > 0) {
    const count = scope.local("n");
    w.writeLine(`const ${count} = ${RT}.countProperties(${o});`);
    writeChecks(w, propertyCountChecks(schema, count), path);
  }
}

function writeAlternatives(node: Node, schema: IrCompositeSchema): void {
  const { w, v, path, scope, gate } = node;
  const { discriminator } = schema;
  if (discriminator) {
    writeTyped(node, "object", [], () => {
      const o = scope.local("o");
      w.writeLine(`const ${o} = ${v} as Record<string, unknown>;`);
      const allowed = `must be one of ${describeValues(Object.keys(discriminator.mapping))}`;
      writeDispatch(node, discriminator, o, () =>
        failIf(w, stop(path.child(discriminator.propertyName), "discriminator", allowed)),
      );
    });
    return;
  }
  const matches = schema.members.map((member) => matchExpression(member, v, scope));
  if (schema.kind === "anyOf") {
    const message = "must match at least one of the schemas in anyOf";
    failIf(w, and(gate, `!(${matches.join(" || ")})`, stop(path, "anyOf", message)));
    return;
  }
  const none = "must match exactly one of the schemas in oneOf (it matches none)";
  const many = "must match exactly one of the schemas in oneOf (it matches more than one)";
  const always = matches.filter((match) => match === "true").length; // members that accept everything
  const tested = matches.filter((match) => match !== "true");
  if (tested.length === 0) {
    // Decided now: no member or several that accept everything (a single one makes the schema trivial).
    failIf(w, and(gate, stop(path, "oneOf", always === 0 ? none : many)));
    return;
  }
  inGate(w, gate, () => {
    const count = scope.local("n");
    const terms = [...(always > 0 ? [String(always)] : []), ...tested.map((match) => `(${match} ? 1 : 0)`)];
    w.writeLine(`const ${count} = ${terms.join(" + ")};`);
    const message = `${count} === 0 ? ${stringLiteral(none)} : ${stringLiteral(many)}`;
    failIf(w, and(`${count} !== 1`, stop(path, "oneOf", message, false)));
  });
}

/** `if (d === "A") { A's check } else if … else { otherwise }`, for the discriminator value of object `o`. */
function writeDispatch(node: Node, discriminator: IrDiscriminator, o: string, otherwise?: (d: string) => void): void {
  const { w, v, path, scope } = node;
  const d = scope.local("d");
  w.writeLine(`const ${d} = ${readProperty(o, discriminator.propertyName)};`);
  Object.entries(discriminator.mapping).forEach(([value, target], index) => {
    const call = scope.checkCall(target, v, String(path), true);
    w.writeLine(`${index > 0 ? "else " : ""}if (${d} === ${stringLiteral(value)}) { if (!${call}) return false; }`);
  });
  if (otherwise) w.write("else").block(() => otherwise(d));
}
