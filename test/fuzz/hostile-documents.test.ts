/**
 * Fuzzing the generator: random OpenAPI 3.1 documents with hostile names and text (support/hostile-openapi.ts).
 * For every document, generation either succeeds — and the output type-checks and imports without side
 * effects — or fails with a SpecError (exit 2) whose diagnostics name the file, a JSON pointer, a line and a
 * column. Never an internal error, a crash or a hang.
 *
 * One type-check costs seconds, so the documents are not generated one by one: each is loaded and modelled
 * and its files emitted on its own (cheap, and it pins a failure to one document), then all that passed
 * become services of ONE package through `runPipeline` (formatting and the strict type-check, once), whose
 * modules are all imported in one fresh Node process. Failures name the seed and the document;
 * `OAGEN_FUZZ_SEED=<seed>` replays a run, `OAGEN_FUZZ_RUNS=<n>` changes its size (default 200).
 */
import { planPackage } from "../../generator/plan/index.ts";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadAndModel } from "../../generator/core/index.ts";
import { SpecError, type Diagnostic } from "../../generator/diagnostics/index.ts";
import { emitPackage } from "../../generator/emit/index.ts";
import { printUnits } from "../../generator/emit/print.ts";
import { GeneratedCodeError } from "../../generator/write/generated-code-error.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { SENTINEL, createWorkspace, generatePackage, identifierOccurrences, importAllModules, listFiles, writeSpecs } from "../hostile/support/generated-package.ts";
import { hostileDocument, SECRET_CANARIES } from "./support/hostile-openapi.ts";

const RUNS = Number(process.env["OAGEN_FUZZ_RUNS"] ?? 200);
const SEED = Number(process.env["OAGEN_FUZZ_SEED"] ?? Math.floor(Math.random() * 2 ** 31));

interface Failure {
  service: string;
  problem: string;
}

describe("fuzzing the generator with hostile documents", () => {
  it(`generates or rejects ${RUNS} random documents, never crashing (seed ${SEED})`, async () => {
    const workspace = createWorkspace("fuzz");
    const failures: Failure[] = [];
    const fail = (service: string, problem: string) => failures.push({ service, problem });
    const cases = fc.sample(hostileDocument, { seed: SEED, numRuns: RUNS }).map((doc, i) => ({
      service: `f${String(i).padStart(3, "0")}`,
      file: "spec.json",
      text: JSON.stringify(doc, null, 1),
    }));
    const specsDir = writeSpecs(workspace.dir, "specs", cases);
    const rejectedDir = path.join(workspace.dir, "rejected");
    mkdirSync(rejectedDir);

    let generated = 0;
    let rejected = 0;
    for (const { service } of cases) {
      const folder = path.join(specsDir, service);
      // Loading and modelling see the source, so their diagnostics carry line and column; emitters see only
      // the IR (the pipeline adds positions to theirs, checked in test/hostile/diagnostics.test.ts).
      let stage: "model" | "emit" = "model";
      try {
        const { ir, warnings } = await loadAndModel({ inputs: [folder], cwd: REPO_ROOT, service });
        warnings.forEach((d) => checkDiagnostic(d, service, true, fail));
        stage = "emit";
        printUnits(emitPackage(ir, planPackage(ir)));
        generated++;
      } catch (error) {
        if (!(error instanceof SpecError)) {
          fail(service, `internal error while ${stage === "model" ? "loading or modelling" : "emitting"}: ${String((error as Error).stack ?? error)}`);
        } else {
          if (error.diagnostics.length === 0) fail(service, "SpecError without diagnostics");
          error.diagnostics.forEach((d) => checkDiagnostic(d, service, stage === "model", fail));
        }
        rejected++;
        renameSync(folder, path.join(rejectedDir, service)); // the package is built from the generated ones only
      }
    }

    if (generated > 0) {
      try {
        const { outDir } = await generatePackage(workspace.dir, specsDir);
        const report = importAllModules(outDir);
        for (const m of report.modules) {
          if (!m.ok) fail(serviceOf(m.file), `does not import: ${m.error}`);
          if (m.sentinelSet) fail(serviceOf(m.file), `importing ${m.file} set globalThis.${SENTINEL}`);
        }
        if (report.addedGlobals.length > 0) fail("?", `importing the package added globals: ${report.addedGlobals.join(", ")}`);
        for (const file of listFiles(path.join(outDir, "src")).filter((f) => f.endsWith(".ts"))) {
          if (identifierOccurrences(readFileSync(file, "utf8"), SENTINEL) > 0) fail(serviceOf(path.relative(outDir, file)), `${SENTINEL} is code in ${path.relative(outDir, file)}`);
        }
        // No example secret reaches any output file: fixtures JSON, mocks.ts, mocks.js, anything (issue 13 #2).
        for (const file of listFiles(outDir)) {
          const text = readFileSync(file, "utf8");
          for (const secret of SECRET_CANARIES) if (text.includes(secret)) fail(serviceOf(path.relative(outDir, file)), `an example secret reached ${path.relative(outDir, file)}`);
        }
      } catch (error) {
        const text = String((error as Error).message ?? error);
        const services = [...new Set([...text.matchAll(/src\/(f\d{3})\//g)].map((m) => m[1]!))];
        const kind = error instanceof GeneratedCodeError ? "generated code does not type-check" : error instanceof SpecError ? "rejected only when generated together" : "internal error";
        for (const service of services.length > 0 ? services : ["?"]) fail(service, `${kind}: ${text.slice(0, 4000)}`);
      }
    }

    const message = failures
      .map((f) => `${f.service} (${path.join(specsDir, f.service)} or ${path.join(rejectedDir, f.service)}): ${f.problem}`)
      .join("\n\n");
    if (failures.length > 0) {
      writeFileSync(path.join(workspace.dir, "failures.txt"), message);
      throw new Error(`fuzz seed ${SEED}: ${failures.length} problem(s); replay with OAGEN_FUZZ_SEED=${SEED} (documents and failures.txt kept in ${workspace.dir})\n\n${message}`);
    }
    workspace.dispose();
    // The run must mostly exercise generation, not only the rejections (some are planned: plain-http servers
    // and non-string client parameters are exit-2 diagnostics).
    expect(generated).toBeGreaterThanOrEqual(Math.ceil(RUNS * 0.5));
    expect(generated + rejected).toBe(RUNS);
    // Boundedness is proven by the work counted above (every document generated or rejected); the timeout only
    // catches a hang, never a busy machine.
  }, 3_600_000);
});

/** Every diagnostic names the spec file and a JSON pointer (and, where the source is known, a line and column). */
function checkDiagnostic(d: Diagnostic, service: string, located: boolean, fail: (service: string, problem: string) => void): void {
  const problems = [
    d.file.endsWith(`${service}/2024-01-01/spec.json`) ? "" : `file is ${JSON.stringify(d.file)}`,
    typeof d.pointer === "string" && (d.pointer === "" || d.pointer.startsWith("#")) ? "" : `pointer is ${JSON.stringify(d.pointer)}`,
    !located || (Number.isInteger(d.line) && Number.isInteger(d.column)) ? "" : "no line and column",
    /^[a-z][a-z0-9-]*$/.test(d.code) && d.message.trim() !== "" ? "" : "no code or message",
  ].filter(Boolean);
  if (problems.length > 0) fail(service, `diagnostic [${d.code}] ${d.message}: ${problems.join(", ")}`);
}

function serviceOf(file: string): string {
  return /(?:src|dist)\/(f\d{3})\//.exec(file)?.[1] ?? "?";
}
