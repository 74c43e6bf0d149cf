/**
 * Names and imports of a client module. Every name the IR claimed for the service is taken (the service's
 * modules export them all), as are the fixed export names. A runtime import keeps its own name unless a spec
 * name took it — then it is imported under an alias — and module-private constants get fresh names. Imports
 * are collected while emitting and written once, sorted.
 */
import {
  StructureKind,
  type ImportDeclarationStructure,
  type ImportSpecifierStructure,
  type OptionalKind,
} from "ts-morph";
import type { IrSchema, IrService } from "../../model/ir.js";
import { FIXED_EXPORT_NAMES, NameScope } from "../../naming/index.js";
import { identifier } from "../escape/index.js";
import { typeExpression } from "../type-expression.js";

interface Imported {
  local: string;
  typeOnly: boolean;
}

export class ClientModuleNames {
  private readonly scope: NameScope;
  private readonly fixed = new Set(FIXED_EXPORT_NAMES);
  private readonly imports = new Map<string, Map<string, Imported>>();

  constructor(service: IrService) {
    this.scope = new NameScope([...FIXED_EXPORT_NAMES, ...claimedNames(service)]);
  }

  /** A value imported from `module` (a runtime module or a sibling like `./validators.js`); its local name. */
  value(module: string, name: string): string {
    return this.use(module, name, false);
  }

  /** A type imported from `module`; its local name. */
  type(module: string, name: string): string {
    return this.use(module, name, true);
  }

  /** The TypeScript type of `schema`, importing the model types it names from `./models.js`. */
  schemaType(service: IrService, schema: IrSchema): string {
    for (const ref of referencedSchemas(schema)) this.type("./models.js", service.schemas[ref]!.typeName);
    return typeExpression(service, schema);
  }

  /** A fresh module-private name. */
  local(base: string): string {
    return identifier(this.scope.claim(base));
  }

  importDeclarations(): ImportDeclarationStructure[] {
    return [...this.imports.keys()].sort().map((module) => {
      const specifiers = [...this.imports.get(module)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const allTypes = specifiers.every(([, imported]) => imported.typeOnly);
      return {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: module,
        isTypeOnly: allTypes,
        namedImports: specifiers.map(([name, imported]): OptionalKind<ImportSpecifierStructure> => ({
          name,
          ...(imported.local === name ? {} : { alias: imported.local }),
          ...(imported.typeOnly && !allTypes ? { isTypeOnly: true } : {}),
        })),
      };
    });
  }

  private use(module: string, name: string, typeOnly: boolean): string {
    let fromModule = this.imports.get(module);
    if (!fromModule) this.imports.set(module, (fromModule = new Map()));
    const existing = fromModule.get(name);
    if (existing) {
      existing.typeOnly &&= typeOnly;
      return existing.local;
    }
    // IR names (models, validators) and fixed names are this module's to use as they are; other runtime
    // names must not shadow a spec name.
    const local = module.startsWith("./") || this.fixed.has(name) ? identifier(name) : this.local(name);
    fromModule.set(name, { local, typeOnly });
    return local;
  }
}

/** Ids of the named schemas `schema` refers to directly (not through those schemas). */
function referencedSchemas(schema: IrSchema): string[] {
  switch (schema.kind) {
    case "ref":
      return [schema.ref];
    case "array":
      return referencedSchemas(schema.items);
    case "object":
      return [
        ...schema.properties.flatMap((p) => referencedSchemas(p.schema)),
        ...(typeof schema.additionalProperties === "object" ? referencedSchemas(schema.additionalProperties) : []),
      ];
    case "allOf":
    case "anyOf":
    case "oneOf":
      return schema.members.flatMap(referencedSchemas);
    default:
      return [];
  }
}

/** Every exported name the IR decided for the service. */
function claimedNames(service: IrService): string[] {
  return [
    service.clientName,
    service.clientOptionsTypeName,
    ...service.groups.map((g) => g.interfaceName),
    ...Object.values(service.schemas).flatMap((s) => [s.typeName, s.validatorName, s.guardName, s.redactorName]),
    ...service.operations.flatMap((op) => [
      op.functionName,
      op.parametersTypeName,
      op.parametersValidatorName,
      ...(op.headersTypeName === undefined ? [] : [op.headersTypeName]),
    ]),
  ];
}
