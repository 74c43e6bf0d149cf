/**
 * The typed client of a service api-version, thin by design, in files the plan laid out:
 * - `client.ts`: the options type, the static service description, the client class with one property per operation
 *   group, the group interfaces, and the runtime API a caller needs (re-exported);
 * - `client/<group>.ts`: per operation group, its parameters and response-header types, the static description of
 *   each operation (`OperationSpec`) and one standalone (tree-shakable) function per operation;
 * - `redactors.ts`: `redact<Name>` for every type that holds a secret and every success response type.
 * All request behaviour — validation before sending, wire-safety, retries, paging, error mapping — is the
 * runtime's (`generator/runtime/`), which these modules call with that data.
 */
import type { ExportDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind } from "./structure-kind.js";
import type { ServicePlan } from "../plan/index.js";
import { importSpecifier } from "../plan/index.js";
import { lroRuntimeExports } from "./client/lro.js";
import { emitOperation } from "./client/operation.js";
import { emitRedactors } from "./client/secrets.js";
import { emitClientClass, emitGroupInterfaces, emitOptionsType, emitServiceSpec } from "./client/service.js";
import { FileScope } from "./file-scope.js";
import type { EmitUnit } from "./types.js";

export function emitClient(plan: ServicePlan): EmitUnit[] {
  const { service, files } = plan;
  const units: EmitUnit[] = [];

  for (const group of service.groups) {
    const file = plan.symbols.groupFile(group.property);
    const names = new FileScope(plan, file);
    const clientType = names.type(plan.symbols.client());
    const body = service.operations.filter((op) => op.group === group.property).flatMap((op) => emitOperation(service, op, clientType, names));
    units.push({ kind: "source", path: file, specFile: service.specFile, structure: { statements: [...names.importDeclarations(), ...body] } });
  }

  const redactorNames = new FileScope(plan, files.redactors);
  const redactors = emitRedactors(service, redactorNames);
  units.push({
    kind: "source",
    path: files.redactors,
    specFile: service.specFile,
    structure: { statements: redactors.length > 0 ? [...redactorNames.importDeclarations(), ...redactors] : ["export {};"] },
  });

  const names = new FileScope(plan, files.client);
  const specName = names.local("service");
  const body: StatementStructures[] = [
    emitOptionsType(service, names),
    emitServiceSpec(service, specName, names),
    emitClientClass(service, specName, names),
    ...emitGroupInterfaces(service, names),
  ];
  const statements: StatementStructures[] = [...names.importDeclarations(), ...runtimeExports(plan), ...moduleExports(plan), ...body];
  units.push({ kind: "source", path: files.client, specFile: service.specFile, structure: { statements } });
  return units;
}

/** The group modules and the redactors, re-exported whole: the client module is the service's client API. */
function moduleExports(plan: ServicePlan): ExportDeclarationStructure[] {
  const modules = [...plan.files.groups.values(), plan.files.redactors].map((file) => importSpecifier(plan.files.client, file)).sort();
  return modules.map((moduleSpecifier) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier }));
}

/** The runtime API a caller of the client needs, re-exported so the service entry is all they import. */
function runtimeExports(plan: ServicePlan): ExportDeclarationStructure[] {
  const paged = plan.service.operations.some((op) => op.paging !== undefined);
  const runtime = (module: string) => importSpecifier(plan.files.client, `src/runtime/${module}.ts`);
  const reexport = (moduleSpecifier: string, namedExports: string[], isTypeOnly = false): ExportDeclarationStructure => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    namedExports,
    isTypeOnly,
  });
  return [
    reexport("@azure/core-rest-pipeline", ["isRestError", "RestError"]),
    reexport(runtime("client"), ["AdditionalPolicyConfig", "ClientOptions", "ValidateResponses"], true),
    reexport(runtime("errors"), ["RequestValidationError", "ResponseValidationError"]),
    reexport(runtime("errors"), ["ServiceRestError"], true),
    reexport(runtime("operation"), ["OperationOptions", "OperationRequestOptions", "RawResponse"], true),
    ...(paged ? [reexport(runtime("paging"), ["PagedAsyncIterableIterator", "PageSettings"], true)] : []),
    ...lroRuntimeExports(plan),
  ];
}
