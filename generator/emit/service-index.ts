/**
 * Entry modules. Per service api-version, `src/<service>/<api-version>/index.ts` (`azure-keys/<service>/<api-version>`):
 * the model types, the client API and the runtime types a caller needs. Per service, the default api-version's
 * entries re-exported as `src/<service>/{index,validators,mocks}.ts` (`azure-keys/<service>`, `…/validators`,
 * `…/mocks`), so the service entry follows the default version and every version stays importable by its own path.
 */
import type { ExportDeclarationStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./structure-kind.js";
import { jsDocText, stringLiteral } from "./escape/index.js";
import { importSpecifier, runtimeFile, type PackagePlan, type ServicePlan } from "../plan/index.js";
import type { EmitUnit } from "./types.js";

export function emitServiceIndex(plan: ServicePlan): EmitUnit[] {
  const { files } = plan;
  const from = (file: string) => importSpecifier(files.index, file);
  const statements: ExportDeclarationStructure[] = [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: from(files.models) },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: from(files.client) },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      namedExports: ["ValidateOptions", "ValidationIssue", "ValidationResult"],
      moduleSpecifier: from(runtimeFile("validation")),
    },
  ];
  return [{ kind: "source", path: files.index, specFile: plan.service.specFile, structure: { statements } }];
}

/** `azure-keys/<service>` and its sub-entries: the default api-version, re-exported whole. */
export function emitDefaultEntries(plan: PackagePlan): EmitUnit[] {
  return plan.entries.flatMap(({ files, target }) =>
    (["index", "validators", "mocks"] as const).map((entry): EmitUnit => ({
      kind: "source",
      path: files[entry],
      specFile: target.service.specFile,
      structure: { statements: [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: importSpecifier(files[entry], target.files[entry]) }] },
    })),
  );
}

/**
 * `src/index.ts`, the package's `"."` entry: each service's default entry as a namespace (`import { datafactory }
 * from "azure-keys"`) and `services`, the list of service entry names. Mocks stay on their own sub-entries.
 */
export function emitPackageIndex(plan: PackagePlan): EmitUnit[] {
  const statements = plan.entries.map((e): ExportDeclarationStructure => ({ kind: StructureKind.ExportDeclaration, namespaceExport: e.namespace, moduleSpecifier: importSpecifier(plan.index, e.files.index) }));
  return [
    {
      kind: "source",
      path: plan.index,
      structure: {
        statements: [
          ...statements,
          {
            kind: StructureKind.VariableStatement,
            isExported: true,
            declarationKind: VariableDeclarationKind.Const,
            docs: [jsDocText("The services of this package: each is an entry of its own (`<package>/<service>`) and a namespace here.")],
            declarations: [{ name: "services", type: "readonly string[]", initializer: `[${plan.entries.map((e) => stringLiteral(e.name)).join(", ")}]` }],
          },
        ],
      },
    },
  ];
}
