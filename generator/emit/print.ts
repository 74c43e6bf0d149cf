/**
 * ts-morph structures → source text in its final style, without building a syntax tree: `printStructure` runs
 * ts-morph's structure printers straight into a writer (two-space indent, double quotes, LF). What oagen prints
 * is never re-formatted (prettier is for the scaffolding only, see format/). Each file starts with a
 * "generated — do not edit" header naming its spec.
 */
import { printStructure, StructureKind, type SourceFileStructure, type StatementStructures, type WriterFunction } from "ts-morph";
import { lineCommentText } from "./escape/index.js";
import { renderFileHeader } from "./templates.js";
import { importExportAsText } from "./print-imports.js";
import { needsBlankLineBefore, statementAsText } from "./print-statements.js";
import { printWithVerbatim, verbatim } from "./verbatim.js";
import type { EmitUnit, SourceUnit, TextUnit } from "./types.js";

export function printUnits(units: readonly EmitUnit[]): TextUnit[] {
  return units.map((unit) => (unit.kind === "text" ? unit : printUnit(unit)));
}

export interface PrintOptions {
  /** Print every statement with ts-morph, none as finished text (the tests compare the two). */
  structuresOnly?: boolean;
}

export function printUnit(unit: SourceUnit, options: PrintOptions = {}): TextUnit {
  const { statements } = unit.structure;
  const structure: SourceFileStructure = {
    ...unit.structure,
    kind: StructureKind.SourceFile,
    ...(Array.isArray(statements) ? { statements: statements.map((s) => (options.structuresOnly ? s : asText(s))) } : {}),
  };
  const body = printWithVerbatim(() => printStructure(structure, { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false }));
  const header = renderFileHeader({ source: lineCommentText(unit.specFile ?? "the specs") });
  return { kind: "text", path: unit.path, contents: `${header}\n${withOneFinalNewline(body)}` };
}

/** A statement as finished text where print-imports.ts or print-statements.ts can write it, else as it is. */
function asText(statement: string | WriterFunction | StatementStructures): string | WriterFunction | StatementStructures {
  if (typeof statement === "string" || typeof statement === "function") return statement;
  const imports = importExportAsText(statement);
  if (imports !== statement) return imports;
  const text = statementAsText(statement);
  return text === undefined ? statement : verbatim(text, { blankLineBefore: needsBlankLineBefore(statement) });
}

/** The text with exactly one `\n` at its end (a regex anchored at the end scans the whole file). */
function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return `${text.slice(0, end)}\n`;
}
