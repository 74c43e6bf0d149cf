/**
 * `src/<service>/validators.ts`: for every named schema `validate<Name>` (every issue, at most 100, in document
 * order) and `is<Name>` (a type guard that stops at the first problem), and for every operation
 * `validate<Group><Method>Parameters`. Plain TypeScript: no runtime dependency beyond `../runtime/validation.js`,
 * no `eval`/`new Function`, each pattern a module-level regex literal compiled once.
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
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
  StructureKind,
  VariableDeclarationKind,
  type VariableStatementStructure,
  type WriterFunction,
} from "ts-morph";
import type { IrNamedSchema, IrObjectSchema, IrOperation, IrService } from "../model/ir.js";
import { identifier, jsDocText, regexLiteral, valueLiteral } from "./escape/index.js";
import type { EmitUnit, ServiceEmitter } from "./types.js";
import { importSpecifier, runtimeFile, type ServicePlan } from "../plan/index.js";
import { PointerExpression, writeCollect } from "./validators/collect.js";
import { writeGuard } from "./validators/guard.js";
import {
  RUNTIME_NAMESPACE,
  collectFunctionName,
  guardFunctionName,
  plainCollectFunctionName,
  plainGuardFunctionName,
} from "./validators/names.js";
import { ValidatorPlan } from "./validators/plan.js";
import { FunctionScope, REQUEST_PARAM } from "./validators/scope.js";


export const emitValidators: ServiceEmitter = (servicePlan: ServicePlan): EmitUnit[] => {
  const { service, files } = servicePlan;
  const RUNTIME_MODULE = importSpecifier(files.validators, runtimeFile("validation"));
  const MODELS_MODULE = importSpecifier(files.validators, files.models);
  const plan = new ValidatorPlan(service);
  const named = plan.namedSchemas();
  const functions: OptionalKind<FunctionDeclarationStructure>[] = [];
  for (const schema of named) functions.push(...schemaFunctions(schema, plan));
  for (const matcher of plan.matchers) {
    functions.push(
      internalFunction(matcher.name, guardParameters(plan.isDirectional(matcher.schema)), "boolean", (w) => {
        writeGuard(w, matcher.schema, "value", new FunctionScope(plan));
        w.writeLine("return true;");
      }),
    );
  }
  for (const op of service.operations) functions.push(parametersValidator(op, plan));

  const collects = named.some((n) => !plan.isTrivial(n.schema)) || service.operations.length > 0;
  const statements: StatementStructures[] = [
    ...imports(named, collects, RUNTIME_MODULE, MODELS_MODULE),
    ...constants(plan),
    ...functions.map(asFunction),
  ];
  return [
    {
      kind: "source",
      path: files.validators,
      structure: { statements },
      specFile: service.specFile,
    },
  ];
};

function imports(named: IrNamedSchema[], collects: boolean, RUNTIME_MODULE: string, MODELS_MODULE: string): ImportDeclarationStructure[] {
  const runtimeTypes = [
    ...(collects ? ["ValidationIssue"] : []),
    ...(named.length > 0 || collects ? ["ValidationResult"] : []),
  ];
  const out: ImportDeclarationStructure[] = [];
  if (runtimeTypes.length > 0) {
    out.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: RUNTIME_MODULE,
      namedImports: runtimeTypes,
    });
  }
  if (collects) {
    out.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: RUNTIME_MODULE,
      namespaceImport: RUNTIME_NAMESPACE,
    });
  }
  if (named.length > 0) {
    const typeNames = named.map((n) => identifier(n.typeName)).sort();
    out.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: MODELS_MODULE,
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

/** The exported pair and the internal functions of one named schema. */
function schemaFunctions(named: IrNamedSchema, plan: ValidatorPlan): OptionalKind<FunctionDeclarationStructure>[] {
  const typeName = identifier(named.typeName);
  const label = jsDocText(named.originalName);
  if (plan.isTrivial(named.schema)) {
    // `{}`: every value is valid, and no internal function exists for references to call.
    return [
      exported(named.guardName, [{ name: "_value", type: "unknown" }], `_value is ${typeName}`, guardDocs(label), (w) =>
        w.writeLine("return true;"),
      ),
      exported(
        named.validatorName,
        [{ name: "value", type: "unknown" }],
        `ValidationResult<${typeName}>`,
        validateDocs(label),
        (w) => w.writeLine(`return { valid: true, value: value as ${typeName} };`),
      ),
    ];
  }
  const directional = plan.isDirectional(named.schema);
  const response = directional ? ", false" : "";
  const out = [
    exported(named.guardName, [{ name: "value", type: "unknown" }], `value is ${typeName}`, guardDocs(label), (w) =>
      w.writeLine(`return ${guardFunctionName(typeName)}(value${response});`),
    ),
    exported(
      named.validatorName,
      [{ name: "value", type: "unknown" }],
      `ValidationResult<${typeName}>`,
      validateDocs(label),
      (w) => {
        w.writeLine(`const errors = ${collectFunctionName(typeName)}(value, "", undefined${response});`);
        w.writeLine(
          `return errors === undefined ? { valid: true, value: value as ${typeName} } : { valid: false, errors };`,
        );
      },
    ),
  ];
  const variants = plan.hasPlainVariant(named.id) ? [true, false] : [true];
  for (const dispatch of variants) {
    const guardName = dispatch ? guardFunctionName(typeName) : plainGuardFunctionName(typeName);
    const collectName = dispatch ? collectFunctionName(typeName) : plainCollectFunctionName(typeName);
    out.push(
      internalFunction(guardName, guardParameters(directional), "boolean", (w) => {
        writeGuard(w, named.schema, "value", new FunctionScope(plan, named.id), dispatch);
        w.writeLine("return true;");
      }),
      internalFunction(collectName, collectParameters(directional), "ValidationIssue[] | undefined", (w) => {
        const scope = new FunctionScope(plan, named.id);
        writeCollect(w, named.schema, "value", PointerExpression.of("path"), scope, dispatch);
        w.writeLine("return errors;");
      }),
    );
  }
  return out;
}

/** `validate<Group><Method>Parameters`: the operation's parameters and body as one object, request rules. */
function parametersValidator(op: IrOperation, plan: ValidatorPlan): OptionalKind<FunctionDeclarationStructure> {
  const schema: IrObjectSchema = {
    kind: "object",
    pointer: op.pointer,
    properties: [
      ...op.parameters.map((p) => ({ name: p.tsName, required: p.required, schema: p.schema })),
      ...(op.body ? [{ name: op.body.tsName, required: op.body.required, schema: op.body.schema }] : []),
    ],
    additionalProperties: true,
  };
  const docs = [
    `Checks the parameters of \`${jsDocText(op.operationId)}\` (path, query and header parameters and the body) ` +
      "before a request is sent. Reports every issue (at most 100), in declaration order; keys other than the " +
      "declared ones are allowed.",
  ];
  return exported(
    op.parametersValidatorName,
    [{ name: "params", type: "unknown" }],
    "ValidationResult<Record<string, unknown>>",
    docs,
    (w) => {
      w.writeLine("let errors: ValidationIssue[] | undefined;");
      if (plan.isDirectional(schema)) w.writeLine(`const ${REQUEST_PARAM} = true;`);
      writeCollect(w, schema, "params", PointerExpression.root(), new FunctionScope(plan));
      w.writeLine(
        "return errors === undefined ? { valid: true, value: params as Record<string, unknown> } : { valid: false, errors };",
      );
    },
  );
}

function guardParameters(directional: boolean): { name: string; type: string }[] {
  return [{ name: "value", type: "unknown" }, ...(directional ? [{ name: REQUEST_PARAM, type: "boolean" }] : [])];
}

function collectParameters(directional: boolean): { name: string; type: string }[] {
  return [
    { name: "value", type: "unknown" },
    { name: "path", type: "string" },
    { name: "errors", type: "ValidationIssue[] | undefined" },
    ...(directional ? [{ name: REQUEST_PARAM, type: "boolean" }] : []),
  ];
}

function guardDocs(label: string): string[] {
  return [`Whether a value matches the \`${label}\` schema (response rules). Stops at the first problem.`];
}

function validateDocs(label: string): string[] {
  return [
    `Validates a value against the \`${label}\` schema (response rules). Reports every issue (at most 100), ` +
      "in document order; messages never contain the value.",
  ];
}

function exported(
  name: string,
  parameters: { name: string; type: string }[],
  returnType: string,
  docs: string[],
  body: WriterFunction,
): OptionalKind<FunctionDeclarationStructure> {
  return { name: identifier(name), isExported: true, parameters, returnType, docs, statements: body };
}

function internalFunction(
  name: string,
  parameters: { name: string; type: string }[],
  returnType: string,
  body: WriterFunction,
): OptionalKind<FunctionDeclarationStructure> {
  return { name, parameters, returnType, statements: body };
}

function asFunction(fn: OptionalKind<FunctionDeclarationStructure>): FunctionDeclarationStructure {
  return { ...fn, kind: StructureKind.Function };
}
