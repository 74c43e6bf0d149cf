/**
 * The benchmark's workloads. `fragments`: the five specs of `specs/` (oagen only: a full rebuild with
 * `--force` and an unchanged run, the output of a first run kept). A number N: a synthetic spec of N
 * operations (bench/synthetic), every selected tool. `--spec FILE`: any one spec file, e.g. the largest
 * upstream Azure file, every selected tool. `upstream`: the largest self-contained upstream file in
 * `../shared/upstream` (Purview scanning, 58 operations; override with OAGEN_BENCH_UPSTREAM=FILE).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeSyntheticSpec, printSyntheticSpec, REPO_ROOT } from "../synthetic/synthetic-spec.js";

export type Workload =
  | { kind: "fragments"; id: "fragments"; label: string; specs: string }
  | { kind: "spec"; id: string; label: string; spec: string; operations?: number };

export const UPSTREAM_SPEC =
  process.env["OAGEN_BENCH_UPSTREAM"] ??
  path.resolve(REPO_ROOT, "../shared/upstream/azure-rest-api-specs/specification/purview/data-plane/Azure.Analytics.Purview.Scanning/stable/2023-09-01/scanningService.json");
export const DEFAULT_WORKLOADS = ["fragments", "100", "1000", "5000"];
const WORK_DIR = path.join(REPO_ROOT, "bench/.work/synthetic");

/** `fragments`, a number of operations, `upstream`, or a spec file path. */
export function resolveWorkload(id: string): Workload {
  if (id === "fragments") return { kind: "fragments", id, label: "the five fragments (specs/)", specs: path.join(REPO_ROOT, "specs") };
  if (/^\d+$/.test(id)) {
    const operations = Number(id);
    return { kind: "spec", id, label: `synthetic, ${operations.toLocaleString("en-US")} operations`, spec: syntheticSpecFile(operations), operations };
  }
  if (id === "upstream") {
    if (!existsSync(UPSTREAM_SPEC)) throw new Error(`workload "upstream": ${UPSTREAM_SPEC} does not exist (set OAGEN_BENCH_UPSTREAM=FILE)`);
    return { kind: "spec", id, label: `upstream ${path.basename(UPSTREAM_SPEC)}`, spec: UPSTREAM_SPEC };
  }
  const spec = path.resolve(id);
  if (!existsSync(spec)) throw new Error(`workload "${id}" is neither "fragments", a number of operations, nor an existing spec file`);
  return { kind: "spec", id: path.basename(spec), label: `spec file ${path.relative(REPO_ROOT, spec)}`, spec };
}

/** The synthetic spec of N operations, (re)written to bench/.work/synthetic/ops-N.yaml. */
export function syntheticSpecFile(operations: number): string {
  const file = path.join(WORK_DIR, `ops-${operations}.yaml`);
  mkdirSync(WORK_DIR, { recursive: true });
  writeFileSync(file, printSyntheticSpec(makeSyntheticSpec({ operations })));
  return file;
}
