/**
 * emit: IR + plan → the files of the output package. Each artifact has one emitter; this registry runs them all,
 * adds the runtime modules the plan selected, refuses two emitters writing one path, and returns units sorted by
 * path.
 */
import type { IrDocument } from "../model/ir.js";
import { runtimeFile, runtimeSource, type PackagePlan } from "../plan/index.js";
import { emitClient } from "./client.js";
import { emitMocks } from "./mocks.js";
import { emitModels } from "./models.js";
import { emitPackageFiles } from "./package-files.js";
import { emitDefaultEntries, emitPackageIndex, emitServiceIndex } from "./service-index.js";
import type { EmitUnit, PackageEmitter, ServiceEmitter, TextUnit } from "./types.js";
import { emitValidators } from "./validators.js";

export const SERVICE_EMITTERS: readonly ServiceEmitter[] = [emitModels, emitServiceIndex, emitValidators, emitMocks, emitClient];
export const PACKAGE_EMITTERS: readonly PackageEmitter[] = [emitPackageFiles, (_doc, plan) => emitDefaultEntries(plan), (_doc, plan) => emitPackageIndex(plan), (_doc, plan) => emitRuntime(plan)];

export function emitPackage(doc: IrDocument, plan: PackagePlan): EmitUnit[] {
  const units = [...PACKAGE_EMITTERS.flatMap((emit) => emit(doc, plan)), ...plan.services.flatMap((service) => SERVICE_EMITTERS.flatMap((emit) => emit(service)))];
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.path)) throw new Error(`internal error: two emitters write ${unit.path}`);
    seen.add(unit.path);
  }
  return units.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The runtime modules the plan selected, copied verbatim (real, unit-tested TypeScript). */
function emitRuntime(plan: PackagePlan): TextUnit[] {
  return plan.runtimeModules.map((module) => ({ kind: "text", path: runtimeFile(module), contents: runtimeSource(module) }));
}

export type { EmitUnit, SourceUnit, TextUnit } from "./types.js";
