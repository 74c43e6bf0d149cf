/**
 * emit: IR → the files of the output package. Each artifact has one emitter; this registry runs them all,
 * refuses two emitters writing one path, and returns units sorted by path.
 */
import type { IrDocument } from "../model/ir.js";
import { emitClient } from "./client.js";
import { emitMocks } from "./mocks.js";
import { emitModels } from "./models.js";
import { emitPackageFiles } from "./package-files.js";
import { emitServiceIndex } from "./service-index.js";
import type { EmitUnit, PackageEmitter, ServiceEmitter } from "./types.js";
import { emitValidators } from "./validators.js";

export const SERVICE_EMITTERS: readonly ServiceEmitter[] = [emitModels, emitServiceIndex, emitValidators, emitMocks, emitClient];
export const PACKAGE_EMITTERS: readonly PackageEmitter[] = [emitPackageFiles];

export function emitPackage(doc: IrDocument): EmitUnit[] {
  const units = [...PACKAGE_EMITTERS.flatMap((emit) => emit(doc)), ...doc.services.flatMap((service) => SERVICE_EMITTERS.flatMap((emit) => emit(service)))];
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.path)) throw new Error(`internal error: two emitters write ${unit.path}`);
    seen.add(unit.path);
  }
  return units.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export type { EmitUnit, SourceUnit, TextUnit } from "./types.js";
