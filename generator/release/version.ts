/**
 * The generated package's version. `resolveVersion` is the one place it is decided:
 * - `configured` is a semver string (the config file's `version`): that version, as given;
 * - `configured` is `"bump"` or absent: the previous version (the output's package.json) moved by `bump`;
 * - nothing previous: `DEFAULT_VERSION`.
 *
 * Semver for 0.x (npm's caret ranges treat `^0.y.z` as `<0.(y+1).0`): a breaking change bumps the minor
 * (0.3.1 → 0.4.0), an addition or fix the patch (0.3.1 → 0.3.2). From 1.0.0 on: major, minor, patch as usual.
 * Pre-release and build suffixes are dropped when bumping.
 */
import type { SemverBump } from "../diff/types.js";

export const DEFAULT_VERSION = "0.1.0";

export interface VersionInput {
  /** A semver string, or "bump" (take the previous version and bump it). */
  configured?: string;
  /** The previous generated package's version. */
  previous?: string;
  bump: SemverBump;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function isSemver(version: string): boolean {
  return SEMVER.test(version);
}

export function resolveVersion(input: VersionInput): string {
  if (input.configured !== undefined && input.configured !== "bump") {
    if (!isSemver(input.configured)) throw new Error(`version must be a semver string (1.2.3) or "bump", not "${input.configured}"`);
    return input.configured;
  }
  if (input.previous === undefined || !isSemver(input.previous)) return DEFAULT_VERSION;
  return bumpVersion(input.previous, input.bump);
}

export function bumpVersion(version: string, bump: SemverBump): string {
  const m = SEMVER.exec(version);
  if (!m) throw new Error(`not a semver version: "${version}"`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === "none") return version;
  if (major === 0) return bump === "major" ? `0.${minor + 1}.0` : `0.${minor}.${patch + 1}`;
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
