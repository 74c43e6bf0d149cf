/**
 * The scale benchmark's bookkeeping (bench/scale): line counts and the duplicate-fixture check on a small
 * output folder, and how measurements become the issue 9 verdicts. Made-up measurements only: no test here
 * runs a generator or asserts a duration.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findDuplicateFixtures, measureSources } from "../../bench/scale/output-volume.ts";
import type { ScenarioResult } from "../../bench/scale/run-workloads.ts";
import { median } from "../../bench/scale/stats.ts";
import { targets } from "../../bench/scale/write-results.ts";
import type { Workload } from "../../bench/scale/workloads.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "oagen-bench-volume-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

describe("output volume", () => {
  write("src/svc/client.ts", "export const a = 1;\nexport const b = 2;\n");
  write("src/svc/mocks.ts", 'export const fixtures = { op: { "200": { body: { key: "FAKE-KEY-0001" } } } };\n');
  write("src/runtime/send.ts", "export {};\n");
  write("src/svc/2024-01-01/client/group-a.ts", "export {};\n");
  write("src/svc/client.d.ts", "export declare const a: 1;\n");
  write("dist/svc/mocks.js", 'export const fixtures = { op: { "200": { body: { key: "FAKE-KEY-0001" } } } };\n');
  write("src/runtime/mock-errors.ts", 'export const CODE = "RuntimeConstant";\n');
  // A constant of the spec (an enum value) is in the models, not a stored fixture.
  write("src/svc/models.ts", 'export type KeyName = "authKey1-enum";\n');
  // One file per api-version: its operations' fixtures by name.
  write(
    "fixtures/svc/2024-01-01.json",
    JSON.stringify({
      Op_Get: { "200": { status: 200, body: { key: "FAKE-KEY-0001" } }, "201": { status: 200, body: { key: "FAKE-KEY-0001" } }, "error-500": { status: 500, body: { code: "RuntimeConstant" } } },
      Keys_List: { "200": { status: 200, body: { keyName: "authKey1-enum" } } },
    }),
  );
  // The older layouts are read too: a file per fixture, and a file per operation.
  write("fixtures/svc/op/404.json", JSON.stringify({ status: 404, body: { code: "NotFoundHere" } }));
  write("fixtures/old/2024-01-01/Keys_Get.json", JSON.stringify({ "200": { status: 200, body: { keyName: "authKey2-enum" } } }));

  it("counts .ts source lines by artifact, without .d.ts and excluded folders", () => {
    const volume = measureSources(dir, ["dist"]);
    expect(volume).toEqual({ files: 6, lines: 7, byArtifact: { client: 3, mocks: 1, models: 1, runtime: 2 } });
  });

  it("finds fixture data that is also inlined in the mocks modules (not the spec's or the runtime's constants), and equal fixtures", () => {
    expect(findDuplicateFixtures(dir)).toEqual({ fixtures: 6, files: 3, traceable: 6, inlinedIn: { ts: 2, js: 2, dts: 0 }, identical: 1 });
  });
});

describe("issue 9 verdicts", () => {
  const spec = (operations: number): Workload => ({ kind: "spec", id: String(operations), label: `synthetic, ${operations} operations`, spec: "x.yaml", operations });
  const run = (seconds: number, peakRss: number, ok = true) => ({ ok, exitCode: ok ? 0 : 3, timedOut: false, seconds, peakRss, stdout: "", stderr: "", timings: {} });
  const result = (workload: Workload, scenario: string, secondsList: number[], rss: number, extra: Partial<ScenarioResult> = {}): ScenarioResult => ({
    workload,
    tool: scenario.startsWith("oagen") ? "oagen" : (scenario as ScenarioResult["tool"]),
    scenario,
    status: "ok",
    runs: secondsList.map((s) => run(s, rss)),
    ...extra,
  });
  const MB = 1024 ** 2;
  const fragments: Workload = { kind: "fragments", id: "fragments", label: "fragments", specs: "specs" };
  const volume = (lines: number) => ({ files: 1, lines, byArtifact: {} });

  it("states each target as a ratio of medians and says met or missed", () => {
    const results = [
      result(fragments, "oagen --force", [1.5, 1.9, 1.2], 200 * MB),
      result(fragments, "oagen unchanged", [0.6, 0.7, 0.6], 80 * MB),
      result(spec(1000), "oagen", [4, 5, 6], 900 * MB, { volume: volume(3000), fixtures: { fixtures: 10, files: 2, traceable: 8, inlinedIn: { ts: 0, js: 0, dts: 0 }, identical: 0 } }),
      result(spec(1000), "openapi-typescript", [3, 3, 3], 200 * MB, { volume: volume(1000) }),
      result(spec(1000), "hey-api", [15, 16, 14], 1000 * MB),
      result(spec(5000), "oagen", [30, 31, 29], 1100 * MB),
    ];
    const verdicts = Object.fromEntries(targets(results).map((t) => [t.target, t.verdict]));
    expect(verdicts["1,000 operations: oagen ≤ ⅓ of hey-api 0.99's time"]).toBe("met"); // 5 / 15
    expect(verdicts["1,000 operations: oagen ≤ 1.5× openapi-typescript's time"]).toBe("missed"); // 5 / 3
    expect(verdicts["1,000 operations: oagen peak RSS < 1 GB"]).toBe("met");
    expect(verdicts["growth: oagen time(5,000) / time(1,000) ≤ 5.5"]).toBe("missed"); // 30 / 5
    expect(verdicts["5,000 operations: oagen peak RSS < 1 GB"]).toBe("missed");
    expect(verdicts["five fragments: full rebuild (--force) < 2 s"]).toBe("met");
    expect(verdicts["five fragments: unchanged run < 0.5 s"]).toBe("missed");
    expect(verdicts["output: oagen .ts lines ≤ 3× openapi-typescript's at 1,000 operations"]).toBe("met");
    expect(verdicts["no fixture stored twice (synthetic, 1000 operations)"]).toBe("met");
    expect(targets(results).find((t) => t.target.startsWith("1,000 operations: oagen ≤ ⅓"))!.ratio).toBe("0.33 (limit 0.33)");
  });

  it("counts a failed oagen run as missed, never as met, and a missing workload as not measured", () => {
    const results = [result(spec(1000), "oagen", [120], 3300 * MB, { status: "failed" }), result(spec(1000), "hey-api", [15], 1000 * MB)];
    results[0]!.runs[0]!.ok = false;
    const list = targets(results);
    expect(list.find((t) => t.target.includes("⅓"))!.verdict).toBe("missed");
    expect(list.find((t) => t.target.includes("1,000 operations: oagen peak RSS"))!.verdict).toBe("missed");
    expect(list.find((t) => t.target.includes("full rebuild"))!.verdict).toBe("not measured");
  });

  it("takes the middle value as the median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe("runs killed at the timeout", () => {
  const workload: Workload = { kind: "spec", id: "1000", label: "synthetic, 1000 operations", spec: "x.yaml", operations: 1000 };
  const run = (seconds: number, timedOut = false) => ({ ok: !timedOut, exitCode: timedOut ? null : 0, timedOut, seconds, peakRss: 500 * 1024 ** 2, stdout: "", stderr: "", timings: {} });
  const make = (tool: ScenarioResult["tool"], runs: ReturnType<typeof run>[]): ScenarioResult => ({ workload, tool, scenario: tool, status: runs.some((r) => r.timedOut) ? "partial" : "ok", runs });

  it("make the ratio a bound, never a false 'met'", () => {
    const slowOagen = make("oagen", [run(100), run(180, true), run(180, true)]);
    const heyApi = make("hey-api", [run(150), run(140), run(160)]);
    const t = targets([slowOagen, heyApi]).find((x) => x.target.includes("⅓"))!;
    expect(t.ratio).toBe("≥ 1.20 (limit 0.33)");
    expect(t.verdict).toBe("missed");
    const t2 = targets([make("oagen", [run(10), run(11), run(12)]), make("hey-api", [run(100), run(180, true), run(180, true)])]).find((x) => x.target.includes("⅓"))!;
    expect(t2.ratio).toBe("≤ 0.06 (limit 0.33)");
    expect(t2.verdict).toBe("met");
    const rss = targets([slowOagen]).find((x) => x.target.includes("1,000 operations: oagen peak RSS"))!;
    expect(rss.verdict).toBe("not measured");
  });
});
