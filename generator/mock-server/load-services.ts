/**
 * The service descriptions `oagen mock` serves, taken from the built `azure-keys` package: every
 * `./<service>/mocks` entry of its package.json `exports` is imported and its `serviceDescription` used. The
 * server therefore answers from exactly the fixtures and generated validators a package user gets.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { MockServiceDescription } from "../runtime/mock-types.js";

export class MockPackageError extends Error {}

export async function loadServiceDescriptions(packageDir: string): Promise<MockServiceDescription[]> {
  const manifestPath = path.join(packageDir, "package.json");
  if (!existsSync(manifestPath)) {
    throw new MockPackageError(`${manifestPath} does not exist; run \`oagen generate\` first (or pass --out DIR)`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { exports?: Record<string, unknown> };
  const entries = Object.entries(manifest.exports ?? {})
    .filter(([key]) => /^\.\/[^/]+\/mocks$/.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) throw new MockPackageError(`${manifestPath} exports no ./<service>/mocks entry`);
  const descriptions: MockServiceDescription[] = [];
  for (const [key, target] of entries) {
    const file = path.resolve(packageDir, importTarget(key, target));
    if (!existsSync(file)) throw new MockPackageError(`${file} (export "${key}") does not exist; build the package first`);
    const module = (await import(pathToFileURL(file).href)) as { serviceDescription?: MockServiceDescription };
    if (!module.serviceDescription) throw new MockPackageError(`${file} has no serviceDescription export`);
    descriptions.push(module.serviceDescription);
  }
  return descriptions;
}

/** The file an `exports` entry resolves to for `import` (a string, or the `import`/`default` condition). */
function importTarget(key: string, target: unknown): string {
  if (typeof target === "string") return target;
  if (target !== null && typeof target === "object") {
    const conditions = target as Record<string, unknown>;
    for (const condition of ["import", "default"]) {
      if (typeof conditions[condition] === "string") return conditions[condition];
    }
  }
  throw new MockPackageError(`export "${key}" has no import target`);
}
