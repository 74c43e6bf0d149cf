/**
 * plan: decides once, for the whole package, where every symbol lives, which files exist, which runtime modules
 * ship, and which api-version each service entry follows. Emitters read the IR and this plan; none of them
 * re-derives a path, an import or a name.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { IR_VERSION, type IrDocument, type IrService } from "../model/ir.js";
import { camelCase, isReservedWord } from "../naming/index.js";
import { planErrorModels } from "./error-model.js";
import { buildServiceFixtures, fixtureWarnings } from "./fixtures/fixtures.js";
import { PACKAGE_INDEX_FILE, serviceEntryFiles, serviceFiles, type ServiceEntryFiles } from "./layout.js";
import { plannedRuntimeModules } from "./runtime-modules.js";
import type { ServicePlan } from "./service-plan.js";
import { SymbolTable } from "./symbols.js";

export interface PackagePlan {
  /** One per service api-version, in IR order. */
  services: ServicePlan[];
  /** Each service name's default-version entry files and the plan they re-export. */
  entries: { name: string; files: ServiceEntryFiles; target: ServicePlan; namespace: string }[];
  runtimeModules: string[];
  /** What the plan could not do for some input, e.g. an operation left without synthesised fixtures. */
  warnings: Diagnostic[];
  /** The package's `"."` entry: every service entry as a namespace (`src/index.ts`). */
  index: string;
}

export function planPackage(doc: IrDocument): PackagePlan {
  const runtimeModules = plannedRuntimeModules(doc);
  const runtime = new Set(runtimeModules);
  const defaults = defaultVersions(doc.services);
  const services = doc.services.map((service): ServicePlan => {
    const files = serviceFiles(service);
    const errorModels = planErrorModels(service);
    return {
      service,
      files,
      symbols: new SymbolTable(service, files),
      isDefault: defaults.get(service.name) === service,
      claimedNames: claimedNames(service),
      runtimeModules: runtime,
      errorModels,
      fixtures: buildServiceFixtures(service, undefined, errorModels),
    };
  });
  const namespaces = new Set<string>();
  const entries = [...defaults].map(([name, service]) => ({ name, files: serviceEntryFiles(name), target: services.find((p) => p.service === service)!, namespace: namespaceOf(name, namespaces) }));
  const warnings = services.flatMap((p) => fixtureWarnings(p.fixtures));
  return { services, entries, runtimeModules, warnings, index: PACKAGE_INDEX_FILE };
}

/** The `"."` entry's namespace for a service: `purview-scanning` → `purviewScanning`, unique, never a reserved word. */
function namespaceOf(service: string, taken: Set<string>): string {
  const base = camelCase(service) || "service";
  let name = isReservedWord(base) || base === "services" ? `${base}Service` : base;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}

/** The plan of one service planned as a package of its own (tests and tools that emit a single service). */
export function planService(service: IrService): ServicePlan {
  return planPackage({ irVersion: IR_VERSION, services: [service] }).services[0]!;
}

/**
 * The version each service entry follows: the one the model marked `isDefaultVersion`, else the newest stable
 * api-version (a `-preview` only when there is nothing else), compared as strings (`YYYY-MM-DD[-suffix]`).
 */
export function defaultVersions(services: readonly IrService[]): Map<string, IrService> {
  const byName = new Map<string, IrService[]>();
  for (const s of services) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const out = new Map<string, IrService>();
  for (const [name, list] of [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const marked = list.find((s) => (s as IrService & { isDefaultVersion?: boolean }).isDefaultVersion === true);
    const stable = list.filter((s) => !/preview/i.test(s.apiVersion));
    const pool = stable.length > 0 ? stable : list;
    const newest = [...pool].sort((a, b) => (a.apiVersion < b.apiVersion ? 1 : a.apiVersion > b.apiVersion ? -1 : 0))[0]!;
    out.set(name, marked ?? newest);
  }
  return out;
}

/** Every exported name the IR decided for the service. */
function claimedNames(service: IrService): string[] {
  return [
    service.clientName,
    service.clientOptionsTypeName,
    service.clientParametersValidatorName,
    ...service.groups.map((g) => g.interfaceName),
    ...Object.values(service.schemas).flatMap((s) => [
      s.typeName,
      s.validatorName,
      s.guardName,
      s.redactorName,
      ...[s.union?.name, s.inputTypeName, s.updateTypeName].filter((n): n is string => n !== undefined),
    ]),
    ...service.operations.flatMap((op) => [
      op.functionName,
      op.parametersTypeName,
      op.parametersValidatorName,
      ...(op.headersTypeName === undefined ? [] : [op.headersTypeName]),
      ...(op.lro === undefined ? [] : [op.lro.andWaitFunctionName]),
    ]),
  ];
}

export { importSpecifier, PACKAGE_INFO_FILE, pathSegment, runtimeFile, serviceFiles, type ServiceFiles } from "./layout.js";
export { runtimeSource } from "./runtime-modules.js";
export type { ServicePlan } from "./service-plan.js";
export type { PlacedSymbol, SymbolTable } from "./symbols.js";
