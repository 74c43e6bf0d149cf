/**
 * `src/<service>/validators.ts`: for every named schema `validate<Name>` (every issue, at most 100, in document
 * order) and `is<Name>` (a type guard that stops at the first problem), and for every operation
 * `validate<Group><Method>Parameters`, and `validate<ClientName>Parameters` for the client-level parameters. Plain TypeScript: no runtime dependency beyond `../runtime/validation.js`,
 * no `eval`/`new Function`, each pattern a module-level regex literal compiled once.
 *
 * One check function per named schema (`$check_<Name>`, and `$checkPlain_<Name>` where a discriminator needs a
 * plain variant), written once by the walker (`validators/walk.ts`); the fail strategy passed to it decides
 * between the guard and the validator: `is<Name>` passes `$rt.firstProblem`, `validate<Name>` runs it through
 * `$rt.collectAll`. Both exported functions are one line under a one-line JSDoc.
 *
 * Direction: `validate<Name>`/`is<Name>` apply the response rules (a required readOnly property must be there, a
 * writeOnly one need not), the parameters validator checks its body with the request rules (the reverse), as
 * OpenAPI specifies for `required` with readOnly/writeOnly. Present readOnly/writeOnly values are checked
 * against their schema either way.
 *
 * The parameters validator's result is `ValidationResult<Record<string, unknown>>`: the parameters type is
 * declared by the client module, which imports this one, so naming it here would make the two modules import
 * each other. Its keys are the parameters' `tsName`s and the body's `tsName`; other keys are allowed.
 */
import {
  CodeBlockWriter,
  type ImportDeclarationStructure,
  type StatementStructures,
  StructureKind,
  VariableDeclarationKind,
  type VariableStatementStructure,
  type WriterFunction,
} from "ts-morph";
import type { IrNamedSchema, IrObjectSchema, IrOperation, IrSchema, IrService } from "../model/ir.js";
import { identifier, jsDocText, regexLiteral, valueLiteral } from "./escape/index.js";
import type { EmitUnit, ServiceEmitter } from "./types.js";
import { importSpecifier, runtimeFile, type ServicePlan } from "../plan/index.js";
import {
  ISSUES_PARAM,
  REQUEST_PARAM,
  RUNTIME_NAMESPACE as RT,
  checkFunctionName,
  parametersCheckFunctionName,
  plainCheckFunctionName,
} from "./validators/names.js";
import { ValidatorPlan } from "./validators/plan.js";
import { PointerExpression } from "./validators/pointer.js";
import { FunctionScope } from "./validators/scope.js";
import { writeNode, writeVariantCheck } from "./validators/walk.js";

type Statement = StatementStructures | WriterFunction;

export const emitValidators: ServiceEmitter = (servicePlan: ServicePlan): EmitUnit[] => {
  const { service, files } = servicePlan;
  const modules = {
    runtime: importSpecifier(files.validators, runtimeFile("validation")),
    models: importSpecifier(files.validators, files.models),
  };
  const plan = new ValidatorPlan(service);
  const named = plan.namedSchemas();
  const statements: Statement[] = [
    ...imports(named, modules),
    ...constants(plan),
  ];
  for (const schema of named) statements.push(...schemaStatements(schema, plan));
  for (const matcher of plan.matchers) {
    statements.push(checkFunction(matcher.name, matcher.schema, new FunctionScope(plan)));
  }
  const parameterChecks = new Map<string, string>();
  statements.push(...clientParametersStatements(service, plan, parameterChecks));
  for (const op of service.operations) statements.push(...parametersStatements(op, plan, parameterChecks));
  return [
    {
      kind: "source",
      path: files.validators,
      structure: { statements },
      specFile: service.specFile,
    },
  ];
};

function imports(
  named: IrNamedSchema[],
  modules: { runtime: string; models: string },
): ImportDeclarationStructure[] {
  // Every service has at least its client parameters validator, so the runtime is always imported.
  const out: ImportDeclarationStructure[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: modules.runtime, namedImports: ["ValidateOptions", "ValidationResult"] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: modules.runtime, namespaceImport: RT },
  ];
  if (named.length > 0) {
    const typeNames = named.map((n) => identifier(n.union?.name ?? n.typeName)).sort();
    out.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: modules.models,
      namedImports: typeNames,
    });
  }
  return out;
}

function constants(plan: ValidatorPlan): VariableStatementStructure[] {
  const declare = (name: string, initializer: string): VariableStatementStructure => ({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer }],
  });
  return [
    ...[...plan.patterns.values()].map(({ name, pattern }) => declare(name, regexLiteral(pattern))),
    ...[...plan.valueSets.values()].map(({ name, values }) =>
      declare(name, `new Set<unknown>([${values.map(valueLiteral).join(", ")}])`),
    ),
  ];
}

/**
 * The exported pair of one named schema, one line each under a one-line JSDoc (`is<T>`: its check with the
 * first-problem strategy; `validate<T>`: with collect-all), then its check and, with a discriminator, its
 * plain variant.
 */
function schemaStatements(named: IrNamedSchema, plan: ValidatorPlan): Statement[] {
  // A union base's check dispatches to its variants: the value is any member of the union.
  const typeName = identifier(named.union?.name ?? named.typeName);
  const label = jsDocText(named.originalName);
  const isName = identifier(named.guardName);
  const validateName = identifier(named.validatorName);
  const trivial = plan.isTrivial(named.schema);
  const check = checkFunctionName(identifier(named.typeName));
  const directional = plan.isDirectional(named.schema);
  const request = directional ? `, options?.direction === "request"` : "";
  const pair: WriterFunction = (w) => {
    w.blankLineIfLastNot();
    w.writeLine(`/** Whether a value matches the \`${label}\` schema (response rules unless \`options.direction\` says "request"). Stops at the first problem. */`);
    w.writeLine(
      trivial
        ? `export function ${isName}(_value: unknown, _options?: ValidateOptions): _value is ${typeName} { return true; }`
        : `export function ${isName}(value: unknown, options?: ValidateOptions): value is ${typeName} { return ${check}(value, "", ${RT}.firstProblemFor(options)${request}); }`,
    );
    w.writeLine(
      `/** Validates a value against the \`${label}\` schema (response rules unless \`options.direction\` says "request"): every issue (at most 100), in ` +
        "document order; messages never contain the value. */",
    );
    w.writeLine(
      trivial
        ? `export function ${validateName}(value: unknown, _options?: ValidateOptions): ValidationResult<${typeName}> { return { valid: true, value: value as ${typeName} }; }`
        : `export function ${validateName}(value: unknown, options?: ValidateOptions): ValidationResult<${typeName}> { return ${RT}.collectAll(value, ${check}, ${directional ? `options?.direction === "request"` : "false"}, options); }`,
    );
  };
  // `{}`: every value is valid, and no check exists for references to call.
  if (trivial) return [pair];
  const out: Statement[] = [pair, checkFunction(check, named.schema, new FunctionScope(plan, named.id))];
  if (plan.hasPlainVariant(named.id)) {
    const scope = new FunctionScope(plan, named.id);
    out.push(checkFunction(plainCheckFunctionName(identifier(named.typeName)), named.schema, scope, false));
  }
  return out;
}

/**
 * `validate<Group><Method>Parameters`: the operation's parameters and body as one object, checked with the
 * request rules, every issue. Operations whose parameters are checked alike (the same names, schemas and
 * requiredness: common in real specs) share one check function, the first one written.
 */
function parametersStatements(op: IrOperation, plan: ValidatorPlan, written: Map<string, string>): Statement[] {
  const schema: IrObjectSchema = {
    kind: "object",
    pointer: op.pointer,
    properties: [
      ...op.parameters.map((p) => ({ name: p.tsName, required: p.required, schema: p.schema })),
      ...(op.body ? [{ name: op.body.tsName, required: op.body.required, schema: op.body.schema }] : []),
    ],
    additionalProperties: true,
  };
  const name = identifier(op.parametersValidatorName);
  const body = checkBody(schema, new FunctionScope(plan), true);
  const shared = written.get(body);
  const check = shared ?? parametersCheckFunctionName(op.parametersValidatorName);
  const request = plan.isDirectional(schema) ? "true" : "false";
  const exported: WriterFunction = (w) => {
    w.blankLineIfLastNot();
    w.writeLine(
      `/** Checks the parameters of \`${jsDocText(op.operationId)}\` (path, query and header parameters and the ` +
        "body) before a request is sent: every issue (at most 100), in declaration order; other keys are allowed. */",
    );
    w.writeLine(
      `export function ${name}(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>> { ` +
        `return ${RT}.collectAll(params, ${check}, ${request}, options); }`,
    );
  };
  if (shared !== undefined) return [exported];
  written.set(body, check);
  return [exported, checkFunctionWith(check, schema, plan, body)];
}

/**
 * `validate<ClientName>Parameters`: the client-level parameters bound from the client options (subscriptionId,
 * api-version, …; keyed by option name), checked when the client is constructed with the same generated checks,
 * rules and messages as an operation's parameters. Host parameters are server variables, checked by the URL rules.
 */
function clientParametersStatements(service: IrService, plan: ValidatorPlan, written: Map<string, string>): Statement[] {
  const schema: IrObjectSchema = {
    kind: "object",
    pointer: "",
    properties: service.clientParameters
      .filter((p) => p.location !== "host")
      .map((p) => ({ name: p.isApiVersion ? "apiVersion" : p.tsName, required: p.required, schema: p.schema })),
    additionalProperties: true,
  };
  const name = identifier(service.clientParametersValidatorName);
  const body = checkBody(schema, new FunctionScope(plan), true);
  const shared = written.get(body);
  const check = shared ?? parametersCheckFunctionName(service.clientParametersValidatorName);
  const request = plan.isDirectional(schema) ? "true" : "false";
  const exported: WriterFunction = (w) => {
    w.blankLineIfLastNot();
    w.writeLine(
      `/** Checks the client-level parameters of \`${identifier(service.clientName)}\` (keyed by client option) when the client is ` +
        "constructed: every issue (at most 100), in declaration order; other keys are allowed. */",
    );
    w.writeLine(
      `export function ${name}(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>> { ` +
        `return ${RT}.collectAll(params, ${check}, ${request}, options); }`,
    );
  };
  if (shared !== undefined) return [exported];
  written.set(body, check);
  return [exported, checkFunctionWith(check, schema, plan, body)];
}

/** `function name(value: unknown, path: string, c: $rt.Issues[, request: boolean]): boolean`: one walk. */
function checkFunction(name: string, schema: IrSchema, scope: FunctionScope, dispatch = true): WriterFunction {
  return checkFunctionWith(name, schema, scope.plan, checkBody(schema, scope, dispatch));
}

function checkFunctionWith(name: string, schema: IrSchema, plan: ValidatorPlan, body: string): WriterFunction {
  const parameters = [
    "value: unknown",
    "path: string",
    `${ISSUES_PARAM}: ${RT}.Issues`,
    ...(plan.isDirectional(schema) ? [`${REQUEST_PARAM}: boolean`] : []),
  ];
  return (w) => {
    w.blankLineIfLastNot();
    w.write(`function ${name}(${parameters.join(", ")}): boolean`).block(() => w.write(body));
  };
}

/** The statements of a check function, as text (two-space indent, as printed). */
function checkBody(schema: IrSchema, scope: FunctionScope, dispatch: boolean): string {
  const w = new CodeBlockWriter({ indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false });
  const self = scope.selfId === undefined ? undefined : scope.plan.named(scope.selfId);
  if (self?.variant) {
    const below = (self.union?.members ?? []).filter((id) => id !== self.id).map((id) => scope.plan.named(id).variant?.value);
    const values = [self.variant.value, ...below.filter((v): v is string => v !== undefined)];
    writeVariantCheck(w, values, self.variant.propertyName, PointerExpression.of("path"), scope);
  }
  writeNode(w, schema, "value", PointerExpression.of("path"), scope, { tail: true, dispatch });
  w.writeLine("return true;");
  return w.toString();
}
