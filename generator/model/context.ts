/**
 * State shared while one spec file is modelled: the loaded document, the diagnostics collected so far, and
 * the named schemas discovered (reached through `$ref`) and built.
 */
import type { Diagnostic, Severity } from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import type { IrSchema, SchemaId } from "./ir.js";

export interface NamedSchemaSource {
  id: SchemaId;
  originalName: string;
  node: unknown;
}

export interface ModelContext {
  spec: LoadedSpec;
  document: Readonly<Record<string, unknown>>;
  diagnostics: Diagnostic[];
  /** Named schemas reached so far; built once each. */
  named: Map<SchemaId, NamedSchemaSource>;
  built: Map<SchemaId, IrSchema>;
  /** Named schemas waiting to be built. */
  queue: SchemaId[];
}

export function createModelContext(spec: LoadedSpec): ModelContext {
  return { spec, document: spec.document, diagnostics: [], named: new Map(), built: new Map(), queue: [] };
}

export function warn(ctx: ModelContext, pointer: string, code: string, message: string, hint?: string): void {
  report(ctx, "warning", pointer, code, message, hint);
}

export function fail(ctx: ModelContext, pointer: string, code: string, message: string, hint?: string): void {
  report(ctx, "error", pointer, code, message, hint);
}

function report(ctx: ModelContext, severity: Severity, pointer: string, code: string, message: string, hint: string | undefined): void {
  ctx.diagnostics.push({ severity, code, file: ctx.spec.file, pointer, ...ctx.spec.locate(pointer), message, ...(hint ? { hint } : {}) });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
