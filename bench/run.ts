/**
 * `npm run bench`: runs every benchmark in `bench/` (each `*.ts` file but this one), one after another so
 * they do not compete for the CPU. Arguments are passed on: `npm run bench -- --write` adds each table to
 * `bench/RESULTS.md`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const TSX = path.resolve(BENCH_DIR, "../node_modules/.bin/tsx");

const benchmarks = readdirSync(BENCH_DIR)
  .filter((file) => file.endsWith(".ts") && file !== path.basename(fileURLToPath(import.meta.url)))
  .sort();
let failed = 0;
for (const file of benchmarks) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(TSX, [path.join(BENCH_DIR, file), ...process.argv.slice(2)], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
