/**
 * Command-line options + the config file → the pipeline's configuration. Flags win over the file; paths in the
 * file are relative to the file, paths on the command line to the working directory. Without a config file the
 * defaults are oagen's own (specs/ → generated/, package azure-keys).
 */
import path from "node:path";
import type { PipelineConfig } from "../core/pipeline.js";
import type { PerServiceSettings } from "../core/settings.js";
import { DEFAULT_PACKAGE } from "../model/default-package.js";
import type { OagenConfig } from "./define-config.js";
import { specPattern } from "./glob.js";
import { BUMP, resolvePackageVersion } from "./package-version.js";
import type { LoadedConfig } from "./read-config.js";

/** What the command line says (undefined: not given). */
export interface CliSettings {
  inputs: string[];
  out?: string;
  service?: string;
  operations?: string[];
  clientName?: string;
  credentialScopes?: string[];
  specRoot?: string;
  typecheck?: boolean;
}

export function resolvePipelineConfig(cli: CliSettings, cwd: string, loaded?: LoadedConfig): PipelineConfig {
  const config: OagenConfig = loaded?.config ?? {};
  const base = loaded ? path.dirname(loaded.absolutePath) : cwd;
  const outDir = cli.out !== undefined ? path.resolve(cwd, cli.out) : path.resolve(base, config.out ?? "generated");
  let inputs: string[];
  let specFilter: ((file: string) => boolean) | undefined;
  if (cli.inputs.length > 0) {
    inputs = cli.inputs;
  } else {
    const patterns = (config.specs ?? ["specs"]).map((p) => specPattern(p, base));
    inputs = [...new Set(patterns.map((p) => path.relative(cwd, p.input) || "."))];
    if (patterns.some((p) => p.matches)) {
      specFilter = (file) => patterns.some((p) => (p.matches ? p.matches(file) : file === p.input || file.startsWith(p.input + path.sep)));
    }
  }
  const services: Record<string, PerServiceSettings> = {};
  for (const s of config.services ?? []) {
    services[s.service] = {
      ...(s.operations ? { operations: s.operations } : {}),
      ...(s.clientName ? { clientName: s.clientName } : {}),
      ...(s.credentialScopes ? { credentialScopes: s.credentialScopes } : {}),
      ...(s.apiVersions ? { apiVersions: s.apiVersions } : {}),
    };
  }
  return {
    inputs,
    outDir,
    cwd,
    ...(cli.service ? { service: cli.service } : {}),
    ...(cli.typecheck ? { typecheck: true } : {}),
    ...(cli.operations ? { operations: cli.operations } : {}),
    ...(cli.clientName ? { clientName: cli.clientName } : {}),
    ...(cli.credentialScopes ? { credentialScopes: cli.credentialScopes } : {}),
    ...(cli.specRoot ? { specRoot: cli.specRoot } : {}),
    ...(Object.keys(services).length > 0 ? { services } : {}),
    ...(specFilter ? { specFilter } : {}),
    // A semver string is used as it is; "bump" (the default) moves the previous output's version by the semver step
    // of what changed (release/version.ts), recorded in CHANGELOG.md.
    version: config.version ?? BUMP,
    package: {
      name: config.name ?? DEFAULT_PACKAGE.name,
      version: resolvePackageVersion(config.version, outDir),
      ...(config.description ? { description: config.description } : {}),
      ...(config.license ? { license: config.license } : {}),
      ...(config.repository ? { repository: config.repository } : {}),
    },
  };
}
