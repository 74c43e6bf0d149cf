/**
 * ts-morph structures → source text in its final style, without building a syntax tree (two-space indent, double
 * quotes, LF). Declarations become finished text (print-statements.ts, print-imports.ts) and the file is written
 * through code-block-writer as ts-morph's printers write it (print-file.ts); a file with a structure those do not
 * write is printed by ts-morph's `printStructure`, loaded only then. What oagen prints is never re-formatted
 * (prettier is for the scaffolding only, see format/). Each file starts with a "generated — do not edit" header
 * naming its spec.
 */
import { createRequire } from "node:module";
import type { SourceFileStructure, StatementStructures, WriterFunction } from "ts-morph";
import { lineCommentText } from "./escape/index.js";
import { renderFileHeader } from "./templates.js";
import { importExportAsText } from "./print-imports.js";
import { needsBlankLineBefore, statementAsText } from "./print-statements.js";
import { printFileStatements } from "./print-file.js";
import { StructureKind } from "./structure-kind.js";
import { printWithVerbatim, verbatim } from "./verbatim.js";
import type { EmitUnit, SourceUnit, TextUnit } from "./types.js";

export function printUnits(units: readonly EmitUnit[]): TextUnit[] {
  return units.map((unit) => (unit.kind === "text" ? unit : printUnit(unit)));
}

export interface PrintOptions {
  /** Print the whole file with ts-morph, no statement as finished text (the tests compare the two). */
  structuresOnly?: boolean;
}

let tsMorph: typeof import("ts-morph") | undefined;

/** ts-morph, loaded on first use (it brings TypeScript): only for a file print-file.ts does not write. */
function tsMorphPrinter(): typeof import("ts-morph") {
  return (tsMorph ??= createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph"));
}

export function printUnit(unit: SourceUnit, options: PrintOptions = {}): TextUnit {
  const body = options.structuresOnly ? printWithTsMorph(unit, false) : (printWithoutTsMorph(unit) ?? printWithTsMorph(unit, true));
  const header = renderFileHeader({ source: lineCommentText(unit.specFile ?? "the specs") });
  return { kind: "text", path: unit.path, contents: `${header}\n${withOneFinalNewline(body)}` };
}

/** The file's statements printed without ts-morph (print-file.ts), or undefined when one of them needs it. */
export function printWithoutTsMorph(unit: SourceUnit): string | undefined {
  const { statements } = unit.structure;
  if (!Array.isArray(statements) || !onlyStatements(unit.structure)) return undefined;
  return printWithVerbatim(() => printFileStatements(statements.map(asText)));
}

/** The file printed by ts-morph's `printStructure`; `finishedText`: with the declarations as finished text. */
function printWithTsMorph(unit: SourceUnit, finishedText: boolean): string {
  const { statements } = unit.structure;
  const structure: SourceFileStructure = {
    ...unit.structure,
    kind: StructureKind.SourceFile,
    ...(Array.isArray(statements) ? { statements: statements.map((s) => (finishedText ? asText(s) : s)) } : {}),
  };
  return printWithVerbatim(() => tsMorphPrinter().printStructure(structure, { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false }));
}

/** A source file structure with a list of statements and nothing else set (no trivia, no writer function). */
function onlyStatements(structure: SourceUnit["structure"]): boolean {
  return Array.isArray(structure.statements) && Object.entries(structure).every(([key, value]) => value === undefined || key === "kind" || key === "statements");
}

/** A statement as finished text where print-imports.ts or print-statements.ts can write it, else as it is. */
function asText(statement: string | WriterFunction | StatementStructures): string | WriterFunction | StatementStructures {
  if (typeof statement === "string" || typeof statement === "function") return statement;
  const imports = importExportAsText(statement);
  if (imports !== statement) return imports;
  // Leading whitespace (a blank line the emitter asked for) is written before the text; other trivia (a comment)
  // is left to ts-morph.
  const { leadingTrivia, ...bare } = statement as StatementStructures & { leadingTrivia?: unknown };
  if (leadingTrivia !== undefined && (typeof leadingTrivia !== "string" || leadingTrivia.trim() !== "")) return statement;
  const text = statementAsText(bare as StatementStructures);
  if (text === undefined) return statement;
  return verbatim(text, { blankLineBefore: needsBlankLineBefore(statement), ...(leadingTrivia === undefined ? {} : { leadingTrivia }) });
}

/** The text with exactly one `\n` at its end (a regex anchored at the end scans the whole file). */
function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return `${text.slice(0, end)}\n`;
}
