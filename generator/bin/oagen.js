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
const code = await cli.main(process.argv.slice(2));
// Once a command has returned and what it wrote is flushed, nothing is left to do: exit now rather than tear down a
// heap of several hundred MB (a tenth of a second after a large run). Output still queued (a pipe on Windows)
// drains first.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
process.exitCode = code;
