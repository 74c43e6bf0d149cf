/**
 * The typed configuration (`oagen.config.ts` / `.mjs`: `export default defineConfig({ … })`); `oagen.config.json`
 * has the same shape, checked against `oagen.config.schema.json`.
 */

/** Settings of one service. */
export interface OagenServiceConfig {
  /** The service name (kebab-case): the folder under specs/ and the package entry `<name>/<service>`. */
  service: string;
  /** Generate only these operationIds and the schemas they reach. */
  operations?: string[];
  /** The client class name (PascalCase). Default: from `info.title`. */
  clientName?: string;
  /** Token scopes, used when the spec declares none (`https://…/.default`). */
  credentialScopes?: string[];
  /** Generate only these api-version folders (`specs/<service>/<api-version>/`). */
  apiVersions?: string[];
}

export interface OagenConfig {
  /** The JSON Schema of the file (editors only). */
  $schema?: string;
  /** Spec files or folders, as paths or globs relative to the config file. Default `["specs"]`. */
  specs?: string[];
  /** The output folder, relative to the config file. Default `"generated"`. */
  out?: string;
  /** The generated package's npm name. Default `"azure-keys"`. */
  name?: string;
  /**
   * The generated package's version: a semver string, or `"bump"` (from the output's CHANGELOG). Absent or
   * `"bump"`: the previous generated package.json's version, else `0.1.0`.
   */
  version?: string;
  /** SPDX license of the generated package. */
  license?: string;
  /** Repository URL of the generated package. */
  repository?: string;
  /** The generated package's description. */
  description?: string;
  /** Settings per service. */
  services?: OagenServiceConfig[];
}

/** Types an `oagen.config.ts`/`.mjs` (returns its argument unchanged). */
export function defineConfig(config: OagenConfig): OagenConfig {
  return config;
}
