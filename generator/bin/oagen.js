#!/usr/bin/env node
// The oagen CLI: runs the compiled generator in dist/ (built by `npm run build`, and by `prepare` on install and pack).
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("oagen: the generator is not built (dist/ is missing). In the oagen repository run `npm run build -w oagen`.\n");
  process.exit(3);
}
// V8's code cache for the large dependencies (TypeScript inside ts-morph): installed before they are imported.
const { installCodeCache } = await import(new URL("../dist/util/code-cache.js", import.meta.url).href);
installCodeCache();
const cli = await import(main.href);
process.exitCode = await cli.main(process.argv.slice(2));
