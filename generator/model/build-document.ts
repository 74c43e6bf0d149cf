/**
 * model: loaded specs → the IR document. Specs are grouped into services by name, and a service's specs by their
 * api-version (`info.version`): each api-version is an IrService of its own (same `name`), so several versions of
 * one service sit side by side. Services are sorted by name, then api-version.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import { apiVersionOf, buildService } from "./build-service.js";
import { IR_VERSION, type IrDocument, type IrPackage } from "./ir.js";

import { DEFAULT_PACKAGE } from "./default-package.js";

export { DEFAULT_PACKAGE };

export interface ServiceSettings {
  /** Client class name (`--client-name`); default: from `info.title`. */
  clientName?: string;
  /** Token scopes (`--credential-scopes`), used when the spec declares none. */
  credentialScopes?: string[];
}

export interface ServiceInput extends ServiceSettings {
  /** Kebab-case service name (`datafactory`). */
  name: string;
  specs: LoadedSpec[];
}

export function buildIr(inputs: ServiceInput[], pkg: IrPackage = DEFAULT_PACKAGE): { ir: IrDocument; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const services = [...inputs]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((input) =>
      splitByApiVersion(input.specs).map((specs) => {
        const built = buildService(input.name, specs, input);
        warnings.push(...built.warnings);
        return { ...built.service, package: { ...pkg } };
      }),
    );
  return { ir: { irVersion: IR_VERSION, services }, warnings };
}

/** The specs of one service grouped by `info.version`, in api-version order (files without one join the first). */
function splitByApiVersion(specs: readonly LoadedSpec[]): LoadedSpec[][] {
  const groups = new Map<string, LoadedSpec[]>();
  for (const spec of specs) {
    const version = apiVersionOf(spec) ?? "";
    groups.set(version, [...(groups.get(version) ?? []), spec]);
  }
  const unversioned = groups.get("");
  groups.delete("");
  const ordered = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, list]) => list);
  if (unversioned) {
    if (ordered.length === 0) ordered.push(unversioned);
    else ordered[0] = [...ordered[0]!, ...unversioned];
  }
  return ordered;
}
