/**
 * The per-run generation settings that reach the loader and the model: `--operation`, `--client-name`,
 * `--credential-scopes` and `--spec-root` (also accepted per service in the config file).
 */
import path from "node:path";
import { SpecError } from "../diagnostics/index.js";
import { defaultSpecRoot, unknownOperationDiagnostic, type LoadedSpec, type LoadOptions } from "../load/index.js";
import type { ServiceSettings } from "../model/index.js";

export interface GenerationSettings {
  cwd: string;
  inputs: string[];
  operations?: string[];
  clientName?: string;
  credentialScopes?: string[];
  specRoot?: string;
}

/** The loader options for one spec file: a folder given on the command line is the root of the files in it. */
export function loadOptionsOf(config: GenerationSettings, file: string): LoadOptions {
  const folder = config.inputs.map((input) => path.resolve(config.cwd, input)).find((input) => file.startsWith(input + path.sep));
  const specRoot = config.specRoot ? path.resolve(config.cwd, config.specRoot) : folder ? defaultSpecRoot(folder) : undefined;
  return { ...(specRoot ? { specRoot } : {}), ...(config.operations && config.operations.length > 0 ? { operations: config.operations } : {}) };
}

/** With `--operation`: the files that define at least one chosen operation; an id no file defines is an error. */
export function selectedSpecs(specs: LoadedSpec[], operations: readonly string[] | undefined): LoadedSpec[] {
  if (!operations || operations.length === 0) return specs;
  const unknown = operations.filter((id) => specs.every((s) => s.missingOperations.includes(id)));
  if (unknown.length > 0) {
    const available = [...new Set(specs.flatMap((s) => s.availableOperations))].sort();
    const file = specs.length === 1 ? specs[0]!.file : "";
    throw new SpecError(unknown.map((id) => unknownOperationDiagnostic(file, id, available)));
  }
  return specs.filter((s) => s.missingOperations.length < operations.length);
}

export function serviceSettingsOf(config: GenerationSettings): ServiceSettings {
  return {
    ...(config.clientName ? { clientName: config.clientName } : {}),
    ...(config.credentialScopes && config.credentialScopes.length > 0 ? { credentialScopes: config.credentialScopes } : {}),
  };
}
