/**
 * Long-running operations in the client module (IR `op.lro`). The operation's method is `begin<Method>`: it
 * resolves to the runtime's `LroPoller` once the service accepted the request; `begin<Method>AndWait` resolves
 * to the result. Both hand a static `LroOperationSpec` (the operation's spec plus `final-state-via` and the
 * result validator) to `runtime/lro.ts`. Every function here is a hook the generic operation emitter calls;
 * for an operation that is not long-running each returns its input or nothing.
 */
import type { ExportDeclarationStructure, FunctionDeclarationStructure, MethodSignatureStructure, OptionalKind } from "ts-morph";
import { StructureKind } from "../structure-kind.js";
import type { IrOperation, IrService } from "../../model/ir.js";
import { identifier, identifierName, typeMemberKey } from "../escape/index.js";
import { code, type LiteralObject } from "./literal.js";
import type { FileScope } from "../file-scope.js";
import { importSpecifier, type ServicePlan } from "../../plan/index.js";
import type { OperationSignature } from "./operation.js";

/** The runtime module of long-running operations (`runtime/lro.ts`); the plan ships it when an operation is one. */
const LRO_MODULE = "lro";

/** The type the operation resolves to when done: the body of `lro.resultStatus`, or `void`. */
function resultType(service: IrService, op: IrOperation, names: FileScope): string {
  const schema = op.responses.find((r) => r.status === op.lro?.resultStatus)?.schema;
  return schema === undefined ? "void" : names.schemaType(schema);
}

/** `begin<Method>`'s signature: options `LroOptions`, result `Promise<LroPoller<Result>>`. */
export function lroSignature(
  service: IrService,
  op: IrOperation,
  names: FileScope,
  signature: OperationSignature,
): OperationSignature {
  if (op.lro === undefined) return signature;
  const options = names.runtimeType(LRO_MODULE, "LroOptions");
  const headers = names.plan.symbols.headersType(op);
  return {
    ...signature,
    optionsType: headers === undefined ? options : `${options}<${names.type(headers)}>`,
    returnType: `Promise<${names.runtimeType(LRO_MODULE, "LroPoller")}<${resultType(service, op, names)}>>`,
    docs: `${signature.docs}\n\nLong-running: resolves to a poller once the service has accepted the request; \`await poller.pollUntilDone()\` for the result.`,
  };
}

/** `begin<Method>AndWait`'s signature: the same parameters, the result itself. */
function andWaitSignature(service: IrService, op: IrOperation, names: FileScope, begin: OperationSignature): OperationSignature {
  return {
    ...begin,
    returnType: `Promise<${resultType(service, op, names)}>`,
    docs: `Starts {@link ${identifier(op.functionName)}} and polls until the operation is done; resolves to its result and rejects with \`RestError\` when it failed.`,
  };
}

/** The runtime call and spec type of a long-running operation; undefined for any other. */
export function lroRuntimeCall(
  service: IrService,
  op: IrOperation,
  names: FileScope,
): { call: string; specType: string } | undefined {
  if (op.lro === undefined) return undefined;
  return {
    call: names.runtimeValue(LRO_MODULE, "beginLro"),
    specType: `${names.runtimeType(LRO_MODULE, "LroOperationSpec")}<${resultType(service, op, names)}>`,
  };
}

/** The `lro` member of the operation's spec. */
export function lroSpecFields(service: IrService, op: IrOperation, names: FileScope): LiteralObject {
  if (op.lro === undefined) return {};
  const schema = op.responses.find((r) => r.status === op.lro?.resultStatus)?.schema;
  // The model names every response body (inline ones too), so a result schema is always a reference.
  const validator =
    schema?.kind === "ref" ? code(names.validator(schema.ref)) : undefined;
  return { lro: { finalStateVia: op.lro.finalStateVia, result: validator } };
}

/** The standalone `<function>AndWait`. */
export function emitLroAndWait(
  service: IrService,
  op: IrOperation,
  clientName: string,
  names: FileScope,
  specName: string,
  begin: OperationSignature,
): FunctionDeclarationStructure[] {
  if (op.lro === undefined) return [];
  const signature = andWaitSignature(service, op, names, begin);
  return [
    {
      kind: StructureKind.Function,
      name: identifier(op.lro.andWaitFunctionName),
      isExported: true,
      docs: [{ description: signature.docs }],
      parameters: [
        { name: "client", type: clientName },
        { name: "params", type: signature.params.type, ...(signature.params.optional ? { initializer: "{}" } : {}) },
        { name: "options", type: signature.optionsType, hasQuestionToken: true },
      ],
      returnType: signature.returnType,
      statements: [`return ${names.runtimeValue(LRO_MODULE, "beginLroAndWait")}(client, ${specName}, params, options);`],
    },
  ];
}

/** `begin<Method>AndWait` on the group interface. */
export function lroGroupMethods(
  service: IrService,
  op: IrOperation,
  names: FileScope,
  begin: OperationSignature,
): OptionalKind<MethodSignatureStructure>[] {
  if (op.lro === undefined) return [];
  const signature = andWaitSignature(service, op, names, begin);
  return [
    {
      name: typeMemberKey(op.lro.andWaitMethod),
      docs: [{ description: signature.docs }],
      parameters: [
        { name: "params", type: signature.params.type, hasQuestionToken: signature.params.optional },
        { name: "options", type: signature.optionsType, hasQuestionToken: true },
      ],
      returnType: signature.returnType,
    },
  ];
}

/**
 * Per long-running operation, the group object's `begin<Method>AndWait` member bound to the client (lines of the
 * constructor). Computed before the constructor is written, so the AndWait functions are imported.
 */
export function lroGroupMemberLines(service: IrService, names: FileScope): Map<IrOperation, string[]> {
  const lines = new Map<IrOperation, string[]>();
  for (const op of service.operations) {
    if (op.lro === undefined) continue;
    // The AndWait function lives beside the operation's own function, in its group's file.
    const andWait = names.value({ name: op.lro.andWaitFunctionName, file: names.plan.symbols.groupFile(op.group) });
    lines.set(op, [`${identifierName(op.lro.andWaitMethod)}: (params, callOptions) => ${andWait}(this, params, callOptions),`]);
  }
  return lines;
}

/** The runtime types a caller of a long-running operation needs, re-exported from the service entry. */
export function lroRuntimeExports(plan: ServicePlan): ExportDeclarationStructure[] {
  if (!plan.service.operations.some((op) => op.lro !== undefined)) return [];
  return [
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: importSpecifier(plan.files.client, `src/runtime/${LRO_MODULE}.ts`),
      namedExports: ["LroOptions", "LroPoller", "LroState"],
      isTypeOnly: true,
    },
  ];
}
