/**
 * model: loaded specs → the IR document. Specs are grouped into services by name; services are sorted.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import { buildService } from "./build-service.js";
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
    .map((input) => {
      const built = buildService(input.name, input.specs, input);
      warnings.push(...built.warnings);
      return { ...built.service, package: { ...pkg } };
    });
  return { ir: { irVersion: IR_VERSION, services }, warnings };
}
