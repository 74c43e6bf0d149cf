/**
 * `npm run bench`: runs every benchmark in `bench/` (each `*.ts` file but this one), one after another so
 * they do not compete for the CPU. Arguments are passed on: `npm run bench -- --write` adds each table to
 * `bench/RESULTS.md`. `--only scale,generate` runs just those (file names without `.ts`), e.g.
 * `npm run bench -- --only scale --workloads fragments,100 --tools oagen,openapi-typescript --runs 1`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const TSX = path.resolve(BENCH_DIR, "../node_modules/.bin/tsx");

const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? "").split(",").filter(Boolean)) : undefined;
const passed = onlyAt >= 0 ? [...args.slice(0, onlyAt), ...args.slice(onlyAt + 2)] : args;

const benchmarks = readdirSync(BENCH_DIR)
  .filter((file) => file.endsWith(".ts") && file !== path.basename(fileURLToPath(import.meta.url)))
  .filter((file) => !only || only.has(file.replace(/\.ts$/, "")))
  .sort();
if (benchmarks.length === 0) {
  console.error(`no benchmark matches --only ${[...(only ?? [])].join(",")}`);
  process.exit(2);
}
let failed = 0;
for (const file of benchmarks) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(TSX, [path.join(BENCH_DIR, file), ...passed], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
