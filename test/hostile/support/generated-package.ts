/**
 * Test support for hostile and fuzzed specs: many specs become services of ONE generated package (one
 * `runPipeline`, so one in-memory type-check), which is written to a folder inside the repository (so
 * `@azure/*` resolve from its node_modules), checked by the real `tsc --strict`, and imported — every compiled
 * module — in one fresh Node process that reports whether anything touched the global object.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { runPipeline, type PipelineResult } from "../../../generator/core/index.ts";
import { writeOutput } from "../../../generator/write/write-output.ts";
import { REPO_ROOT } from "../../support/pipeline.ts";

/** The global every hostile payload tries to set (`globalThis.__pwned = 1`). */
export const SENTINEL = "__pwned";

export interface SpecCase {
  /** Service (folder) name: lower-case letters, digits, dashes. */
  service: string;
  /** File name and YAML/JSON text. */
  file: string;
  text: string;
}

/** A scratch folder in the repository root (ignored by git), removed by `dispose`. */
export function createWorkspace(label: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(REPO_ROOT, `.oagen-tmp-${label}-`));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes each case as `<dir>/<name>/<service>/2024-01-01/<file>` and returns that spec folder. */
export function writeSpecs(dir: string, name: string, cases: readonly SpecCase[]): string {
  const specs = path.join(dir, name);
  for (const c of cases) {
    const folder = path.join(specs, c.service, "2024-01-01");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, c.file), c.text);
  }
  return specs;
}

/** Generates every service under `specsDir` into `<dir>/<name>-out` and writes the package there. */
export async function generatePackage(dir: string, specsDir: string, name = "out"): Promise<PipelineResult & { outDir: string }> {
  const outDir = path.join(dir, name);
  const result = await runPipeline({ inputs: [specsDir], outDir, cwd: REPO_ROOT, typecheck: true });
  writeOutput(result.files, outDir);
  return { ...result, outDir };
}

/** The real `tsc` over the written package's own tsconfig, with `--strict` on the command line as well. */
export function runTsc(outDir: string): { status: number | null; output: string } {
  const tsc = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(outDir, "tsconfig.json"), "--noEmit", "--strict", "--pretty", "false"], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export interface ImportReport {
  /** Per module: whether it imported, and whether the sentinel was set right after it. */
  modules: { file: string; ok: boolean; error?: string; sentinelSet: boolean }[];
  /** Own properties of `globalThis` that appeared while importing. */
  addedGlobals: string[];
}

/** Imports every `dist/**\/*.js` under `outDir` (optionally only files under `subdirs`) in one fresh Node process. */
export function importAllModules(outDir: string, subdirs: readonly string[] = [""]): ImportReport {
  const files = subdirs.flatMap((sub) => listFiles(path.join(outDir, "dist", sub)).filter((f) => f.endsWith(".js")));
  const script = `
    const { pathToFileURL } = await import("node:url");
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const modules = [];
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    for (const file of JSON.parse(input)) {
      let ok = true, error;
      try { await import(pathToFileURL(file).href); } catch (e) { ok = false; error = String(e && e.stack || e); }
      modules.push({ file, ok, ...(error ? { error } : {}), sentinelSet: Object.prototype.hasOwnProperty.call(globalThis, ${JSON.stringify(SENTINEL)}) });
    }
    const addedGlobals = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
    process.stdout.write(JSON.stringify({ modules, addedGlobals }));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
    // On stdin, not in the environment: a large package's file list passes the 128 KiB limit of one variable.
    input: JSON.stringify(files),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`import process failed (${result.status ?? result.signal ?? result.error?.message}): ${result.stderr}`);
  const report = JSON.parse(result.stdout) as ImportReport;
  return { ...report, modules: report.modules.map((m) => ({ ...m, file: path.relative(outDir, m.file) })) };
}

/** Identifiers named `name` anywhere in a TypeScript file's syntax tree (comments and strings hold none). */
export function identifierOccurrences(sourceText: string, name: string): number {
  const file = ts.createSourceFile("x.ts", sourceText, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  let count = 0;
  const visit = (node: ts.Node): void => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text === name) count++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count;
}

export function listFiles(dir: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}
