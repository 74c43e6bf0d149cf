/**
 * Limits: specs that would make the generator or its output unbounded — a 50 MB description, 10,000-deep
 * nesting, `$ref` chains that never end, huge numbers of aliases — fail with a clear diagnostic (exit 2) in
 * bounded time and memory; and valid specs whose composition nests exponentially generate in bounded time.
 * Cases run through the CLI's `main` in a child process whose heap is capped and whose run is timed out, so
 * running out of memory or hanging shows up as a failed run rather than as a stuck test.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/pipeline.ts";
import { createWorkspace } from "./support/generated-package.ts";
import { LIMIT_CASES, writeCompositionChain } from "./support/limit-specs.ts";

/** Heap cap of the child process: parsing needs memory in proportion to the file (these are at most 2 MB). */
const HEAP_MB = 512;
/**
 * Time allowed per case: only a hang fails it. Boundedness is proven by the outcome (the limit's diagnostic,
 * exit 2, in a child whose heap is capped), never by a clock a busy machine could break.
 */
const CASE_MS = 120_000;

interface Outcome {
  file: string;
  code: number;
  ms: number;
  stderr: string;
}

const workspace = createWorkspace("limits");
afterAll(() => workspace.dispose());

/** Runs `oagen generate <file> --format json` for each file in one capped child process. */
function generateEach(files: string[], timeoutMs: number): { outcomes: Outcome[]; failure?: string } {
  const runner = path.join(workspace.dir, "run-cases.mts");
  writeFileSync(
    runner,
    `import { main } from ${JSON.stringify(path.join(REPO_ROOT, "generator/cli/main.ts"))};
const out = process.stdout.write.bind(process.stdout);
const results = [];
for (const file of JSON.parse(process.env.OAGEN_CASES)) {
  let stderr = "";
  process.stderr.write = (chunk) => ((stderr += String(chunk)), true);
  process.stdout.write = () => true;
  const start = performance.now();
  const code = await main(["generate", file, "--out", ${JSON.stringify(path.join(workspace.dir, "out"))}, "--format", "json"], ${JSON.stringify(REPO_ROOT)});
  results.push({ file, code, ms: performance.now() - start, stderr });
}
out(JSON.stringify(results));
`,
  );
  const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", runner], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, OAGEN_CASES: JSON.stringify(files) },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) return { outcomes: [], failure: `status ${result.status ?? result.signal}: ${result.stderr.slice(-2000)}` };
  return { outcomes: JSON.parse(result.stdout) as Outcome[] };
}

describe("limits: unbounded specs fail fast with a diagnostic", () => {
  let run: ReturnType<typeof generateEach>;
  beforeAll(() => {
    const files = LIMIT_CASES.map((c, i) => {
      const file = path.join(workspace.dir, `case-${i}.yaml`);
      c.write(file);
      return file;
    });
    run = generateEach(files, CASE_MS * LIMIT_CASES.length);
  }, CASE_MS * LIMIT_CASES.length + 30_000);

  it(`runs every case in one process with a ${HEAP_MB} MB heap`, () => {
    expect(run.failure).toBeUndefined();
    expect(run.outcomes).toHaveLength(LIMIT_CASES.length);
  });

  it.each(LIMIT_CASES.map((c, i) => [c.name, c.code, i] as const))("%s → exit 2 with [%s], file, pointer, line and column", (_name, code, i) => {
    const outcome = run.outcomes[i]!;
    expect(outcome.code).toBe(2);
    const { diagnostics } = JSON.parse(outcome.stderr) as { diagnostics: { code: string; file: string; pointer: string; line?: number; column?: number; message: string; hint?: string }[] };
    expect(diagnostics[0]).toMatchObject({ code, file: path.relative(REPO_ROOT, outcome.file), pointer: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
    expect(diagnostics[0]!.message.length).toBeLessThan(500);
    expect(diagnostics[0]!.hint).toEqual(expect.any(String));
  });
});

describe("limits: valid specs take work in proportion to their size", () => {
  const SCHEMAS = 40;
  it(`generates ${SCHEMAS} schemas that each combine the next one twice (2^${SCHEMAS} paths) in bounded time`, () => {
    const file = path.join(workspace.dir, "composition-chain.yaml");
    writeCompositionChain(file, SCHEMAS);
    // A linear generator needs seconds; exponential work (2^40 visits) never finishes, so a generous timeout
    // catches it without asserting a duration. Synthesis counts its own work (MAX_STEPS, test/mocks/fixture-bounds).
    const run = generateEach([file], 900_000);
    expect(run.failure).toBeUndefined();
    expect(run.outcomes[0]).toMatchObject({ code: 0 });
  }, 960_000);
});
