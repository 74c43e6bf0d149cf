/**
 * `oagen generate --watch` (in process, as the CLI runs it): a broken spec prints its diagnostic and keeps the last
 * good output; the next good save regenerates; the watcher keeps running throughout. Waits are bounded only by the
 * hang timeout, never asserted as durations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runWatch } from "../../generator/cli/watch.ts";
import { DATAFACTORY_SPEC } from "./support/datafactory.ts";
import { createWorkspace } from "./support/workspace.ts";

const ws = createWorkspace("oagen-watch");
afterAll(() => ws.dispose());

describe("oagen generate --watch", () => {
  it("survives a broken spec and recovers on the next save", async () => {
    const spec = ws.copy("datafactory", "2018-06-01", DATAFACTORY_SPEC);
    const good = readFileSync(spec, "utf8");
    const runs: { ok: boolean; written: string[] }[] = [];
    let notify: () => void = () => {};
    const nextRun = () => new Promise<void>((resolve) => (notify = resolve));
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    const controller = new AbortController();
    try {
      let first = nextRun();
      const watching = runWatch({ inputs: ["specs"], outDir: ws.out, cwd: ws.root }, {
        format: "text",
        quiet: true,
        signal: controller.signal,
        debounceMs: 50,
        onRun: (run) => {
          runs.push(run);
          notify();
        },
      });
      await first;
      expect(runs[0]!.ok).toBe(true);
      const client = readFileSync(path.join(ws.out, "src/datafactory/2018-06-01/client.ts"), "utf8");
      // Give fs.watch a moment to arm before the first edit (a missed event would only make the test hang-fail).
      await new Promise((r) => setTimeout(r, 300));

      first = nextRun();
      ws.put("datafactory", "2018-06-01", path.basename(spec), "openapi: [\n");
      await first;
      expect(runs.at(-1)!.ok).toBe(false);
      expect(stderr.join("")).toMatch(/error \[yaml-syntax\] specs\/datafactory\/2018-06-01\/IntegrationRuntimes_RegenerateAuthKey\.yaml/);
      expect(readFileSync(path.join(ws.out, "src/datafactory/2018-06-01/client.ts"), "utf8")).toBe(client);

      first = nextRun();
      ws.put("datafactory", "2018-06-01", path.basename(spec), good.replace("description: The factory name.", "description: The name of the data factory."));
      await first;
      // Several saves may coalesce into one or two runs; wait for the one that wrote.
      while (!runs.at(-1)!.ok || runs.at(-1)!.written.length === 0) {
        first = nextRun();
        await first;
      }
      expect(runs.at(-1)!.written).toContain("src/datafactory/2018-06-01/client/integration-runtimes.ts");
      expect(readFileSync(path.join(ws.out, "src/datafactory/2018-06-01/client/integration-runtimes.ts"), "utf8")).toContain("The name of the data factory.");
      controller.abort();
      expect(await watching).toBe(0);
    } finally {
      controller.abort();
      process.stderr.write = write;
    }
  }, 120_000);
});
