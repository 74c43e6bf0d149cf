/**
 * The per-run generation settings that reach the loader and the model: `--operation`, `--client-name`,
 * `--credential-scopes` and `--spec-root` (also accepted per service in the config file).
 */
import path from "node:path";
import { SpecError } from "../diagnostics/index.js";
import { defaultSpecRoot, unknownOperationDiagnostic, type LoadedSpec, type LoadOptions } from "../load/index.js";
import type { ServiceSettings } from "../model/index.js";
import { operationsOf, type GenerationSettingsShape } from "./service-settings.js";

/** The settings the loader and the model read. */
export type GenerationSettings = GenerationSettingsShape;

export { isWantedApiVersion, operationsOf, type PerServiceSettings } from "./service-settings.js";

/** The loader options for one spec file: a folder given on the command line is the root of the files in it. */
export function loadOptionsOf(config: GenerationSettings, file: string, service?: string): LoadOptions {
  const operations = operationsOf(config, service);
  const folder = config.inputs.map((input) => path.resolve(config.cwd, input)).find((input) => file.startsWith(input + path.sep));
  const specRoot = config.specRoot ? path.resolve(config.cwd, config.specRoot) : folder ? defaultSpecRoot(folder) : undefined;
  return { ...(specRoot ? { specRoot } : {}), ...(operations ? { operations } : {}) };
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

export function serviceSettingsOf(config: GenerationSettings, service?: string): ServiceSettings {
  const own = service === undefined ? undefined : config.services?.[service];
  const clientName = own?.clientName ?? config.clientName;
  const credentialScopes = own?.credentialScopes?.length ? own.credentialScopes : config.credentialScopes;
  return {
    ...(clientName ? { clientName } : {}),
    ...(credentialScopes && credentialScopes.length > 0 ? { credentialScopes } : {}),
  };
}
