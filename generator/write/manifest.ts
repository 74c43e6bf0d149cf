/**
 * `.oagen-manifest.json`: the files oagen owns in the output folder. Only these are ever replaced or deleted;
 * anything else found there (a nested node_modules, a user's notes) is carried over untouched.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const MANIFEST_FILE = ".oagen-manifest.json";

export interface Manifest {
  generator: "oagen";
  files: string[];
}

export function renderManifest(files: string[]): string {
  const manifest: Manifest = { generator: "oagen", files: [...files, MANIFEST_FILE].sort() };
  return JSON.stringify(manifest, null, 2) + "\n";
}

/** Files listed by the manifest in `outDir`, or undefined when there is none (or it is not oagen's). */
export function readManifest(outDir: string): string[] | undefined {
  try {
    const data = JSON.parse(readFileSync(path.join(outDir, MANIFEST_FILE), "utf8")) as Partial<Manifest>;
    if (data.generator !== "oagen" || !Array.isArray(data.files)) return undefined;
    return data.files.filter((f): f is string => typeof f === "string" && !f.split("/").includes(".."));
  } catch {
    return undefined;
  }
}
