/**
 * The downstream proof: a sample written against the old version of each pair (support/downstream-sample.ts:
 * every operation called with every parameter, every result property read into the old type, closed enums switched
 * over) is compiled with tsc --strict against the old package and against the new one. For every pair it either
 * still compiles against the new version, or `oagen diff` reported a breaking change. All packages are one
 * generated package (one service per side) and one tsc run, so the proof costs one compilation.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAndModel } from "../../generator/core/index.ts";
import { diffDocuments } from "../../generator/diff/index.ts";
import { emitPackage } from "../../generator/emit/index.ts";
import { printUnits } from "../../generator/emit/print.ts";
import { formatUnits } from "../../generator/format/prettier.ts";
import type { IrService } from "../../generator/model/ir.ts";
import { planPackage, serviceFiles } from "../../generator/plan/index.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { DATAFACTORY_SPEC, datafactoryNextVersion } from "./support/datafactory.ts";
import { renderDownstreamSample } from "./support/downstream-sample.ts";

const PAIRS_DIR = path.join(REPO_ROOT, "test/specs/versions");
const CASES = readdirSync(path.join(PAIRS_DIR, "cases")).map((f) => f.replace(/\.yaml$/, "")).sort();
const DATAFACTORY = DATAFACTORY_SPEC;

// Inside the repository so the generated code resolves @azure/* from its node_modules.
mkdirSync(path.join(REPO_ROOT, "node_modules/.cache"), { recursive: true });
const tmp = mkdtempSync(path.join(REPO_ROOT, "node_modules/.cache/oagen-downstream-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let errorsByFile: Map<string, string[]>;
let services: Map<string, IrService>;

beforeAll(async () => {
  const specs = path.join(tmp, "specs");
  const put = (service: string, file: string) => {
    mkdirSync(path.join(specs, service, "v"), { recursive: true });
    copyFileSync(file, path.join(specs, service, "v", "spec.yaml"));
  };
  put("base", path.join(PAIRS_DIR, "base.yaml"));
  for (const name of CASES) put(name, path.join(PAIRS_DIR, "cases", `${name}.yaml`));
  put("df-old", DATAFACTORY);
  mkdirSync(path.join(specs, "df-new", "v"), { recursive: true });
  writeFileSync(path.join(specs, "df-new", "v", "spec.yaml"), datafactoryNextVersion("2019-06-01"));

  const { ir } = await loadAndModel({ inputs: ["specs"], cwd: tmp });
  services = new Map(ir.services.map((s) => [s.name, s]));
  const out = path.join(tmp, "out");
  for (const unit of await formatUnits(printUnits(emitPackage(ir, planPackage(ir))))) {
    if (!unit.path.startsWith("src/") && !unit.path.endsWith(".d.ts")) continue;
    mkdirSync(path.dirname(path.join(out, unit.path)), { recursive: true });
    writeFileSync(path.join(out, unit.path), unit.contents);
  }
  const entry = (name: string) => `../out/${serviceFiles(services.get(name)!).index.replace(/\.ts$/, ".js")}`;
  mkdirSync(path.join(tmp, "samples"));
  const sample = (oldName: string, newName: string, file: string) => writeFileSync(path.join(tmp, "samples", file), renderDownstreamSample(services.get(oldName)!, entry(newName)));
  sample("base", "base", "base.old.ts");
  for (const name of CASES) sample("base", name, `${name}.new.ts`);
  sample("df-old", "df-old", "df-old.old.ts");
  sample("df-old", "df-new", "df-new.new.ts");
  writeFileSync(
    path.join(tmp, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022"], types: [], strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: true, noEmit: true, resolveJsonModule: true },
      include: ["samples/*.ts", "out/*.d.ts"],
    }),
  );
  writeFileSync(path.join(tmp, "package.json"), JSON.stringify({ type: "module" }));
  let output = "";
  try {
    await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--pretty", "false"], { cwd: tmp });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? String(error);
  }
  errorsByFile = new Map();
  for (const line of output.split("\n").filter((l) => /error TS/.test(l))) {
    const file = line.slice(0, line.indexOf("("));
    errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), line]);
  }
}, 180_000);

const compiles = (sample: string) => !errorsByFile.has(`samples/${sample}`);

describe("downstream proof: compiles against the new version, or the diff said breaking", () => {
  it("every error is in a sample (the generated packages themselves compile)", () => {
    expect([...errorsByFile.keys()].filter((f) => !f.startsWith("samples/"))).toEqual([]);
  });

  it("the samples compile against the versions they were written for", () => {
    expect(errorsByFile.get("samples/base.old.ts")).toBeUndefined();
    expect(errorsByFile.get("samples/df-old.old.ts")).toBeUndefined();
  });

  it.each(CASES)("%s", (name) => {
    const report = diffDocuments({ irVersion: 2, services: [services.get("base")!] }, { irVersion: 2, services: [services.get(name)!] }, { old: "base", new: name });
    if (!compiles(`${name}.new.ts`)) expect(report.summary.breaking, errorsByFile.get(`samples/${name}.new.ts`)!.join("\n")).toBeGreaterThan(0);
    // The strong direction: a pair the diff calls non-breaking must compile.
    if (report.summary.breaking === 0) expect(compiles(`${name}.new.ts`)).toBe(true);
  });

  it("the proof is not vacuous: the samples do break where the API surface changed", () => {
    const broken = CASES.filter((name) => !compiles(`${name}.new.ts`));
    for (const name of ["operation-removed", "operation-renamed", "parameter-added-required", "parameter-removed", "enum-value-added-closed-response", "property-removed", "type-changed", "property-required-changed-response", "nullable-changed", "property-added-required-request", "enum-extensibility-changed"]) {
      expect(broken).toContain(name);
    }
  });

  it("datafactory 2018-06-01 → next version (authKey2 removed): the sample breaks and the diff says so", () => {
    const report = diffDocuments({ irVersion: 2, services: [services.get("df-old")!] }, { irVersion: 2, services: [services.get("df-new")!] }, { old: "df-old", new: "df-new" });
    expect(compiles("df-new.new.ts")).toBe(false);
    expect(report.changes.filter((c) => c.severity === "breaking").map((c) => c.code)).toEqual(["pattern-changed", "property-removed"]);
  });
});
