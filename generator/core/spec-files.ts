/**
 * Which spec files a configuration reads, and the part of its settings that decides the output besides them —
 * both asked on the CLI's fast path (is the output up to date?), so nothing heavy is imported here.
 */
import { SpecError } from "../diagnostics/index.js";
import { discoverSpecFiles, type SpecFileRef } from "./discover.js";
import type { PipelineConfig } from "./pipeline.js";
import { isWantedApiVersion } from "./service-settings.js";

/** The spec files of a configuration: discovered in its inputs, kept by its filter and api-version choice. */
export function specRefsOf(config: Omit<PipelineConfig, "outDir">): SpecFileRef[] {
  const refs = discoverSpecFiles(config.inputs, config.cwd, config.service).filter((r) => (config.specFilter?.(r.absolutePath) ?? true) && isWantedApiVersion(config, r.service, r.absolutePath));
  if (refs.length === 0) {
    throw new SpecError([{ severity: "error", code: "no-specs", file: config.inputs.join(", "), pointer: "", message: "No spec file matches the configured specs and api-versions.", hint: "Check `specs` (paths or globs relative to the config file) and each service's `apiVersions`." }]);
  }
  return refs;
}

/**
 * What besides the spec files and oagen itself decides the output: the package metadata and the settings. Part
 * of the fingerprint, so changing the config rebuilds.
 */
export function settingsKey(config: Omit<PipelineConfig, "outDir">): string {
  const { package: pkg, version, services, operations, clientName, credentialScopes, specRoot, service } = config;
  // The version as configured ("bump" or a semver), not the one derived from the previous output: that one moves
  // with every release, and would make the next run (and `oagen check`) see a settings change that is not there.
  const { version: _derived, ...identity } = pkg ?? { version: "" };
  return JSON.stringify({ pkg: pkg ? identity : null, version: version ?? null, services: services ?? null, operations: operations ?? null, clientName: clientName ?? null, credentialScopes: credentialScopes ?? null, specRoot: specRoot ?? null, service: service ?? null });
}

