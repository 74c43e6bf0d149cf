// Builds the oagen package: tsc compiles the sources to dist/ (JavaScript and declarations); the payload the
// generator copies into its output ships beside it (runtime/*.ts in dist/runtime-sources/, emit/platform-globals.d.ts), the
// repository's templates/ is copied into the package, and dist/build-info.json records the hash of the sources
// (the output manifest's fingerprint reads it, so a compiled oagen and the sources agree on "up to date").
// Incremental: a build with nothing changed only compares hashes.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, "dist");
const repoTemplates = path.join(path.dirname(root), "templates");
const quiet = process.argv.includes("--quiet");

// Inside the repository the templates live at its top level; in an unpacked tarball they are already here.
if (existsSync(repoTemplates)) {
  rmSync(path.join(root, "templates"), { recursive: true, force: true });
  cpSync(repoTemplates, path.join(root, "templates"), { recursive: true });
}

const buildInfo = path.join(dist, "build-info.json");
const { hashSources } = await importIfBuilt();
const current = hashSources ? hashSources(root, path.join(root, "templates")) : undefined;
if (current && existsSync(buildInfo) && JSON.parse(readFileSync(buildInfo, "utf8")).sourceHash === current && !process.argv.includes("--force")) {
  if (!quiet) process.stdout.write("oagen: dist/ is up to date\n");
  process.exit(0);
}

const tsc = createRequire(path.join(root, "package.json")).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });

// The runtime sources the generator copies into its output, apart from the compiled runtime (dist/runtime/), so
// no TypeScript resolution of oagen's own declarations ever meets a .ts file.
rmSync(path.join(dist, "runtime-sources"), { recursive: true, force: true });
mkdirSync(path.join(dist, "runtime-sources"), { recursive: true });
for (const file of readdirSync(path.join(root, "runtime")).filter((f) => f.endsWith(".ts"))) cpSync(path.join(root, "runtime", file), path.join(dist, "runtime-sources", file));
cpSync(path.join(root, "emit/platform-globals.d.ts"), path.join(dist, "emit/platform-globals.d.ts"));
cpSync(path.join(root, "config/oagen.config.schema.json"), path.join(dist, "config/oagen.config.schema.json"));

const fresh = await import(`../dist/write/fingerprint.js?${Date.now()}`);
writeFileSync(buildInfo, JSON.stringify({ sourceHash: fresh.hashSources(root, path.join(root, "templates")) }, null, 2) + "\n");
if (!quiet) process.stdout.write("oagen: built dist/\n");

async function importIfBuilt() {
  try {
    return await import("../dist/write/fingerprint.js");
  } catch {
    return {};
  }
}
