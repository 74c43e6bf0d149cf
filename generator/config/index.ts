/** The config file: `oagen.config.json` / `.ts` / `.mjs` (see define-config.ts and oagen.config.schema.json). */
export { defineConfig, type OagenConfig, type OagenServiceConfig } from "./define-config.js";
export { CONFIG_FILE_NAMES, findConfigFile, readConfig, type LoadedConfig } from "./read-config.js";
export { resolvePipelineConfig, type CliSettings } from "./resolve-config.js";
export { validateConfig, CONFIG_SCHEMA_FILE } from "./validate-config.js";
export { BUMP, previousVersion, resolvePackageVersion } from "./package-version.js";
export { writeStarterFiles, type StarterResult } from "./init-files.js";
