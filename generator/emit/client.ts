/**
 * `src/<service>/client.ts`: the typed client of a service, thin by design. It holds the client class, the
 * operation-group interfaces, one standalone (tree-shakable) function per operation, the parameters and
 * response-header types, the redactors, and static data describing the service and each operation. All
 * request behaviour — validation before sending, wire-safety, retries, paging, error mapping — is the
 * runtime's (`generator/runtime/`), which this module calls with that data.
 */
import { StructureKind, type ExportDeclarationStructure, type StatementStructures } from "ts-morph";
import type { IrService } from "../model/ir.js";
import { identifier } from "./escape/index.js";
import { ClientModuleNames } from "./client/names.js";
import { emitOperation } from "./client/operation.js";
import { emitRedactors } from "./client/secrets.js";
import { emitClientClass, emitGroupInterfaces, emitOptionsType, emitServiceSpec } from "./client/service.js";
import type { EmitUnit, ServiceEmitter } from "./types.js";

export const emitClient: ServiceEmitter = (service: IrService): EmitUnit[] => {
  const names = new ClientModuleNames(service);
  const specName = names.local("service");
  const clientName = identifier(service.clientName);
  const body: StatementStructures[] = [
    emitOptionsType(service, names),
    emitServiceSpec(service, specName, names),
    emitClientClass(service, specName, names),
    ...emitGroupInterfaces(service, names),
    ...service.operations.flatMap((op) => emitOperation(service, op, clientName, names)),
    ...emitRedactors(service, names),
  ];
  const statements: StatementStructures[] = [...names.importDeclarations(), ...runtimeExports(service), ...body];
  return [
    { kind: "source", path: `src/${service.name}/client.ts`, specFile: service.specFile, structure: { statements } },
  ];
};

/** The runtime API a caller of the client needs, re-exported so the service entry is all they import. */
function runtimeExports(service: IrService): ExportDeclarationStructure[] {
  const paged = service.operations.some((op) => op.paging !== undefined);
  const reexport = (
    moduleSpecifier: string,
    namedExports: string[],
    isTypeOnly = false,
  ): ExportDeclarationStructure => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    namedExports,
    isTypeOnly,
  });
  return [
    reexport("@azure/core-rest-pipeline", ["isRestError", "RestError"]),
    reexport("../runtime/client.js", ["AdditionalPolicyConfig", "ClientOptions", "ValidateResponses"], true),
    reexport("../runtime/errors.js", ["RequestValidationError", "ResponseValidationError"]),
    reexport("../runtime/errors.js", ["ServiceRestError"], true),
    reexport("../runtime/operation.js", ["OperationOptions", "RawResponse"], true),
    ...(paged ? [reexport("../runtime/paging.js", ["PagedAsyncIterableIterator", "PageSettings"], true)] : []),
  ];
}
