/**
 * What a generator wrote: lines of `.ts` sources (not `.d.ts`), per tool and, for oagen, per artifact; and
 * whether a mock fixture is stored more than once (issue 9: "no fixture is stored twice").
 *
 * Fixtures are stored under `fixtures/`: one JSON file per api-version, its operations' fixtures by name (earlier
 * oagen versions wrote one file per operation, and before that one per fixture; all three are read). A fixture's body's distinctive strings
 * (leaves of 8+ characters) are looked up among the string literals of the mocks modules (`mocks.ts`, `mocks.js`,
 * `mocks.d.ts`: the code that serves fixtures, where they would be inlined): when every one of them is there, the
 * fixture's data is also inlined in that kind of file (`.ts` sources, `.js`, `.d.ts`). Other code is not searched:
 * its literals are the spec's constants (an enum value `authKey1` is in the models, the validators and a sample
 * body alike) and the shared runtime's (the error code `InvalidParameter`), not stored fixtures. Identical
 * fixtures (equal JSON) are counted too.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export interface SourceVolume {
  files: number;
  lines: number;
  /** Lines by artifact (see artifactOf). */
  byArtifact: Record<string, number>;
}

export interface FixtureDuplicates {
  /** Fixtures (a file holds one operation's fixtures). */
  fixtures: number;
  /** Fixtures with at least one distinctive string (the others cannot be traced). */
  traceable: number;
  /** Traceable fixtures whose data is also inlined in: */
  inlinedIn: { ts: number; js: number; dts: number };
  /** Fixture files. */
  files: number;
  /** Fixtures whose JSON equals an earlier fixture's. */
  identical: number;
}

function listFiles(dir: string, exclude: readonly string[] = [], prefix = ""): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === "node_modules" || exclude.includes(rel)) continue;
    if (entry.isDirectory()) out.push(...listFiles(dir, exclude, rel));
    else out.push(rel);
  }
  return out;
}

const countLines = (text: string) => (text.length === 0 ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0));

/** `src/<service>/[<api-version>/]<artifact>(.ts|/…)` → artifact; other folders by their first segment. */
function artifactOf(rel: string): string {
  const parts = rel.split("/");
  if (parts[0] === "src" && parts.length >= 3) {
    if (parts[1] === "runtime") return "runtime";
    const rest = parts.slice(2);
    while (rest.length > 1 && /^\d{4}-\d{2}-\d{2}/.test(rest[0]!)) rest.shift();
    return rest[0]!.replace(/\.ts$/, "");
  }
  return parts.length > 1 ? parts[0]! : "(top level)";
}

export function measureSources(outDir: string, exclude: readonly string[]): SourceVolume {
  const files = listFiles(outDir, exclude).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  const byArtifact: Record<string, number> = {};
  let lines = 0;
  for (const file of files) {
    const n = countLines(readFileSync(path.join(outDir, file), "utf8"));
    lines += n;
    const artifact = artifactOf(file);
    byArtifact[artifact] = (byArtifact[artifact] ?? 0) + n;
  }
  return { files: files.length, lines, byArtifact };
}

function stringLiterals(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g)) {
    const raw = m[1] ?? m[2] ?? "";
    if (raw.length < 8) continue;
    if (!raw.includes("\\")) into.add(raw);
    else {
      try {
        into.add(JSON.parse(`"${raw.replace(/\\'/g, "'")}"`) as string);
      } catch {
        into.add(raw);
      }
    }
  }
}

function distinctiveStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.length >= 8) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => distinctiveStrings(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => distinctiveStrings(v, out));
  return out;
}

/**
 * The fixtures a file under `fixtures/` holds: an api-version's operations, each an object of its fixtures by name
 * (oagen's layout), or the older layouts, one operation's fixtures by name or one fixture per file.
 */
function fixturesIn(data: unknown, depth = 0): unknown[] {
  const isFixture = (value: unknown) => value !== null && typeof value === "object" && typeof (value as { status?: unknown }).status === "number";
  if (isFixture(data)) return [data];
  if (depth < 2 && data !== null && typeof data === "object" && !Array.isArray(data)) return Object.values(data).flatMap((value) => fixturesIn(value, depth + 1));
  return [];
}

/** A mocks module (`src/<service>/…/mocks.ts`, its `.js` and `.d.ts`), outside the shared runtime. */
const isMocksModule = (file: string) => !/^(?:src|dist)\/runtime\//.test(file) && /(?:^|\/)mocks\.(?:ts|js|d\.ts)$/.test(file);

export function findDuplicateFixtures(outDir: string): FixtureDuplicates {
  const all = listFiles(outDir);
  const fixtureFiles = all.filter((f) => f.startsWith("fixtures/") && f.endsWith(".json"));
  const literals = { ts: new Set<string>(), js: new Set<string>(), dts: new Set<string>() };
  for (const file of all) {
    const kind = file.endsWith(".d.ts") ? "dts" : file.endsWith(".ts") ? "ts" : file.endsWith(".js") ? "js" : undefined;
    if (kind && isMocksModule(file)) stringLiterals(readFileSync(path.join(outDir, file), "utf8"), literals[kind]);
  }
  const seen = new Set<string>();
  const result: FixtureDuplicates = { fixtures: 0, files: fixtureFiles.length, traceable: 0, inlinedIn: { ts: 0, js: 0, dts: 0 }, identical: 0 };
  for (const file of fixtureFiles) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(outDir, file), "utf8"));
    } catch {
      continue;
    }
    for (const fixture of fixturesIn(data)) {
      result.fixtures++;
      const hash = createHash("sha256").update(JSON.stringify(fixture)).digest("hex");
      if (seen.has(hash)) result.identical++;
      seen.add(hash);
      const record = fixture as { body?: unknown };
      const strings = distinctiveStrings("body" in record ? record.body : fixture);
      if (strings.length === 0) continue;
      result.traceable++;
      for (const kind of ["ts", "js", "dts"] as const) if (strings.every((s) => literals[kind].has(s))) result.inlinedIn[kind]++;
    }
  }
  return result;
}
