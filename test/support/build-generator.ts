/**
 * vitest global setup: the tests run the real `oagen` bin, which loads the compiled generator, so build it first
 * (a no-op taking a fraction of a second when dist/ is current; `npm test` and `npm run generate` do the same).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  execFileSync(process.execPath, [path.join(root, "generator/scripts/build.mjs"), "--quiet"], { stdio: "inherit" });
}
