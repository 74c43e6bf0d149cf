/**
 * The names and imports of one generated file: the emit-side half of the binder (the plan decided where every
 * symbol lives; this applies it to one file). Every name the IR claimed for the service is taken (the service's
 * modules export them all), as are the fixed export names. A runtime import keeps its own name unless a spec name
 * took it — then it is imported under an alias — and module-private constants get fresh names. Symbols are asked
 * for by IR id (`schemaType`, `validator`, `operationFunction`, …) and imported from the file the plan placed them
 * in; imports are collected while emitting and written once, sorted by specifier then name.
 */
import type { ImportDeclarationStructure, ImportSpecifierStructure, OptionalKind } from "ts-morph";
import { StructureKind } from "./structure-kind.js";
import type { IrOperation, IrSchema, SchemaId } from "../model/ir.js";
import { FIXED_EXPORT_NAMES, NameScope } from "../naming/index.js";
import { importSpecifier, PACKAGE_INFO_FILE, runtimeFile, type PlacedSymbol, type ServicePlan } from "../plan/index.js";
import { identifier } from "./escape/index.js";
import { typeExpression, type TypeExpressionOptions } from "./type-expression.js";

interface Imported {
  local: string;
  typeOnly: boolean;
}

/** The names every file of a service version starts with (fixed runtime exports and the IR's), built once per plan. */
const serviceNames = new WeakMap<ServicePlan, ReadonlySet<string>>();
function serviceNamesOf(plan: ServicePlan): ReadonlySet<string> {
  let names = serviceNames.get(plan);
  if (!names) serviceNames.set(plan, (names = new Set([...FIXED_EXPORT_NAMES, ...plan.claimedNames])));
  return names;
}

export class FileScope {
  private readonly scope: NameScope;
  private readonly fixed = new Set(FIXED_EXPORT_NAMES);
  /** Target file → imported name → local binding. */
  private readonly imports = new Map<string, Map<string, Imported>>();
  private readonly namespaces = new Map<string, string>();

  constructor(
    readonly plan: ServicePlan,
    /** This file's package-relative path. */
    readonly file: string,
  ) {
    this.scope = new NameScope([], { base: serviceNamesOf(plan) });
  }

  /** A value exported by runtime module `module` (`send`, `ServiceClient`); its local name. */
  runtimeValue(module: string, name: string): string {
    return this.use(this.runtime(module), name, false, true);
  }

  /** A value of the package-level `src/package-info.ts` (`packageInfo`); aliased like a runtime name if taken. */
  packageValue(name: string): string {
    return this.use(PACKAGE_INFO_FILE, name, false, true);
  }

  runtimeType(module: string, name: string): string {
    return this.use(this.runtime(module), name, true, true);
  }

  /** `import * as <alias> from <runtime module>`; the alias must start with `$` (no spec name can). */
  runtimeNamespace(module: string, alias: string): string {
    this.namespaces.set(this.runtime(module), alias);
    return alias;
  }

  /** A symbol of this service, as a value (imported unless it lives in this file). */
  value(symbol: PlacedSymbol): string {
    return symbol.file === this.file ? identifier(symbol.name) : this.use(symbol.file, symbol.name, false, false);
  }

  type(symbol: PlacedSymbol): string {
    return symbol.file === this.file ? identifier(symbol.name) : this.use(symbol.file, symbol.name, true, false);
  }

  schemaTypeName(id: SchemaId): string {
    return this.type(this.plan.symbols.schemaType(id));
  }

  /** The TypeScript type of `schema` (a response's by default, or a request body's), importing the model types it names. */
  schemaType(schema: IrSchema, context: TypeExpressionOptions["context"] = "output"): string {
    const models = this.plan.symbols.modelsFile();
    return typeExpression(this.plan.service, schema, { context, useName: (name) => this.type({ name, file: models }) });
  }

  validator(id: SchemaId): string {
    return this.value(this.plan.symbols.validator(id));
  }

  clientParametersValidator(): string {
    return this.value(this.plan.symbols.clientParametersValidator());
  }

  parametersValidator(op: IrOperation): string {
    return this.value(this.plan.symbols.parametersValidator(op));
  }

  /** A fresh module-private name. */
  local(base: string): string {
    return identifier(this.scope.claim(base));
  }

  importDeclarations(): ImportDeclarationStructure[] {
    const targets = [...new Set([...this.imports.keys(), ...this.namespaces.keys()])].map((file) => ({ file, specifier: importSpecifier(this.file, file) }));
    targets.sort((a, b) => (a.specifier < b.specifier ? -1 : a.specifier > b.specifier ? 1 : 0));
    return targets.flatMap(({ file, specifier }) => {
      const out: ImportDeclarationStructure[] = [];
      const named = this.imports.get(file);
      if (named && named.size > 0) {
        const specifiers = [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const allTypes = specifiers.every(([, imported]) => imported.typeOnly);
        out.push({
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: specifier,
          isTypeOnly: allTypes,
          namedImports: specifiers.map(([name, imported]): OptionalKind<ImportSpecifierStructure> => ({
            name,
            ...(imported.local === name ? {} : { alias: imported.local }),
            ...(imported.typeOnly && !allTypes ? { isTypeOnly: true } : {}),
          })),
        });
      }
      const namespace = this.namespaces.get(file);
      if (namespace) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: specifier, namespaceImport: namespace });
      return out;
    });
  }

  private runtime(module: string): string {
    if (!this.plan.runtimeModules.has(module)) {
      throw new Error(`internal error: ${this.file} imports runtime module "${module}", which the plan did not select`);
    }
    return runtimeFile(module);
  }

  private use(file: string, name: string, typeOnly: boolean, runtime: boolean): string {
    let fromFile = this.imports.get(file);
    if (!fromFile) this.imports.set(file, (fromFile = new Map()));
    const existing = fromFile.get(name);
    if (existing) {
      existing.typeOnly &&= typeOnly;
      return existing.local;
    }
    // IR names (models, validators, functions) and fixed names are this service's to use as they are; runtime
    // names must not shadow a spec name.
    const local = !runtime || this.fixed.has(name) ? identifier(name) : this.local(name);
    fromFile.set(name, { local, typeOnly });
    return local;
  }
}

/** Ids of the named schemas `schema` refers to directly (not through those schemas). */
export function referencedSchemas(schema: IrSchema): string[] {
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
