/**
 * The generators under test and how each is run on one spec, as a user runs it (a whole CLI process):
 * - oagen: `oagen generate SPEC --out DIR --force --timings --quiet` (project Node; full output: clients,
 *   validators, mocks, fixtures, `.js` + `.d.ts`), with fresh spec caches per run, as on a spec's first run (V8's
 *   code cache of oagen's dependencies warm: see oagenCommand);
 * - openapi-typescript 7 (types only), project Node;
 * - @hey-api/openapi-ts 0.99: fetch client, sdk, zod, faker and msw plugins, Node 22;
 * - orval 8: fetch client with msw mocks (tags-split), plus zod schemas, Node 22.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "../synthetic/synthetic-spec.js";
import type { ProcessSpec } from "./measure-process.js";
import { node22, peerBin, peerVersion } from "./peers.js";

export type ToolName = "oagen" | "openapi-typescript" | "hey-api" | "orval";
export const TOOL_NAMES: readonly ToolName[] = ["oagen", "openapi-typescript", "hey-api", "orval"];

export interface Tool {
  name: ToolName;
  /** What it generates, for the results table. */
  description: string;
  isPeer: boolean;
  version(): string;
  /** The command that generates `spec` into `outDir`; `workDir` is a scratch folder of this run. */
  command(spec: string, outDir: string, workDir: string): ProcessSpec;
  /** Which output folders hold sources (`.ts`, not `.d.ts`) to count; relative to outDir. */
  excludeFromSources: readonly string[];
}

const OAGEN_BIN = path.join(REPO_ROOT, "generator/bin/oagen.js");

export const TOOLS: Record<ToolName, Tool> = {
  oagen: {
    name: "oagen",
    description: "clients, validators, mocks, fixtures, .js + .d.ts",
    isPeer: false,
    version: () => `${process.version}`,
    command: (spec, outDir, workDir) => oagenCommand([spec, "--out", outDir, "--force"], workDir),
    excludeFromSources: ["dist"],
  },
  "openapi-typescript": {
    name: "openapi-typescript",
    description: "types only",
    isPeer: true,
    version: () => peerVersion("openapi-typescript"),
    command: (spec, outDir) => ({ command: process.execPath, args: [peerBin("openapi-typescript", "openapi-typescript"), spec, "--output", path.join(outDir, "schema.ts")], cwd: REPO_ROOT }),
    excludeFromSources: [],
  },
  "hey-api": {
    name: "hey-api",
    description: "fetch client + sdk + zod + faker + msw",
    isPeer: true,
    version: () => peerVersion("@hey-api/openapi-ts"),
    command: (spec, outDir, workDir) => ({
      command: node22(),
      args: [peerBin("@hey-api/openapi-ts", "openapi-ts"), "-i", spec, "-o", outDir, "-c", "@hey-api/client-fetch", "-p", "@hey-api/typescript", "@hey-api/sdk", "zod", "@faker-js/faker", "msw", "--no-log-file", "--silent"],
      cwd: workDir,
    }),
    excludeFromSources: [],
  },
  orval: {
    name: "orval",
    description: "fetch client + msw mocks + zod",
    isPeer: true,
    version: () => peerVersion("orval"),
    command: (spec, outDir, workDir) => {
      const config = path.join(workDir, "orval.config.mjs");
      const target = (name: string, output: Record<string, unknown>) => ({ input: { target: spec }, output: { mode: "tags-split", prettier: false, ...output, target: path.join(outDir, name) } });
      const options = {
        api: target("api/api.ts", { client: "fetch", mock: { generators: [{ type: "msw" }] } }),
        zod: target("zod/zod.ts", { client: "zod" }),
      };
      mkdirSync(workDir, { recursive: true });
      writeFileSync(config, `export default ${JSON.stringify(options, null, 2)};\n`);
      return { command: node22(), args: [peerBin("orval", "orval"), "--config", config], cwd: workDir };
    },
    excludeFromSources: [],
  },
};

/**
 * `oagen generate ARGS --timings --quiet` with its caches in `workDir`: the spec's caches (validation, ReDoS
 * verdicts, compiled files) cold unless the folder is reused; V8's code cache of oagen's dependencies
 * (util/code-cache.ts) warm, since it belongs to the installation, not to a spec: every run after the first in a
 * project has it.
 */
export function oagenCommand(args: string[], cacheDir: string): ProcessSpec {
  const dir = path.join(cacheDir, "oagen-cache");
  if (!existsSync(path.join(dir, "v8-code"))) cpSync(installationCodeCache(), path.join(dir, "v8-code"), { recursive: true });
  return { command: process.execPath, args: [OAGEN_BIN, "generate", ...args, "--timings", "--quiet"], cwd: REPO_ROOT, env: { OAGEN_CACHE_DIR: dir } };
}

let codeCache: string | undefined;
/** The code cache of the large dependencies oagen loads, filled once per benchmark run. */
function installationCodeCache(): string {
  if (codeCache) return codeCache;
  const root = path.join(REPO_ROOT, "bench/.work/code-cache");
  const load = `const { installCodeCache } = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "generator/dist/util/code-cache.js")).href)});
installCodeCache();
const { createRequire } = await import("node:module");
const require = createRequire(${JSON.stringify(path.join(REPO_ROOT, "generator/package.json"))});
require("ts-morph");
require("recheck");`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", load], { env: { ...process.env, OAGEN_CACHE_DIR: root }, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`filling the code cache failed: ${child.stderr}`);
  return (codeCache = path.join(root, "v8-code"));
}

/** Stage times printed by `--timings` ("load   806 ms"). */
export function parseTimings(stderr: string): Record<string, number> {
  return Object.fromEntries([...stderr.matchAll(/^(\w[\w-]*)\s+(\d+(?:\.\d+)?) ms$/gm)].map((m) => [m[1]!, Number(m[2])]));
}
