/**
 * Declarations printed as finished text (emit/print-statements.ts) and files printed without ts-morph
 * (emit/print-file.ts) are ts-morph's text, byte for byte: on every file oagen emits for the repository's specs and
 * on random structures, with ts-morph printing the rest.
 */
import path from "node:path";
import fc from "fast-check";
import { Scope, StructureKind, VariableDeclarationKind, type StatementStructures, type WriterFunction } from "ts-morph";
import { describe, expect, it } from "vitest";
import { loadAndModel } from "../../generator/core/pipeline.ts";
import { emitPackage } from "../../generator/emit/index.ts";
import { printUnit, printWithoutTsMorph } from "../../generator/emit/print.ts";
import { statementAsText } from "../../generator/emit/print-statements.ts";
import type { SourceUnit } from "../../generator/emit/types.ts";
import { verbatim } from "../../generator/emit/verbatim.ts";
import { planPackage } from "../../generator/plan/index.ts";
import { UPSTREAM_ROOT } from "../upstream/support/upstream.ts";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const INPUTS = ["specs", ...["client", "error-models", "hostile", "known-values", "lro", "shapes", "swagger2"].map((d) => `test/specs/${d}`)];
/** Azure's own files, whole: inline object types over several lines, empty request-body interfaces, many models. */
const UPSTREAM = [
  "purview/data-plane/Azure.Analytics.Purview.Scanning/stable/2023-09-01/scanningService.json",
  "deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2018-01-22/iotdps.json",
  "deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2017-11-15/iotdps.json",
  "apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/apimtenant.json",
].map((file) => path.join(UPSTREAM_ROOT, "specification", file));

type Statement = string | WriterFunction | StatementStructures;

function unitOf(statements: Statement[]): SourceUnit {
  return { kind: "source", path: "src/x.ts", specFile: "x.yaml", structure: { statements } };
}

function print(statements: Statement[], structuresOnly: boolean): string {
  return printUnit(unitOf(statements), { structuresOnly }).contents;
}

describe("declarations as finished text", () => {
  it("print every emitted file of the repository's specs and of Azure's files exactly as ts-morph does", async () => {
    const fast = new Map<string, number>();
    let withoutTsMorph = 0;
    let files = 0;
    for (const input of [...INPUTS, ...UPSTREAM]) {
      const { ir } = await loadAndModel({ inputs: [input], cwd: REPO_ROOT });
      const units = emitPackage(ir, planPackage(ir)).filter((u): u is SourceUnit => u !== undefined && u.kind === "source");
      for (const unit of units) {
        for (const s of Array.isArray(unit.structure.statements) ? unit.structure.statements : []) {
          if (typeof s === "object" && statementAsText(s) !== undefined) fast.set(String(s.kind), (fast.get(String(s.kind)) ?? 0) + 1);
        }
        const expected = printUnit(unit, { structuresOnly: true }).contents;
        expect(printUnit(unit).contents, `${input}: ${unit.path}`).toBe(expected);
        // The repository's specs and Azure's files print without loading ts-morph at all: every file, the client's
        // class included.
        const own = printWithoutTsMorph(unit);
        if (input === "specs" || UPSTREAM.includes(input)) expect(own, `${input}: ${unit.path} needs ts-morph`).toBeDefined();
        if (own !== undefined) withoutTsMorph++;
        files++;
      }
    }
    // The other test specs are hostile on purpose (names and docs that close comments, types over several lines);
    // most of their files still print without ts-morph.
    expect(withoutTsMorph).toBeGreaterThan(files * 0.8);
    // Each kind took the finished-text path many times (not a comparison of ts-morph with itself).
    for (const kind of [StructureKind.Interface, StructureKind.TypeAlias, StructureKind.VariableStatement, StructureKind.Function]) {
      expect(fast.get(String(kind)) ?? 0, StructureKind[kind]).toBeGreaterThan(20);
    }
  }, 120_000);

  // Text a spec can put into docs, names and types after escaping: quotes, slashes, braces, `*`, non-ASCII.
  const line = fc.stringMatching(/^[A-Za-z0-9 \t'"`{}()[\]/*.,;:|<>=!?@#$%&+-]{0,24}$/);
  // Docs reach the printer through jsDocText, which never leaves a `*/` (it would close the comment).
  const docText = fc.array(line.filter((l) => !l.includes("*/")), { minLength: 1, maxLength: 4 }).map((lines) => lines.join("\n"));
  const docs = fc.option(fc.array(fc.oneof(docText, fc.record({ description: docText })), { maxLength: 2 }), { nil: undefined });
  const name = fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,10}$/);
  const type = fc.oneof(name, fc.constantFrom('"a" | "b"', "string[]", "Record<string, unknown>", '{ a: "x//y" }', "'it''s'", "A | null"));
  // Inline object types as the model emitter writes them: over several lines, members with docs, blank lines.
  const blockType = fc.constantFrom(
    '{\n  /** a "b" */ readonly a?: string;\n  b: {\n    c: 1;\n  };\n}',
    'Base & ({\n  kind: "A";\n  /** The properties. */ properties?: P;\n})',
    "{\n  // c\n\n  d: 2;\n} | null",
    "({\n  a?: string;\n}) | ({\n  b?: number;\n})",
  );
  const statement = fc.oneof(
    fc.constantFrom("return 1;", 'if (a) {\n  b("}");\n}', "const x = '\"';", "// note\nreturn x;", "for (const k of o) {\n\n  f(k);\n}\n", "/* a\n * b */\nreturn s;", "return /a+/.test(s);"),
    // No template literals, no quote inside a regular expression: ts-morph's writer can lose track of them and then
    // mis-print what follows (a stray `*/`, lines left unindented), which the finished text does not reproduce;
    // oagen's emitters write neither at module level (the test above).
    line.filter((l) => !l.includes("`")).map((l) => `f(${JSON.stringify(l)});`),
  );
  const structure: fc.Arbitrary<StatementStructures> = fc.oneof(
    fc.record({
      kind: fc.constant(StructureKind.Interface as const),
      name,
      isExported: fc.boolean(),
      docs,
      extends: fc.option(fc.array(name, { maxLength: 2 }), { nil: undefined }),
      properties: fc.array(fc.record({ name, type: fc.option(fc.oneof(type, blockType), { nil: undefined }), hasQuestionToken: fc.boolean(), isReadonly: fc.boolean(), docs }), { maxLength: 3 }),
      methods: fc.array(
        fc.record({
          name,
          hasQuestionToken: fc.boolean(),
          docs,
          parameters: fc.array(fc.record({ name, type: fc.option(type, { nil: undefined }), hasQuestionToken: fc.boolean() }), { maxLength: 2 }),
          returnType: fc.option(type, { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
    }),
    fc.record({ kind: fc.constant(StructureKind.TypeAlias as const), name, isExported: fc.boolean(), docs, type: fc.oneof(type, blockType) }),
    fc.record({
      kind: fc.constant(StructureKind.VariableStatement as const),
      isExported: fc.boolean(),
      declarationKind: fc.constantFrom(VariableDeclarationKind.Const, VariableDeclarationKind.Let),
      docs,
      declarations: fc.tuple(
        fc.record({
          name,
          type: fc.option(fc.oneof(type, fc.constantFrom('{\n  /** a "b" */\n  readonly a: "x";\n\n  b: 1;\n}', "{\n  // c\n  d: 2;\n}")), { nil: undefined }),
          initializer: fc.option(fc.constantFrom("1", '"a//b"', "{ a: 1 }", "[]", '{\n  a: "x",\n  "b c": [\n    1,\n  ],\n}', "f(\n  /x\\//,\n)"), { nil: undefined }),
        }),
      ),
    }),
    fc.record({
      kind: fc.constant(StructureKind.Function as const),
      name,
      isExported: fc.boolean(),
      isAsync: fc.boolean(),
      docs,
      parameters: fc.array(fc.record({ name, type: fc.option(type, { nil: undefined }), hasQuestionToken: fc.boolean() }), { maxLength: 3 }),
      returnType: fc.option(type, { nil: undefined }),
      statements: fc.array(statement, { minLength: 1, maxLength: 4 }),
    }),
  );

  // Written the way the client's constructor and the validators' pairs are: lines, an inline block, a blank line.
  const writerFunction = fc.constantFrom<WriterFunction>(
    (w) => {
      w.writeLine("super(spec, options);");
      w.write("this.items = ").inlineBlock(() => w.writeLine("list: (params, callOptions) => list(this, params, callOptions),"));
      w.write(";").newLine();
    },
    (w) => {
      w.blankLineIfLastNot();
      w.writeLine('/** Whether a value matches the `A` schema ("x"). */');
      w.writeLine("export function isA(value: unknown): value is A { return check(value); }");
    },
    (w) => w.write("const quote = '\"';"),
  );
  const parameter = fc.record({
    name,
    type: fc.option(type, { nil: undefined }),
    hasQuestionToken: fc.boolean(),
    isReadonly: fc.boolean(),
    scope: fc.option(fc.constantFrom(Scope.Private, Scope.Public), { nil: undefined }),
    initializer: fc.option(fc.constantFrom("1", '"a"', "{}"), { nil: undefined }),
  });
  const classStructure = fc.record({
    kind: fc.constant(StructureKind.Class as const),
    name: fc.option(name, { nil: undefined }),
    isExported: fc.boolean(),
    isAbstract: fc.boolean(),
    docs,
    extends: fc.option(fc.oneof(name, fc.constantFrom("Base<{ a: 1 }>", " ")), { nil: undefined }),
    implements: fc.option(fc.array(name, { maxLength: 2 }), { nil: undefined }),
    properties: fc.array(
      fc.record({
        name,
        type: fc.option(type, { nil: undefined }),
        isReadonly: fc.boolean(),
        isStatic: fc.boolean(),
        hasQuestionToken: fc.boolean(),
        hasExclamationToken: fc.boolean(),
        initializer: fc.option(fc.constantFrom("1", '"x"', "{\n  a: 1,\n}"), { nil: undefined }),
        docs,
      }),
      { maxLength: 3 },
    ),
    ctors: fc.array(
      fc.record({
        docs,
        scope: fc.option(fc.constantFrom(Scope.Protected, Scope.Public), { nil: undefined }),
        parameters: fc.array(parameter, { maxLength: 3 }),
        statements: fc.option(fc.oneof(writerFunction, fc.array(fc.oneof(statement, writerFunction), { maxLength: 3 }), statement), { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
  });
  // What the emitters put around declarations: blank-line trivia, verbatim initializers, type parameters, star exports.
  const decorated = fc.oneof(
    fc.record({ kind: fc.constant(StructureKind.TypeAlias as const), leadingTrivia: fc.constantFrom("\n", "\n\n", " "), isExported: fc.boolean(), name, docs, type }),
    fc.record({
      kind: fc.constant(StructureKind.VariableStatement as const),
      leadingTrivia: fc.option(fc.constant("\n"), { nil: undefined }),
      isExported: fc.boolean(),
      declarationKind: fc.constant(VariableDeclarationKind.Const),
      docs,
      declarations: fc.tuple(
        fc.record({
          name,
          type: fc.option(fc.oneof(type, fc.constant("{\n  a: 1;\n}")), { nil: undefined }),
          initializer: fc.constantFrom("{\n  a: [\n    1,\n  ],\n}", "`x\n${y}`", "[]").map((text) => verbatim(text)),
        }),
      ),
    }),
    fc.record({
      kind: fc.constant(StructureKind.Function as const),
      name,
      isExported: fc.boolean(),
      typeParameters: fc.array(fc.constantFrom("H", "R", "T extends string", "U = {}"), { maxLength: 2 }),
      parameters: fc.array(fc.record({ name, type: fc.option(type, { nil: undefined }) }), { maxLength: 2 }),
      statements: fc.array(statement, { minLength: 1, maxLength: 2 }),
    }),
    fc.record({ kind: fc.constant(StructureKind.ExportDeclaration as const), moduleSpecifier: fc.constant("./x.js"), namespaceExport: fc.option(name, { nil: undefined }) }),
  );

  it("print random declarations, between others, exactly as ts-morph does", () => {
    let withoutTsMorph = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(structure, classStructure, decorated, writerFunction, fc.constantFrom<StatementStructures>({ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./x.js", namedImports: ["y"] })), { minLength: 1, maxLength: 5 }),
        (statements) => {
          expect(print(statements, false)).toBe(print(statements, true));
          if (printWithoutTsMorph(unitOf(statements)) !== undefined) withoutTsMorph++;
        },
      ),
      { numRuns: 600 },
    );
    // Most random files took the path without ts-morph (not a comparison of ts-morph with itself).
    expect(withoutTsMorph).toBeGreaterThan(200);
  });

  it("leave a file with a structure print-file.ts does not write to ts-morph, which prints it as before", () => {
    const needsTsMorph: Statement[][] = [
      [{ kind: StructureKind.Class, name: "C", methods: [{ name: "m", statements: ["return 1;"] }] }],
      [{ kind: StructureKind.Class, name: "C", decorators: [{ name: "sealed" }] }],
      [{ kind: StructureKind.Class, name: "C", typeParameters: ["T"] }],
      [{ kind: StructureKind.Class, name: "C", ctors: [{ parameters: [{ name: "a", type: "A /* note */" }] }] }],
      [{ kind: StructureKind.Class, name: "C", ctors: [{ overloads: [{ parameters: [] }] }] }],
      [{ kind: StructureKind.Class, name: "C", docs: [{ description: "d", tags: [{ tagName: "internal" }] }] }],
      [{ kind: StructureKind.Enum, name: "E", members: [{ name: "A" }] }],
      ["const a = 1;", { kind: StructureKind.TypeAlias, name: "A", type: "string", leadingTrivia: "// note" }],
    ];
    for (const statements of needsTsMorph) {
      expect(printWithoutTsMorph(unitOf(statements)), JSON.stringify(statements)).toBeUndefined();
      expect(print(statements, false)).toBe(print(statements, true));
    }
    expect(printWithoutTsMorph({ ...unitOf(["const a = 1;"]), structure: { statements: ["const a = 1;"], leadingTrivia: "// file" } })).toBeUndefined();
  });

  it("leave what is not a plain shape to ts-morph", () => {
    const untouched: StatementStructures[] = [
      { kind: StructureKind.Interface, name: "A", typeParameters: ["T"], properties: [{ name: "a", type: "T" }] },
      { kind: StructureKind.Interface, name: "A", properties: [{ name: "a", type: "`x\n${string}`" }] },
      { kind: StructureKind.TypeAlias, name: "A", type: "`x${string}`" },
      { kind: StructureKind.TypeAlias, name: "A", type: "string", leadingTrivia: "// note" },
      { kind: StructureKind.VariableStatement, declarations: [{ name: "a", initializer: (w) => w.write("1") }] },
      { kind: StructureKind.VariableStatement, declarations: [{ name: "a" }, { name: "b" }] },
      { kind: StructureKind.Function, name: "f", statements: [] },
      { kind: StructureKind.Function, name: "f", statements: ["return `\n`;"] },
      { kind: StructureKind.Function, name: "f", statements: ['const s = "a\\\nb";'] },
      { kind: StructureKind.Function, name: "f", docs: [{ description: "a", tags: [{ tagName: "param" }] }], statements: ["return;"] },
      { kind: StructureKind.Function, name: "f", docs: ["ends in \\"], statements: ["return;"] },
      { kind: StructureKind.Class, name: "C" },
    ];
    for (const s of untouched) expect(statementAsText(s), JSON.stringify(s)).toBeUndefined();
  });
});
