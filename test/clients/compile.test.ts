/**
 * Compile-time contracts, checked with the real TypeScript compiler: the downstream workspace package
 * (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess; imports only through `azure-keys/...`
 * exports) and the type-level checks in types/ (DefaultAzureCredential accepted, no positional parameters).
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";

const TSC = path.join(REPO_ROOT, "node_modules/typescript/bin/tsc");

async function tsc(project: string): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [TSC, "-p", project], { cwd: REPO_ROOT });
    return "";
  } catch (error) {
    return (error as { stdout?: string }).stdout || String(error);
  }
}

describe("compile-time contracts", () => {
  // Both compilations at once: each is a few seconds of tsc start-up and type loading.
  let downstream: string;
  let types: string;
  beforeAll(async () => {
    [downstream, types] = await Promise.all([tsc("test/downstream"), tsc("test/clients/types")]);
  });

  it("the downstream package compiles with the strictest options", () => {
    const config = JSON.parse(readFileSync(path.join(REPO_ROOT, "test/downstream/tsconfig.json"), "utf8")) as {
      compilerOptions: Record<string, unknown>;
    };
    expect(config.compilerOptions).toMatchObject({
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
    });
    expect(downstream).toBe("");
  });

  it("the downstream package imports azure-keys only through its exports and calls every client", () => {
    const dir = path.join(REPO_ROOT, "test/downstream/src");
    const source = readdirSync(dir)
      .map((file) => readFileSync(path.join(dir, file), "utf8"))
      .join("\n");
    const specifiers = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
    const throughExports = /^azure-keys\/[\w-]+(?:\/(?:validators|mocks))?$/;
    const ownModule = /^\.\/[\w-]+\.js$/;
    expect(specifiers.filter((s) => !throughExports.test(s) && !ownModule.test(s))).toEqual([]);
    for (const client of [
      "PurviewScanningClient",
      "DataFactoryClient",
      "ApiManagementClient",
      "MachineLearningServicesClient",
      "DeviceProvisioningServicesClient",
    ]) {
      expect(source).toContain(`new ${client}(`);
    }
  });

  it("the public API's type-level checks hold (DefaultAzureCredential accepted, named parameters only)", () => {
    expect(types).toBe("");
  });
});
