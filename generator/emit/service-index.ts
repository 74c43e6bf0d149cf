/**
 * `src/<service>/index.ts`, the service entry (`azure-keys/<service>`): the model types and the runtime API
 * a caller needs (validation result types). Artifact emitters add their exports through `SERVICE_ENTRY_MODULES`.
 */
import { StructureKind, type ExportDeclarationStructure } from "ts-morph";
import type { IrService } from "../model/ir.js";
import type { EmitUnit } from "./types.js";

/** Modules of a service re-exported whole from its entry (besides the models' types). */
export const SERVICE_ENTRY_MODULES: readonly string[] = ["client"];

export function emitServiceIndex(service: IrService): EmitUnit[] {
  const statements: ExportDeclarationStructure[] = [
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: "./models.js" },
    ...SERVICE_ENTRY_MODULES.map((m) => ({ kind: StructureKind.ExportDeclaration as const, moduleSpecifier: `./${m}.js` })),
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      namedExports: ["ValidationIssue", "ValidationResult"],
      moduleSpecifier: "../runtime/validation.js",
    },
  ];
  return [{ kind: "source", path: `src/${service.name}/index.ts`, specFile: service.specFile, structure: { statements } }];
}
