/**
 * Every warning and error names the file, the JSON pointer and (the input being YAML or JSON) the line and
 * column, from whichever stage found it — reading, limits, references, validation, the model, the emitters —
 * and `--format json` prints warnings and errors alike as `{ "diagnostics": [...] }` for editors and CI.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { locateDiagnostics, renderDiagnostic, type Diagnostic } from "../../generator/diagnostics/index.ts";
import { REPO_ROOT, runCli } from "../support/pipeline.ts";
import { createWorkspace } from "./support/generated-package.ts";

const workspace = createWorkspace("diagnostics");
afterAll(() => workspace.dispose());

const HEAD = 'openapi: 3.1.0\ninfo: {title: Diagnostics, version: "2024-01-01"}\nservers: [{url: "https://management.azure.com"}]\n';
const getThing = (schema: string) => `paths:
  /things:
    get:
      operationId: Things_Get
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: ${schema}
`;

/** Writes a spec into the workspace; returns its path relative to the repository (as diagnostics show it). */
function spec(name: string, text: string): string {
  const folder = path.join(workspace.dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "spec.yaml"), text);
  return path.relative(REPO_ROOT, path.join(folder, "spec.yaml"));
}

function parseJson(stderr: string): Diagnostic[] {
  return (JSON.parse(stderr) as { diagnostics: Diagnostic[] }).diagnostics;
}

const located = (file: string, code: string) => ({ file, code, pointer: expect.any(String), line: expect.any(Number), column: expect.any(Number), message: expect.any(String), hint: expect.any(String) });

describe("--format json", () => {
  it("prints warnings of a successful run as JSON, each located", async () => {
    const file = spec(
      "warnings",
      `${HEAD}${getThing('{$ref: "#/components/schemas/Thing"}')}components:
  schemas:
    Thing:
      type: object
      required: ["missing\\u001b[31m"]
      properties:
        list: {type: array}
`,
    );
    const result = await runCli(["inspect", file, "--format", "json"]);
    expect(result.code).toBe(0);
    const diagnostics = parseJson(result.stderr);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["warning", "unknown-required-property"],
      ["warning", "array-without-items"],
    ]);
    for (const d of diagnostics) expect(d).toMatchObject(located(file, d.code));
    expect(diagnostics[0]).toMatchObject({ pointer: "#/components/schemas/Thing/required", line: 18, column: 7 });
  });

  const errors: [name: string, code: string, text: string, position: { pointer: RegExp; line: number }][] = [
    ["yaml syntax", "yaml-syntax", `${HEAD}paths:\n  /x: [unclosed\n`, { pointer: /^$/, line: 6 }],
    ["a limit", "nesting-too-deep", `${HEAD}paths: {}\nx-deep: ${"[".repeat(200)}${"]".repeat(200)}\n`, { pointer: /^$/, line: 5 }],
    ["a dangling $ref", "dangling-ref", `${HEAD}${getThing('{$ref: "#/components/schemas/Missing"}')}`, { pointer: /\/schema\/\$ref$/, line: 13 }],
    ["a $ref loop", "ref-loop", `${HEAD}${getThing('{$ref: "#/components/schemas/A"}')}components:\n  schemas:\n    A: {$ref: "#/components/schemas/A"}\n`, { pointer: /\/schema\/\$ref$/, line: 13 }],
    // An invalid schema name is sanitised with a warning (issue 10); an invalid parameter name is still refused.
    ["OpenAPI validation", "invalid-openapi", `${HEAD}${getThing("{type: string}").replace("      responses:", '      parameters: [{$ref: "#/components/parameters/A%20B"}]\n      responses:')}components:\n  parameters:\n    "A B": {name: a, in: query, schema: {type: string}}\n`, { pointer: /.*/, line: 0 }],
    ["OpenAPI validation that names no place", "invalid-openapi", `${HEAD}${getThing("{type: string}")}security: [{"a/b": []}]\ncomponents: {securitySchemes: {"a/b": {type: http, scheme: bearer}}}\n`, { pointer: /.*/, line: 0 }],
    // An unsatisfiable schema is a located warning since issue 13 (test/mocks/unsatisfiable-schema.test.ts).
    ["the model", "unsafe-regex", `${HEAD}${getThing('{type: string, pattern: "^(a+)+$"}')}`, { pointer: /\/schema\/pattern$/, line: 13 }],
  ];

  it.each(errors)("prints an error from %s as JSON with file, pointer, line and column (exit 2)", async (name, code, text, position) => {
    const file = spec(name.replace(/\W+/g, "-"), text);
    const result = await runCli(["generate", file, "--out", path.join(workspace.dir, "out"), "--format", "json"]);
    expect(result.code).toBe(2);
    const diagnostics = parseJson(result.stderr);
    expect(diagnostics[0]).toMatchObject(located(file, code));
    for (const d of diagnostics) expect(d).toMatchObject(located(file, d.code));
    expect(diagnostics[0]!.pointer).toMatch(position.pointer);
    if (position.line > 0) expect(diagnostics[0]!.line).toBe(position.line);
  });
});

describe("locateDiagnostics", () => {
  it("adds the position of the pointer, or 1:1 for the whole file, to diagnostics made without the source", () => {
    const base = { severity: "error" as const, code: "fixture-synthesis", message: "m" };
    const locate = (pointer: string) => (pointer === "#/components/schemas/Node" ? { line: 16, column: 5 } : undefined);
    const located = locateDiagnostics(
      [
        { ...base, file: "a.yaml", pointer: "#/components/schemas/Node" },
        { ...base, file: "a.yaml", pointer: "" },
        { ...base, file: "a.yaml", pointer: "#/x", line: 3, column: 4 },
        { ...base, file: "missing.yaml", pointer: "#/x" },
      ],
      (file) => (file === "a.yaml" ? locate : undefined),
    );
    expect(located.map((d) => [d.line, d.column])).toEqual([[16, 5], [1, 1], [3, 4], [undefined, undefined]]);
  });
});

describe("text diagnostics", () => {
  it("name the file, line, column and pointer, and never print spec text's terminal escapes raw", () => {
    const text = renderDiagnostic({
      severity: "warning",
      code: "unknown-required-property",
      file: "specs/x.yaml",
      pointer: "#/components/schemas/Thing/required",
      line: 18,
      column: 7,
      message: '"missing\u001b[31m\u202e" is required but not among the properties.',
      hint: "Add the property.",
    });
    expect(text).toBe(
      'warning [unknown-required-property] specs/x.yaml:18:7 at #/components/schemas/Thing/required\n  "missing\\u001b[31m\\u202e" is required but not among the properties.\n  Fix: Add the property.',
    );
  });
});
