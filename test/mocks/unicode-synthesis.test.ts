/**
 * Issue 13, finding 5: fixture synthesis supports every regex feature the validators accept, including Unicode
 * property escapes (`\p{L}`, `\P{N}`, scripts), `\u{…}` and named groups; a spec using them generates.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAndModel } from "../../generator/core/index.ts";
import { buildServiceFixtures } from "../../generator/plan/fixtures/fixtures.ts";
import { createRandom } from "../../generator/plan/fixtures/random.ts";
import { synthesizeString } from "../../generator/plan/fixtures/strings.ts";
import type { IrStringSchema } from "../../generator/model/ir.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import { createWorkspace } from "../hostile/support/generated-package.ts";

const PATTERNS: [string, number?, number?][] = [
  ["^\\p{L}+$"],
  ["^\\p{Lu}[\\p{Ll}\\d]{2,5}$"],
  ["^(?<year>\\d{4})-\\P{N}$"],
  ["^\\u{e9}x\\u0041$"],
  ["^[\\p{Script=Greek}]{3}$"],
  ["^[\\p{L}\\p{N}_-]+$", 3, 24],
  ["^\\p{Lu}\\p{Ll}*$", 10, 10],
  ["^[^\\p{L}]{4}$"],
];

describe("Unicode patterns in fixtures (#5)", () => {
  it.each(PATTERNS)("synthesises values matching /%s/u for many seeds", (js, minLength, maxLength) => {
    const schema = { kind: "string", pointer: "#/p", pattern: { source: js, js, flags: "u" }, ...(minLength !== undefined ? { minLength } : {}), ...(maxLength !== undefined ? { maxLength } : {}) } as IrStringSchema;
    const re = new RegExp(js, "u");
    for (let seed = 0; seed < 8; seed++) {
      for (const target of [undefined, "min", "max"] as const) {
        const value = synthesizeString({ schema, random: createRandom(`seed-${seed}`), hint: "name", ...(target ? { target } : {}) });
        expect(re.test(value), `${JSON.stringify(value)} for seed ${seed}`).toBe(true);
        if (minLength !== undefined) expect([...value].length).toBeGreaterThanOrEqual(minLength);
        if (maxLength !== undefined) expect([...value].length).toBeLessThanOrEqual(maxLength);
      }
    }
  });

  const workspace = createWorkspace("unicode-synthesis");
  afterAll(() => workspace.dispose());

  it("builds fixtures for a spec whose properties and parameters use \\p{…}", async () => {
    const dir = path.join(workspace.dir, "specs", "uni", "2024-01-01");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "spec.yaml"),
      `openapi: 3.1.0
info: {title: Uni, version: "2024-01-01"}
servers: [{url: "https://management.azure.com"}]
paths:
  /names/{name}:
    put:
      operationId: Names_Put
      parameters:
        - {name: name, in: path, required: true, schema: {type: string, pattern: '^\\p{L}[\\p{L}\\p{Nd}]{0,9}$'}}
        - {name: api-version, in: query, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Name"}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Name"}
components:
  schemas:
    Name:
      type: object
      required: [display]
      properties:
        display: {type: string, pattern: '^\\p{Lu}\\p{Ll}+( \\p{Lu}\\p{Ll}+)*$', maxLength: 40}
        script: {type: string, pattern: '^\\p{Script=Cyrillic}{2,}$'}
`,
    );
    const { ir } = await loadAndModel({ inputs: [path.join(workspace.dir, "specs")], cwd: REPO_ROOT });
    const [operation] = buildServiceFixtures(ir.services[0]!);
    expect(operation!.fixtures.length).toBeGreaterThan(1);
    const display = /^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)*$/u;
    for (const { fixture } of operation!.fixtures) {
      const body = fixture.body as { display?: string; script?: string } | undefined;
      if (fixture.status === 200 && body) expect(display.test(body.display!), body.display).toBe(true);
      if (fixture.request?.parameters?.["name"] !== undefined) expect(/^\p{L}[\p{L}\p{Nd}]{0,9}$/u.test(String(fixture.request.parameters["name"]))).toBe(true);
    }
  }, 120_000);
});
