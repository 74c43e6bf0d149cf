/**
 * release: what `generate` adds on top of the package — the version and the changelog. The previous state is read
 * from the previous output only (its package.json version, CHANGELOG.md and IR snapshots), so `generate` and
 * `check` are pure functions of (specs, previous output), and regenerating an unchanged spec is a fixed point.
 *
 * The bump is the package's, not one api-version's: a change to an existing api-version counts as its diff says; a
 * new api-version that becomes a service's default counts as the diff from the previous default (that is what
 * `azure-keys/<service>` importers get); a new non-default api-version or a new service is an addition (minor); a
 * removed api-version is breaking (major). An output without snapshots (new, or from before them) starts history.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { combinedBump, diffServices } from "../diff/index.js";
import type { Change, SemverBump } from "../diff/types.js";
import type { IrService } from "../model/ir.js";
import { markdownCell } from "../emit/escape/index.js";
import { defaultVersions, pathSegment } from "../plan/index.js";
import { CHANGELOG_FILE, prependRelease, renderRelease, type ReleaseSection } from "./changelog.js";
import { readSnapshots, renderSnapshot, snapshotPath } from "./snapshot.js";
import { resolveVersion } from "./version.js";

export interface ReleaseInput {
  services: readonly IrService[];
  /** The previous output (normally `--out` itself). */
  previousDir: string;
  /** A configured version: a semver string, or "bump" (the default). */
  configuredVersion?: string;
}

export interface ReleasePlan {
  version: string;
  previousVersion?: string;
  bump: SemverBump;
  sections: (ReleaseSection & { bump: SemverBump })[];
  /** CHANGELOG.md and one IR snapshot per api-version. */
  files: { path: string; contents: string }[];
}

export function planRelease(input: ReleaseInput): ReleasePlan {
  const previousVersion = readPackageVersion(input.previousDir);
  const previousChangelog = readText(path.join(input.previousDir, CHANGELOG_FILE));
  const snapshots = readSnapshots(input.previousDir);
  const sections = snapshots === undefined ? [] : releaseSections(snapshots, input.services);
  const bump = combinedBump(sections.map((s) => ({ bump: s.bump })));
  const version = resolveVersion({ ...(input.configuredVersion !== undefined ? { configured: input.configuredVersion } : {}), ...(previousVersion !== undefined ? { previous: previousVersion } : {}), bump });
  const changelog =
    sections.length > 0
      ? prependRelease(previousChangelog, renderRelease(version, bump, sections, previousVersion))
      : (previousChangelog ?? prependRelease(undefined, renderFirstRelease(version, input.services)));
  const files = [{ path: CHANGELOG_FILE, contents: changelog }, ...input.services.map((s) => ({ path: snapshotPath(s), contents: renderSnapshot(s) }))];
  return { version, ...(previousVersion !== undefined ? { previousVersion } : {}), bump, sections, files };
}

interface Section extends ReleaseSection {
  bump: SemverBump;
}

/** One section per api-version that is new, changed or gone, in (service, api-version) order. */
export function releaseSections(previous: readonly IrService[], current: readonly IrService[]): Section[] {
  const key = (s: IrService) => `${s.name}\0${s.apiVersion}`;
  const before = new Map(previous.map((s) => [key(s), s]));
  const after = new Map(current.map((s) => [key(s), s]));
  const oldDefaults = defaultVersions(previous);
  const newDefaults = defaultVersions(current);
  const sections: Section[] = [];
  for (const s of current) {
    const old = before.get(key(s));
    if (old) {
      const changes = renderSnapshot(old) === renderSnapshot(s) ? [] : diffServices(old, s);
      if (changes.length > 0) sections.push({ service: s.name, apiVersion: s.apiVersion, changes, bump: combinedBump(changes) });
      continue;
    }
    const base = oldDefaults.get(s.name);
    if (!base) {
      sections.push({ service: s.name, apiVersion: s.apiVersion, note: `New service, imported as \`azure-keys/${s.name}\`.`, changes: [], bump: "minor" });
      continue;
    }
    const changes = diffServices(base, s);
    const isDefault = newDefaults.get(s.name) === s;
    sections.push({
      service: s.name,
      apiVersion: s.apiVersion,
      comparedWith: base.apiVersion,
      note: isDefault
        ? `New api-version; \`azure-keys/${s.name}\` now follows it (it followed ${markdownCell(base.apiVersion)}, still importable at \`azure-keys/${s.name}/${pathSegment(base.apiVersion)}\`).`
        : `New api-version, importable at \`azure-keys/${s.name}/${pathSegment(s.apiVersion)}\`; \`azure-keys/${s.name}\` still follows ${markdownCell(newDefaults.get(s.name)?.apiVersion ?? base.apiVersion)}, so only the addition counts for the package version.`,
      changes,
      bump: isDefault ? maxBump(combinedBump(changes), "minor") : "minor",
    });
  }
  for (const old of previous) {
    if (after.has(key(old))) continue;
    sections.push({ service: old.name, apiVersion: old.apiVersion, note: `api-version removed: \`azure-keys/${old.name}/${pathSegment(old.apiVersion)}\` is gone.`, changes: [], bump: "major" });
  }
  return sections.sort((a, b) => (a.service !== b.service ? (a.service < b.service ? -1 : 1) : a.apiVersion < b.apiVersion ? -1 : a.apiVersion > b.apiVersion ? 1 : 0));
}

/** What the CLI prints after a run: one line per api-version that changed, and the version step (empty when none). */
export function describeRelease(release: ReleasePlan): string {
  const lines = release.sections.map((s) => {
    const breaking = s.changes.filter((c) => c.severity === "breaking").length;
    const what = s.note && s.changes.length === 0 ? s.note : `${breaking} breaking, ${s.changes.length - breaking} non-breaking change${s.changes.length - breaking === 1 ? "" : "s"}`;
    return `  ${s.service} ${s.apiVersion}: ${what} (${s.bump})`;
  });
  if (release.previousVersion !== undefined && release.previousVersion !== release.version) lines.push(`  version ${release.previousVersion} → ${release.version} (${release.bump}); the changes are in ${CHANGELOG_FILE}`);
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

function renderFirstRelease(version: string, services: readonly IrService[]): string {
  const lines = [`## ${version}`, "", "First generated release:", "", ...services.map((s) => `- ${s.name} ${markdownCell(s.apiVersion)}`), ""];
  return lines.join("\n");
}

function maxBump(a: SemverBump, b: SemverBump): SemverBump {
  return combinedBump([{ bump: a }, { bump: b }]);
}

function readPackageVersion(dir: string): string | undefined {
  const text = readText(path.join(dir, "package.json"));
  if (text === undefined) return undefined;
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

export type { Change };
export { resolveVersion, bumpVersion, DEFAULT_VERSION } from "./version.js";
export { CHANGELOG_FILE } from "./changelog.js";
export { SNAPSHOT_DIR } from "./snapshot.js";
