/**
 * The per-run generation settings that reach the loader and the model: `--operation`, `--client-name`,
 * `--credential-scopes` and `--spec-root` (also accepted per service in the config file).
 */
import path from "node:path";
import { SpecError } from "../diagnostics/index.js";
import { defaultSpecRoot, unknownOperationDiagnostic, type LoadedSpec, type LoadOptions } from "../load/index.js";
import type { ServiceSettings } from "../model/index.js";

/** Settings of one service (the config file's `services` entries); they override the run's settings. */
export interface PerServiceSettings {
  operations?: string[];
  clientName?: string;
  credentialScopes?: string[];
  /** Only the spec files in these api-version folders (`specs/<service>/<api-version>/`). */
  apiVersions?: string[];
}

export interface GenerationSettings {
  cwd: string;
  inputs: string[];
  operations?: string[];
  clientName?: string;
  credentialScopes?: string[];
  specRoot?: string;
  /** Per service name. */
  services?: Record<string, PerServiceSettings>;
}

/** The operations to generate from the files of `service` (undefined: all). */
export function operationsOf(config: GenerationSettings, service: string | undefined): string[] | undefined {
  const own = service === undefined ? undefined : config.services?.[service]?.operations;
  return own && own.length > 0 ? own : config.operations && config.operations.length > 0 ? config.operations : undefined;
}

/** False when the file lies in an api-version folder its service's `apiVersions` leaves out. */
export function isWantedApiVersion(config: GenerationSettings, service: string | undefined, file: string): boolean {
  const wanted = service === undefined ? undefined : config.services?.[service]?.apiVersions;
  if (!wanted || wanted.length === 0) return true;
  const folders = path.relative(config.cwd, file).split(path.sep).slice(0, -1);
  return folders.some((folder) => wanted.includes(folder));
}

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
