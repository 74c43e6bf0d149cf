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
import type { ExportDeclarationStructure, ImportDeclarationStructure, StatementStructures, VariableStatementStructure, WriterFunction } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./structure-kind.js";
import type { IrNamedSchema, IrObjectSchema, IrOperation, IrSchema, IrService } from "../model/ir.js";
import { identifier, jsDocText, regexLiteral, valueLiteral } from "./escape/index.js";
import type { EmitUnit, ServiceEmitter } from "./types.js";
import { verbatim } from "./verbatim.js";
import { indentLines } from "./print-statements.js";
import { BodyWriter } from "./validators/body-writer.js";
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

/**
 * A service with more named schemas than this gets its validators split over several files, so that no single
 * file dominates the compile's time and memory (a 1,000-operation spec made an 11 MB `validators.ts`).
 */
export const SCHEMAS_PER_VALIDATORS_FILE = 400;

export const emitValidators: ServiceEmitter = (servicePlan: ServicePlan): EmitUnit[] =>
  emitValidatorFiles(servicePlan, SCHEMAS_PER_VALIDATORS_FILE);

/** The validators of a service: one module, or a public module over parts when it has more than `schemasPerFile`. */
export function emitValidatorFiles(servicePlan: ServicePlan, schemasPerFile: number): EmitUnit[] {
  const { service, files } = servicePlan;
  const plan = new ValidatorPlan(service);
  const named = plan.namedSchemas();
  if (named.length > schemasPerFile) return emitSplit(servicePlan, plan, named, schemasPerFile);
  // Every service has at least its client parameters validator, so the runtime is always imported.
  const statements: Statement[] = [
    ...validatorImports({ path: files.validators, api: true, usesRuntime: true, types: modelTypes(named), references: new Set() }, new Map(), files.models),
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
}

/** One file of a split validators module: its statements, the names it defines and the names its code refers to. */
interface Part {
  path: string;
  statements: Statement[];
  /** Module-level `$` names defined here (exported, for the other parts). */
  defines: string[];
  references: Set<string>;
  /** The public validators and guards defined here, re-exported by `validators.ts`. */
  exports: string[];
  /** Model types the public functions here name. */
  types: string[];
  usesRuntime: boolean;
}

/**
 * The split layout: `validators/part-<n>.ts` hold the named schemas' checks, guards and validators in runs of
 * `schemasPerFile` (in schema-id order, so the split is deterministic), `validators/shared.ts` the patterns,
 * value sets and lifted matchers, `validators/parameters.ts` the parameters validators; each exports its `$` names
 * and imports, from the others, exactly those its code refers to (recorded by the plan while it is written).
 * `validators.ts` re-exports the public functions, so importers see one module either way. The parts import each
 * other in cycles, which ES modules allow: only functions are called across files, and only after every module
 * has been evaluated.
 */
function emitSplit(servicePlan: ServicePlan, plan: ValidatorPlan, named: IrNamedSchema[], schemasPerFile: number): EmitUnit[] {
  const { service, files } = servicePlan;
  const folder = files.validators.replace(/\.ts$/, "");
  const parts: Part[] = [];
  for (let start = 0, n = 1; start < named.length; start += schemasPerFile, n++) {
    const chunk = named.slice(start, start + schemasPerFile);
    const { result, references } = plan.recordReferences(() => chunk.flatMap((schema) => schemaStatements(schema, plan, true)));
    const nonTrivial = chunk.filter((schema) => !plan.isTrivial(schema.schema));
    parts.push({
      path: `${folder}/part-${n}.ts`,
      statements: result,
      defines: nonTrivial.flatMap((schema) => [
        checkFunctionName(identifier(schema.typeName)),
        ...(plan.hasPlainVariant(schema.id) ? [plainCheckFunctionName(identifier(schema.typeName))] : []),
      ]),
      references,
      exports: chunk.flatMap((schema) => [identifier(schema.guardName), identifier(schema.validatorName)]),
      types: modelTypes(chunk),
      usesRuntime: nonTrivial.length > 0,
    });
  }
  if (plan.patterns.size > 0 || plan.valueSets.size > 0 || plan.matchers.length > 0) {
    const { result, references } = plan.recordReferences(() => [
      ...constants(plan, true),
      ...plan.matchers.map((matcher) => checkFunction(matcher.name, matcher.schema, new FunctionScope(plan), true, true)),
    ]);
    parts.push({
      path: `${folder}/shared.ts`,
      statements: result,
      defines: [...[...plan.patterns.values()].map((p) => p.name), ...[...plan.valueSets.values()].map((v) => v.name), ...plan.matchers.map((m) => m.name)],
      references,
      exports: [],
      types: [],
      usesRuntime: plan.matchers.length > 0,
    });
  }
  const parameterChecks = new Map<string, string>();
  const parameters = plan.recordReferences(() => [
    ...clientParametersStatements(service, plan, parameterChecks),
    ...service.operations.flatMap((op) => parametersStatements(op, plan, parameterChecks)),
  ]);
  parts.push({
    path: `${folder}/parameters.ts`,
    statements: parameters.result,
    defines: [],
    references: parameters.references,
    exports: [identifier(service.clientParametersValidatorName), ...service.operations.map((op) => identifier(op.parametersValidatorName))],
    types: [],
    usesRuntime: true,
  });

  const definedIn = new Map<string, string>();
  for (const part of parts) for (const name of part.defines) definedIn.set(name, part.path);
  const units: EmitUnit[] = parts.map((part) => ({
    kind: "source",
    path: part.path,
    structure: { statements: [...validatorImports({ ...part, api: part.exports.length > 0 }, definedIn, files.models), ...part.statements] },
    specFile: service.specFile,
  }));
  const index: ExportDeclarationStructure[] = parts
    .filter((part) => part.exports.length > 0)
    .map((part) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: importSpecifier(files.validators, part.path), namedExports: part.exports }));
  return [{ kind: "source", path: files.validators, structure: { statements: index }, specFile: service.specFile }, ...units];
}

/** What a validators file imports for. */
interface ImportNeeds {
  path: string;
  /** It defines public guards or validators (their `ValidateOptions`/`ValidationResult` types). */
  api: boolean;
  usesRuntime: boolean;
  /** Model types its public functions name. */
  types: readonly string[];
  /** The `$` names its code refers to; those another part defines are imported from it. */
  references: ReadonlySet<string>;
}

/** A validators file's imports: the runtime, its model types, and every `$` name it refers to that another part defines. */
function validatorImports(needs: ImportNeeds, definedIn: ReadonlyMap<string, string>, modelsFile: string): ImportDeclarationStructure[] {
  const runtime = importSpecifier(needs.path, runtimeFile("validation"));
  const out: ImportDeclarationStructure[] = [];
  if (needs.api) out.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: runtime, namedImports: ["ValidateOptions", "ValidationResult"] });
  if (needs.usesRuntime) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: runtime, namespaceImport: RT });
  if (needs.types.length > 0) out.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: importSpecifier(needs.path, modelsFile), namedImports: [...needs.types] });
  const byFile = new Map<string, string[]>();
  for (const name of needs.references) {
    const file = definedIn.get(name);
    if (file !== undefined && file !== needs.path) byFile.set(file, [...(byFile.get(file) ?? []), name]);
  }
  for (const file of [...byFile.keys()].sort()) {
    out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: importSpecifier(needs.path, file), namedImports: byFile.get(file)!.sort() });
  }
  return out;
}

/** The model types the guards and validators of `schemas` name (a union base's is its union). */
function modelTypes(schemas: readonly IrNamedSchema[]): string[] {
  return [...new Set(schemas.map((schema) => identifier(schema.union?.name ?? schema.typeName)))].sort();
}

/** The patterns and value sets; `exported` (a split module's shared part) with the types declarations need. */
function constants(plan: ValidatorPlan, exported = false): VariableStatementStructure[] {
  const declare = (name: string, initializer: string, type: string): VariableStatementStructure => ({
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    ...(exported ? { isExported: true } : {}),
    declarations: [{ name, initializer, ...(exported ? { type } : {}) }],
  });
  return [
    ...[...plan.patterns.values()].map(({ name, pattern }) => declare(name, regexLiteral(pattern), "RegExp")),
    ...[...plan.valueSets.values()].map(({ name, values }) =>
      declare(name, `new Set<unknown>([${values.map(valueLiteral).join(", ")}])`, "ReadonlySet<unknown>"),
    ),
  ];
}

/**
 * The exported pair of one named schema, one line each under a one-line JSDoc (`is<T>`: its check with the
 * first-problem strategy; `validate<T>`: with collect-all), then its check and, with a discriminator, its
 * plain variant.
 */
function schemaStatements(named: IrNamedSchema, plan: ValidatorPlan, exportChecks = false): Statement[] {
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
  const out: Statement[] = [pair, checkFunction(check, named.schema, new FunctionScope(plan, named.id), true, exportChecks)];
  if (plan.hasPlainVariant(named.id)) {
    const scope = new FunctionScope(plan, named.id);
    out.push(checkFunction(plainCheckFunctionName(identifier(named.typeName)), named.schema, scope, false, exportChecks));
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
function checkFunction(name: string, schema: IrSchema, scope: FunctionScope, dispatch = true, exported = false): WriterFunction {
  return checkFunctionWith(name, schema, scope.plan, checkBody(schema, scope, dispatch), exported);
}

function checkFunctionWith(name: string, schema: IrSchema, plan: ValidatorPlan, body: string, exported = false): WriterFunction {
  const parameters = [
    "value: unknown",
    "path: string",
    `${ISSUES_PARAM}: ${RT}.Issues`,
    ...(plan.isDirectional(schema) ? [`${REQUEST_PARAM}: boolean`] : []),
  ];
  const signature = `${exported ? "export " : ""}function ${name}(${parameters.join(", ")}): boolean`;
  // The body is final text (the walker's writer made it), written as it is (verbatim.ts). The walker writes one
  // statement per line and every literal escapes its line breaks, so indenting each line by one level is what
  // ts-morph's writer would do with it.
  const text = verbatim(`${signature} {\n${indentLines(body)}${body.endsWith("\n") ? "" : "\n"}}`);
  return (w) => {
    w.blankLineIfLastNot();
    text(w);
    w.newLine();
  };
}

/** The statements of a check function, as text (two-space indent, as printed). */
function checkBody(schema: IrSchema, scope: FunctionScope, dispatch: boolean): string {
  const w = new BodyWriter();
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
