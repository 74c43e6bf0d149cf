/** Test helpers: run the real pipeline and CLI in-process, and locate the repository. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadAndModel } from "../../generator/core/index.ts";
import type { IrService } from "../../generator/model/ir.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SPEC_FILES = {
  purview: "specs/purview-scanning/2023-09-01/IntegrationRuntimes_ListAuthKeys.yaml",
  datafactory: "specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml",
  apimanagement: "specs/apimanagement/2024-05-01/TenantAccess_ListSecrets.yaml",
  machinelearning: "specs/machinelearningservices/2024-10-01/Workspaces_ListKeys.yaml",
  dps: "specs/deviceprovisioningservices/2018-01-22/IotDpsResource_ListKeys.yaml",
} as const;

/** The IR of every spec under specs/, as `oagen generate` builds it. */
export async function loadAllServices(): Promise<Record<string, IrService>> {
  const { ir } = await loadAndModel({ inputs: ["specs"], cwd: REPO_ROOT });
  return Object.fromEntries(ir.services.map((s) => [s.name, s]));
}

/** Runs `main()` (what the `oagen` bin calls) capturing stdout/stderr. */
export async function runCli(args: string[], cwd = REPO_ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import("../../generator/cli/main.ts");
  let stdout = "";
  let stderr = "";
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(args, cwd);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
