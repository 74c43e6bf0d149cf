/**
 * The emitters' StructureKind and VariableDeclarationKind values (emit/structure-kind.ts, read without loading
 * ts-morph) are ts-morph's own.
 */
import * as tsMorph from "ts-morph";
import { describe, expect, it } from "vitest";
import { StructureKind, VariableDeclarationKind } from "../../generator/emit/structure-kind.ts";

describe("the structure kinds oagen writes without ts-morph", () => {
  it("equal ts-morph's enum values, name for name", () => {
    for (const [name, value] of Object.entries(StructureKind)) expect(value, name).toBe(tsMorph.StructureKind[name as keyof typeof tsMorph.StructureKind]);
    for (const [name, value] of Object.entries(VariableDeclarationKind)) expect(value, name).toBe(tsMorph.VariableDeclarationKind[name as keyof typeof tsMorph.VariableDeclarationKind]);
    expect(Object.keys(StructureKind).length).toBeGreaterThan(10);
  });
});
