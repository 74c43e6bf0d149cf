/**
 * What an emitter returns. Emitters read only the IR and return either ts-morph structures (TypeScript,
 * printed and formatted once per file by `emit/print.ts`) or finished text (JSON fixtures, package.json from a
 * template). Paths are relative to the output package root and `/`-separated.
 */
import type { OptionalKind, SourceFileStructure } from "ts-morph";
import type { IrDocument } from "../model/ir.js";
import type { PackagePlan, ServicePlan } from "../plan/index.js";

export interface SourceUnit {
  kind: "source";
  /** e.g. `src/datafactory/models.ts`. */
  path: string;
  structure: OptionalKind<SourceFileStructure>;
  /** The spec the file is generated from, for the "do not edit" header; omitted for package-level files. */
  specFile?: string;
}

export interface TextUnit {
  kind: "text";
  path: string;
  contents: string;
}

export type EmitUnit = SourceUnit | TextUnit;

/** One emitter per artifact. Called once per service api-version with its plan; must be pure and deterministic. */
export type ServiceEmitter = (plan: ServicePlan) => EmitUnit[];

/** Package-level emitters (package.json, README, runtime copy) see the whole document. */
export type PackageEmitter = (doc: IrDocument, plan: PackagePlan) => EmitUnit[];
