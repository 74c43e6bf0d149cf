/**
 * Where oagen keeps caches: `node_modules/.cache/oagen/<kind>/` of the project it runs in (the conventional
 * place), or `$OAGEN_CACHE_DIR/<kind>/`; `OAGEN_NO_CACHE=1` turns every cache off (undefined). A cache is only ever
 * an optimisation: any failure to read or write it means doing the work again.
 */
import path from "node:path";
import { PACKAGE_ROOT as GENERATOR_DIR } from "./package-root.js";

export function cacheDir(kind: string): string | undefined {
  if (process.env["OAGEN_NO_CACHE"] === "1") return undefined;
  if (process.env["OAGEN_CACHE_DIR"]) return path.join(process.env["OAGEN_CACHE_DIR"], kind);
  let dir = GENERATOR_DIR;
  while (path.basename(dir) !== "node_modules" && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const modules = path.basename(dir) === "node_modules" ? dir : path.join(path.dirname(GENERATOR_DIR), "node_modules");
  return path.join(modules, ".cache", "oagen", kind);
}
