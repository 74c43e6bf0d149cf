/**
 * Import and export declarations printed by oagen (emit/print-imports.ts) are ts-morph's text, character for
 * character, and whatever oagen does not print itself is left to ts-morph.
 */
import fc from "fast-check";
import { printStructure, StructureKind, type StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import { importExportAsText } from "../../generator/emit/print-imports.ts";

const tsMorph = (statement: StatementStructures) => printStructure({ kind: StructureKind.SourceFile, statements: [statement] }, { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false }).trimEnd();
const name = fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,12}$/);
const specifier = fc.oneof(name, fc.record({ name, alias: fc.option(name, { nil: undefined }), isTypeOnly: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ["name"] }));
const moduleSpecifier = fc.stringMatching(/^\.{1,2}\/[A-Za-z0-9_./-]{1,30}\.js$/);

describe("import and export declarations as text", () => {
  it("are ts-morph's text for named, type-only and namespace imports and for named, star and namespace exports", () => {
    fc.assert(
      fc.property(fc.array(specifier, { minLength: 1, maxLength: 30 }), moduleSpecifier, fc.boolean(), name, (specifiers, from, typeOnly, namespace) => {
        const statements: StatementStructures[] = [
          { kind: StructureKind.ImportDeclaration, moduleSpecifier: from, isTypeOnly: typeOnly, namedImports: specifiers },
          { kind: StructureKind.ImportDeclaration, moduleSpecifier: from, namespaceImport: namespace },
          { kind: StructureKind.ExportDeclaration, moduleSpecifier: from, isTypeOnly: typeOnly, namedExports: specifiers },
          { kind: StructureKind.ExportDeclaration, moduleSpecifier: from, isTypeOnly: typeOnly },
          { kind: StructureKind.ExportDeclaration, moduleSpecifier: from, namedExports: [] },
          { kind: StructureKind.ExportDeclaration, moduleSpecifier: from, isTypeOnly: typeOnly, namespaceExport: namespace },
          { kind: StructureKind.ExportDeclaration, moduleSpecifier: from, namespaceExport: " " },
        ];
        for (const statement of statements) {
          const text = importExportAsText(statement);
          expect(typeof text).toBe("string");
          expect(text).toBe(tsMorph(statement));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves other forms to ts-morph", () => {
    const untouched: StatementStructures[] = [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./x.js", defaultImport: "x" },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./x.js", namedImports: ["a"], leadingTrivia: "// note" },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./a b.js", namedImports: ["a"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./x.json", defaultImport: "data", attributes: [{ name: "type", value: "json" }] },
      { kind: StructureKind.ExportDeclaration, namedExports: ["a"] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./x.js", namedExports: ["a"], namespaceExport: "b" },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./x.js", attributes: [{ name: "type", value: "json" }] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./x.js", namedImports: [(writer) => writer.write("a")] },
    ];
    for (const statement of untouched) expect(importExportAsText(statement)).toBe(statement);
    expect(importExportAsText("const a = 1;")).toBe("const a = 1;");
  });
});
