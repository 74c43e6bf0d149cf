/**
 * The plan reads which runtime modules a runtime module imports (plan/runtime-modules.ts) without TypeScript; on
 * every runtime source, and on the forms an import can take, it reads what TypeScript's pre-processor reads.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { localImports, plannedRuntimeModules } from "../../generator/plan/runtime-modules.ts";
import { loadAndModel } from "../../generator/core/pipeline.ts";
import { REPO_ROOT } from "../support/pipeline.ts";

const RUNTIME = path.join(REPO_ROOT, "generator/runtime");

function byTypeScript(text: string): string[] {
  const files = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  return [...new Set(files.filter((f) => /^\.\/[\w-]+\.js$/.test(f)).map((f) => f.slice(2, -3)))].sort();
}

describe("the runtime modules' imports", () => {
  it("are read as TypeScript's pre-processor reads them, on every runtime module", () => {
    const sources = readdirSync(RUNTIME).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
    expect(sources.length).toBeGreaterThan(15);
    let withImports = 0;
    for (const file of sources) {
      const text = readFileSync(path.join(RUNTIME, file), "utf8");
      expect(localImports(text), file).toEqual(byTypeScript(text));
      if (localImports(text).length > 0) withImports++;
    }
    expect(withImports).toBeGreaterThan(10);
  });

  it("cover every form of import and re-export, and no package import", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "./b.js";',
      'import {\n  c,\n  type C,\n} from "./c.js";',
      'import * as d from "./d.js";',
      'import "./e.js";',
      'export { f } from "./f.js";',
      'export * from "./g.js";',
      'const h = await import("./h.js");',
      'import { i } from "@azure/core-rest-pipeline";',
      'import j from "../j.js";',
    ].join("\n");
    expect(localImports(text)).toEqual(byTypeScript(text));
    expect(localImports(text)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });

  it("close the plan's modules over their imports", async () => {
    const { ir } = await loadAndModel({ inputs: ["specs"], cwd: REPO_ROOT });
    const planned = plannedRuntimeModules(ir);
    for (const module of planned) {
      for (const imported of byTypeScript(readFileSync(path.join(RUNTIME, `${module}.ts`), "utf8"))) expect(planned, `${module} imports ${imported}`).toContain(imported);
    }
  });
});
