/**
 * The oagen package's own folder (the one holding its package.json): `generator/` in this repository, whether oagen
 * runs from its TypeScript sources (tests) or from the compiled `dist/` (the CLI), and `node_modules/oagen/` once
 * installed. Payload files (runtime sources, templates, the config schema) are found from here.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "oagen") return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("internal error: oagen cannot find its own package.json");
    dir = parent;
  }
}

export const PACKAGE_ROOT: string = findPackageRoot();

/** True when this module runs from the compiled `dist/` rather than from the TypeScript sources. */
export const RUNS_COMPILED: boolean = !import.meta.url.endsWith(".ts");

/** The templates folder: the repository's top-level `templates/` from sources, the package's copy once built. */
export const TEMPLATES_DIR: string = RUNS_COMPILED ? path.join(PACKAGE_ROOT, "templates") : path.join(path.dirname(PACKAGE_ROOT), "templates");

/** oagen's version, from its package.json. */
export function oagenVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}
