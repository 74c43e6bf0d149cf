/**
 * `oagen diff OLD NEW`: every difference between two specs' IRs (not their documents), classified for a TypeScript
 * caller as breaking or not, with the semver bump it implies. Each side is a spec file or folder in any format the
 * loader reads. Services are paired by name (two single-service inputs are paired whatever their names); where a
 * side holds several api-versions of a service, its default (newest stable) one is compared.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import type { IrDocument, IrService } from "../model/ir.js";
import { defaultVersions } from "../plan/index.js";
import { classify, combinedBump } from "./classify.js";
import { compareNamedSchemas } from "./compare-named-schemas.js";
import { compareOperation } from "./compare-operation.js";
import { compareClientParameters } from "./compare-parameters.js";
import { createDiffContext, report } from "./context.js";
import { matchOperations } from "./match-operations.js";
import { DIFF_FORMAT_VERSION, type Change, type DiffReport, type DiffSide } from "./types.js";

export interface DiffInput {
  old: string;
  new: string;
  cwd: string;
}

/** Loads and models both sides, then diffs them. */
export async function diffSpecs(input: DiffInput): Promise<{ report: DiffReport; warnings: Diagnostic[] }> {
  const { loadAndModel } = await import("../core/pipeline.js");
  const before = await loadAndModel({ inputs: [input.old], cwd: input.cwd });
  const after = await loadAndModel({ inputs: [input.new], cwd: input.cwd });
  return { report: diffDocuments(before.ir, after.ir, { old: input.old, new: input.new }), warnings: [...before.warnings, ...after.warnings] };
}

export function diffDocuments(oldIr: IrDocument, newIr: IrDocument, inputs: { old: string; new: string }): DiffReport {
  const before = defaultVersions(oldIr.services);
  const after = defaultVersions(newIr.services);
  const changes: Change[] = [];
  if (before.size === 1 && after.size === 1) {
    changes.push(...diffServices([...before.values()][0]!, [...after.values()][0]!));
  } else {
    for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const a = before.get(name);
      const b = after.get(name);
      if (a && b) changes.push(...diffServices(a, b));
      else if (a) changes.push(serviceChange("service-removed", a, "old"));
      else if (b) changes.push(serviceChange("service-added", b, "new"));
    }
  }
  return {
    oagenDiff: DIFF_FORMAT_VERSION,
    old: sideOf(inputs.old, oldIr),
    new: sideOf(inputs.new, newIr),
    changes,
    summary: summarize(changes),
  };
}

/** Every change from one api-version of a service to another (or the same one, regenerated). */
export function diffServices(oldService: IrService, newService: IrService): Change[] {
  const ctx = createDiffContext(oldService, newService);
  const service = { kind: "service" as const, name: newService.name };
  if (oldService.apiVersion !== newService.apiVersion) {
    report(ctx, { subject: service, direction: "both", path: "" }, { code: "default-api-version-changed", old: { pointer: "#/info/version", value: oldService.apiVersion }, new: { pointer: "#/info/version", value: newService.apiVersion } });
  }
  compareClientParameters(ctx);
  const match = matchOperations(oldService, newService);
  for (const op of match.removed) report(ctx, { subject: { kind: "operation", name: op.operationId }, direction: "both", path: "" }, { code: "operation-removed", old: { pointer: op.pointer, value: `${op.httpMethod} ${op.path}` }, new: { pointer: "#/paths" } });
  for (const pair of match.pairs) compareOperation(ctx, pair.old, pair.new, pair.renamed);
  for (const op of match.added) report(ctx, { subject: { kind: "operation", name: op.operationId }, direction: "both", path: "" }, { code: "operation-added", old: { pointer: "#/paths" }, new: { pointer: op.pointer, value: `${op.httpMethod} ${op.path}` } });
  compareNamedSchemas(ctx);
  const files = { old: oldService.specFile, new: newService.specFile };
  return ctx.changes.map((c) => classify(c, newService.name, files)).sort(compareChanges);
}

export function summarize(changes: readonly Change[]): DiffReport["summary"] {
  const breaking = changes.filter((c) => c.severity === "breaking").length;
  return { breaking, nonBreaking: changes.length - breaking, bump: combinedBump(changes) };
}

function serviceChange(code: "service-added" | "service-removed", s: IrService, side: "old" | "new"): Change {
  const here = { file: s.specFile, pointer: "#" };
  const raw = { code, subject: { kind: "service" as const, name: s.name }, path: "", direction: "both" as const, [side]: { pointer: "#", value: s.apiVersion } };
  return { ...classify(raw, s.name, { old: s.specFile, new: s.specFile }), ...(side === "old" ? { old: { ...here, value: s.apiVersion } } : { new: { ...here, value: s.apiVersion } }) };
}

function sideOf(input: string, ir: IrDocument): DiffSide {
  return { input, services: ir.services.map((s) => ({ name: s.name, apiVersion: s.apiVersion, specFile: s.specFile })) };
}

const KIND_ORDER = ["service", "client", "operation", "schema"];

function compareChanges(a: Change, b: Change): number {
  const keys = (c: Change) => [c.service, String(KIND_ORDER.indexOf(c.subject.kind)), c.subject.name, c.path, c.code, JSON.stringify(c.old?.value ?? null), JSON.stringify(c.new?.value ?? null)];
  const x = keys(a);
  const y = keys(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

export { renderDiffText } from "./render-text.js";
export { renderDiffJson } from "./render-json.js";
export { combinedBump } from "./classify.js";
export * from "./types.js";
