/**
 * Bundle size of one generated client and one call: esbuild, minified, for Node and for browsers, with every
 * dependency bundled (what an application ships). Compared with the official Azure SDK packages for these
 * operations, which cost 250–940 KB minified for one call.
 *
 *   npx tsx bench/bundle-size.ts            print the table
 *   npx tsx bench/bundle-size.ts --write    also append it to bench/RESULTS.md under "Bundle size"
 *
 * Needs `npx oagen generate` first (it bundles generated/dist through the package's exports).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { appendRun } from "./support/results.js";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = path.join(ROOT, "bench/RESULTS.md");

const CALL = `{ resourceGroupName: "rg", factoryName: "factory-1", integrationRuntimeName: "ir-1", body: { keyName: "authKey2" } }`;
const OPTIONS = `{ credential: { getToken: async () => null }, subscriptionId: "00000000-0000-0000-0000-000000000000" }`;

const ENTRIES: Record<string, string> = {
  "client method": `
    import { DataFactoryClient } from "azure-keys/datafactory";
    const client = new DataFactoryClient(${OPTIONS});
    export const keys = client.integrationRuntimes.regenerateAuthKey(${CALL});`,
  "standalone function": `
    import { DataFactoryClient, integrationRuntimesRegenerateAuthKey } from "azure-keys/datafactory";
    export const keys = integrationRuntimesRegenerateAuthKey(new DataFactoryClient(${OPTIONS}), ${CALL});`,
};

interface Row {
  entry: string;
  platform: "node" | "browser";
  bytes: number;
  gzip: number;
  /** Bytes of the output that come from azure-keys itself (generated code and its runtime). */
  ours: number;
}

async function measure(entry: string, contents: string, platform: Row["platform"]): Promise<Row> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0]!.contents;
  return {
    entry,
    platform,
    bytes: output.length,
    gzip: gzipSync(output).length,
    ours: bytesFrom(result.metafile, "generated/"),
  };
}

function bytesFrom(metafile: Metafile, prefix: string): number {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output!.inputs)
    .filter(([file]) => file.startsWith(prefix) || file.includes("node_modules/azure-keys/"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, "generated/dist/datafactory/client.js"))) {
    throw new Error("generated/dist has no Data Factory client: run `npx oagen generate` first");
  }
  const rows: Row[] = [];
  for (const [entry, contents] of Object.entries(ENTRIES)) {
    for (const platform of ["node", "browser"] as const) rows.push(await measure(entry, contents, platform));
  }
  const table = [
    "| entry (Data Factory regenerateAuthKey) | platform | minified | gzip | of which azure-keys |",
    "|---|---|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.entry} | ${r.platform} | ${r.bytes} B (${kb(r.bytes)}) | ${r.gzip} B (${kb(r.gzip)}) | ${r.ours} B (${kb(r.ours)}) |`,
    ),
  ].join("\n");
  console.log(table);

  if (process.argv.includes("--write")) {
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const esbuildVersion = JSON.parse(readFileSync(path.join(ROOT, "node_modules/esbuild/package.json"), "utf8"))
      .version as string;
    const section = [
      `### ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, Node ${process.version}, esbuild ${esbuildVersion}`,
      "",
      "One client and one call, everything bundled (`@azure/core-rest-pipeline`, `@azure/core-auth`, `@azure/logger` included),",
      "minified ESM. The official packages for these operations cost 250–940 KB minified for one call.",
      "",
      table,
      "",
    ].join("\n");
    appendRun(RESULTS, "Bundle size", section);
    console.log(`added to ${path.relative(ROOT, RESULTS)}`);
  }
}

await main();
