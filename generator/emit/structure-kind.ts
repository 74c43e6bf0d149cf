/**
 * The values of ts-morph's `StructureKind` and `VariableDeclarationKind` that oagen's emitters write into their
 * structures, without loading ts-morph: its module brings TypeScript (9 MB of JavaScript, half a second of a run's
 * start-up even from V8's code cache), and a generate run prints with code-block-writer alone (print-file.ts). The
 * types are ts-morph's own, so a structure built with these constants is a ts-morph structure;
 * test/unit/structure-kind.test.ts holds every value to ts-morph's.
 */
import type { StructureKind as Kind, VariableDeclarationKind as DeclarationKind } from "ts-morph";

export const StructureKind = {
  Class: 2 as Kind.Class,
  Constructor: 5 as Kind.Constructor,
  ExportDeclaration: 11 as Kind.ExportDeclaration,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  Method: 26 as Kind.Method,
  Parameter: 30 as Kind.Parameter,
  Property: 31 as Kind.Property,
  SourceFile: 36 as Kind.SourceFile,
  TypeAlias: 38 as Kind.TypeAlias,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;

export const VariableDeclarationKind = {
  Const: "const" as DeclarationKind.Const,
  Let: "let" as DeclarationKind.Let,
} as const;
