/**
 * The config file's per-service settings and the two questions asked of them before anything is loaded: which
 * operations a service's files should yield, and whether a file's api-version folder is wanted. (No loader or
 * model imports: the CLI asks these on its fast path.)
 */
import path from "node:path";

/** Settings of one service (the config file's `services` entries); they override the run's settings. */
export interface PerServiceSettings {
  operations?: string[];
  clientName?: string;
  credentialScopes?: string[];
  /** Only the spec files in these api-version folders (`specs/<service>/<api-version>/`). */
  apiVersions?: string[];
}

export interface GenerationSettingsShape {
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
export function operationsOf(config: GenerationSettingsShape, service: string | undefined): string[] | undefined {
  const own = service === undefined ? undefined : config.services?.[service]?.operations;
  return own && own.length > 0 ? own : config.operations && config.operations.length > 0 ? config.operations : undefined;
}

/** False when the file lies in an api-version folder its service's `apiVersions` leaves out. */
export function isWantedApiVersion(config: GenerationSettingsShape, service: string | undefined, file: string): boolean {
  const wanted = service === undefined ? undefined : config.services?.[service]?.apiVersions;
  if (!wanted || wanted.length === 0) return true;
  const folders = path.relative(config.cwd, file).split(path.sep).slice(0, -1);
  return folders.some((folder) => wanted.includes(folder));
}

