/**
 * Where every generated file of the package lives. Paths are package-relative and `/`-separated.
 *
 * ```
 * src/runtime/<module>.ts                      the shared runtime (only the modules the plan selected)
 * src/package-info.ts                          the package's name and version (user agent, tracing)
 * src/<service>/<api-version>/index.ts         one api-version's entry: models, client, runtime API
 * src/<service>/<api-version>/models.ts        its types
 * src/<service>/<api-version>/validators.ts    its validators
 * src/<service>/<api-version>/client.ts        its client class, options, group interfaces
 * src/<service>/<api-version>/client/<group>.ts  one operation group: parameters types, operation functions
 * src/<service>/<api-version>/redactors.ts     its redact<Name> functions
 * src/<service>/<api-version>/mocks.ts         its mocks
 * src/<service>/{index,validators,mocks}.ts    the service's default api-version, re-exported
 * fixtures/<service>/<api-version>.json        its mock fixtures, by operationId, then by name
 * ```
 * Every api-version has its own folder, so adding one adds a folder and moves nothing; the service entry follows
 * the default version (see `defaultVersions`).
 */
import type { IrOperationGroup, IrService } from "../model/ir.js";

/** The package's `"."` entry. */
export const PACKAGE_INDEX_FILE = "src/index.ts";

export interface ServiceFiles {
  /** `src/<service>/<api-version>` */
  folder: string;
  /** `fixtures/<service>/<api-version>.json` */
  fixtures: string;
  index: string;
  models: string;
  validators: string;
  client: string;
  redactors: string;
  mocks: string;
  /** The file of each operation group, by group property. */
  groups: Map<string, string>;
}

/** The default-version entry files of a service (`src/<service>/…`). */
export interface ServiceEntryFiles {
  index: string;
  validators: string;
  mocks: string;
}

/**
 * The package's name and version (`packageInfo`), in one generated module every client imports: a version bump
 * rewrites this file, not every service's client.
 */
export const PACKAGE_INFO_FILE = "src/package-info.ts";

export function runtimeFile(module: string): string {
  return `src/runtime/${module}.ts`;
}

/** A file- and URL-safe path segment (api-versions are `2024-05-01` or `2024-05-01-preview` in practice). */
export function pathSegment(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^\.+/, "_");
}

export function serviceFiles(service: IrService): ServiceFiles {
  const version = pathSegment(service.apiVersion) || "default";
  const folder = `src/${service.name}/${version}`;
  return {
    folder,
    fixtures: `fixtures/${service.name}/${version}.json`,
    index: `${folder}/index.ts`,
    models: `${folder}/models.ts`,
    validators: `${folder}/validators.ts`,
    client: `${folder}/client.ts`,
    redactors: `${folder}/redactors.ts`,
    mocks: `${folder}/mocks.ts`,
    groups: groupFiles(folder, service.groups),
  };
}

export function serviceEntryFiles(serviceName: string): ServiceEntryFiles {
  return { index: `src/${serviceName}/index.ts`, validators: `src/${serviceName}/validators.ts`, mocks: `src/${serviceName}/mocks.ts` };
}

/**
 * One file per group, named after its property in kebab case. Names are compared case-insensitively (macOS and
 * Windows file systems) and de-duplicated with `-2`, `-3`, … in the IR's group order, so they are deterministic.
 */
function groupFiles(folder: string, groups: readonly IrOperationGroup[]): Map<string, string> {
  const files = new Map<string, string>();
  const taken = new Set<string>();
  for (const group of groups) {
    const base = pathSegment(group.property.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()) || "operations";
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    files.set(group.property, `${folder}/client/${name}.ts`);
  }
  return files;
}

/** The import specifier of `to` as seen from `from` (both package-relative `.ts` paths): `../runtime/send.js`. */
export function importSpecifier(from: string, to: string): string {
  const fromParts = from.split("/").slice(0, -1);
  const toParts = to.replace(/\.ts$/, ".js").split("/");
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join("/");
  return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}
