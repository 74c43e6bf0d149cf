/**
 * The compile queue (compile/index.ts): sources handed in one by one while the caller keeps working compile to the
 * same files as a batch, a source compiled before comes from the cache, and a failure is reported by `finish`
 * (never as an unhandled rejection), whatever was running next to it.
 */
import { describe, expect, it } from "vitest";
import { CompileQueue, compileUnits } from "../../generator/compile/index.ts";
import type { TextUnit } from "../../generator/emit/index.ts";

const source = (name: string, body: string): TextUnit => ({ kind: "text", path: `src/svc/${name}.ts`, contents: body });
const units = Array.from({ length: 12 }, (_, i) =>
  source(`file${i}-${Math.random().toString(36).slice(2)}`, `export interface T${i} { a: string }\nexport function f${i}(x: number): number { return x + ${i}; }\n`),
);

describe("the compile queue", () => {
  it("gives a batch's files when sources arrive one by one between other work", async () => {
    const queue = new CompileQueue();
    queue.add({ kind: "text", path: "README.md", contents: "# not a source\n" });
    for (const unit of units) {
      queue.add(unit);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const streamed = await queue.finish();
    expect(streamed.files.map((f) => f.path)).toEqual([...streamed.files.map((f) => f.path)].sort());
    expect(streamed.files).toHaveLength(units.length * 4);
    expect(streamed.compiled).toEqual(units.map((u) => u.path).sort());
    expect(await compileUnits(units)).toEqual(streamed.files);
    // Compiled before: nothing to compile again.
    const again = new CompileQueue();
    for (const unit of units) again.add(unit);
    expect((await again.finish()).compiled).toEqual([]);
  });

  it("reports a source that does not compile from finish", async () => {
    const queue = new CompileQueue();
    queue.add(source(`broken-${Math.random().toString(36).slice(2)}`, "export const = ;\n"));
    for (const unit of units.slice(0, 3)) queue.add({ ...unit, contents: `${unit.contents}// changed\n` });
    await expect(queue.finish()).rejects.toMatchObject({ name: "GeneratedCodeError" });
  });
});
