/** Output trees for the write tests: files with their manifest, and a folder read back as path → text. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TextUnit } from "../../../generator/emit/index.ts";
import { MANIFEST_FILE, renderManifest } from "../../../generator/write/manifest.ts";

/** The files and the manifest a run with `fingerprint` would write for them. */
export function tree(files: Record<string, string>, fingerprint: string): TextUnit[] {
  const units = Object.entries(files).map(([p, contents]) => ({ kind: "text" as const, path: p, contents }));
  return [...units, { kind: "text" as const, path: MANIFEST_FILE, contents: renderManifest(units, fingerprint) }];
}

/** Every file under `dir` (path relative to it, `/`-separated, sorted) with its text; `{}` when there is no folder. */
export function readTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]),
  );
}
