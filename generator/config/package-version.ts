/**
 * The generated package's version. A semver string in the config is used as it is. `"bump"` or no version keeps
 * the version of the previous output's package.json (so regenerating never changes it by itself), else 0.1.0.
 * (`"bump"` will compute the next version from the output's CHANGELOG once that lands; until then it keeps it.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_PACKAGE } from "../model/default-package.js";

export const BUMP = "bump";

export function resolvePackageVersion(requested: string | undefined, outDir: string): string {
  if (requested !== undefined && requested !== BUMP) return requested;
  return previousVersion(outDir) ?? DEFAULT_PACKAGE.version;
}

/** The version in `<outDir>/package.json`, if there is one and it is a version. */
export function previousVersion(outDir: string): string | undefined {
  try {
    const version = (JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { version?: unknown }).version;
    return typeof version === "string" && /^\d+\.\d+\.\d+/.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}
