/**
 * The generated package's version as the config gives it. A semver string is used as it is. `"bump"` (or no
 * version) lets the release stage decide: the previous output's version moved by the semver step of what changed,
 * recorded in CHANGELOG.md (`release/version.ts`). `resolvePackageVersion` is the starting value before that
 * step: the previous output's package.json version, else 0.1.0.
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
