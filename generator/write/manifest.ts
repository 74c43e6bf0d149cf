/**
 * `.oagen-manifest.json`: the files oagen owns in the output folder, each with its sha256, and the fingerprint
 * of the inputs that produced them. Only listed files are ever replaced or deleted; anything else found in
 * the folder (a nested node_modules, a user's notes) is carried over untouched. The hashes let `generate`
 * trust an unchanged output without rebuilding it — and notice a hand-edited file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sha256 } from "./fingerprint.js";

export const MANIFEST_FILE = ".oagen-manifest.json";

export interface Manifest {
  generator: "oagen";
  fingerprint: string;
  /** Output path → sha256 of its contents. */
  files: Record<string, string>;
}

export function renderManifest(files: readonly { path: string; contents: string }[], fingerprint: string): string {
  return renderManifestOf(files.map((f) => ({ path: f.path, hash: sha256(f.contents) })), fingerprint);
}

/** The manifest of files known by their sha256 (the pipeline hashes each file as it finishes it). */
export function renderManifestOf(files: readonly { path: string; hash: string }[], fingerprint: string): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { generator: "oagen", fingerprint, files: Object.fromEntries(sorted.map((f) => [f.path, f.hash])) };
  return JSON.stringify(manifest, null, 2) + "\n";
}

export function readManifest(outDir: string): Manifest | undefined {
  try {
    const data = JSON.parse(readFileSync(path.join(outDir, MANIFEST_FILE), "utf8")) as Partial<Manifest>;
    if (data.generator !== "oagen" || typeof data.fingerprint !== "string" || data.files === null || typeof data.files !== "object") return undefined;
    const files = Object.fromEntries(Object.entries(data.files).filter(([f, h]) => typeof h === "string" && !f.split("/").includes("..") && !path.isAbsolute(f)));
    return { generator: "oagen", fingerprint: data.fingerprint, files };
  } catch {
    return undefined;
  }
}

/** Files the manifest lists (plus the manifest itself). */
export function ownedFiles(outDir: string): string[] {
  const manifest = readManifest(outDir);
  return manifest ? [...Object.keys(manifest.files), MANIFEST_FILE] : [];
}

/** True when the output was made from `fingerprint` and every listed file is still exactly as written. */
export function isOutputCurrent(outDir: string, fingerprint: string): boolean {
  const manifest = readManifest(outDir);
  if (!manifest || manifest.fingerprint !== fingerprint) return false;
  return Object.entries(manifest.files).every(([file, hash]) => {
    try {
      return sha256(readFileSync(path.join(outDir, file), "utf8")) === hash;
    } catch {
      return false;
    }
  });
}

/** How many files the output holds by its manifest (the manifest included); undefined without one. */
export function readManifestFileCount(outDir: string): number | undefined {
  const manifest = readManifest(outDir);
  return manifest ? Object.keys(manifest.files).length + 1 : undefined;
}
