/**
 * A generated file's statements → text without ts-morph: through code-block-writer, the writer ts-morph's structure
 * printers write into, making the calls ts-morph's source-file, class, property, constructor and JSDoc printers
 * make, in their order (a parameter list is the text print-statements.ts writes for a function's). What those
 * printers decide (a blank line before a class, a comma between parameters, hanging indentation for a type) is
 * repeated here; what the writer decides (indentation, line breaks inside strings and comments, what a writer
 * function writes) is the writer's own, so the two agree by construction. Loading ts-morph means loading TypeScript
 * (9 MB of JavaScript, half a second of a run even from V8's code cache); a generate run now prints without it.
 *
 * Statements reach this printer as finished text or writer functions (print-statements.ts and print-imports.ts
 * turned the declarations into text) or as the client's class. A statement of any other kind, or a structure that
 * sets anything this printer does not write (decorators, overloads, type parameters, trivia, methods), makes
 * `printFileStatements` answer undefined before it writes anything, and the caller has ts-morph print the file.
 * test/unit/print-statements.test.ts holds the text to ts-morph's on every file of every test spec and on random
 * classes.
 */
import CodeBlockWriter from "code-block-writer";
import type {
  ClassDeclarationStructure,
  ConstructorDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  PropertyDeclarationStructure,
  StatementStructures,
  WriterFunction,
} from "ts-morph";
import { onlyKeys } from "./print-imports.js";
import { isWhitespace, isWhitespaceCode, parametersText } from "./print-statements.js";
import { StructureKind } from "./structure-kind.js";

type Statement = string | WriterFunction | StatementStructures;
type TextOrWriter = string | WriterFunction;
type Docs = (OptionalKind<JSDocStructure> | string)[] | undefined;

/** ts-morph's `printStructure` options as oagen passes them, as the writer options ts-morph derives from them. */
const WRITER_OPTIONS = { indentNumberOfSpaces: 2, useTabs: false, newLine: "\n", useSingleQuote: false } as const;

const MODIFIER_KEYS = ["isExported", "isDefaultExport", "hasDeclareKeyword", "scope", "isStatic", "hasOverrideKeyword", "isAbstract", "isAsync", "isReadonly", "hasAccessorKeyword"];
const CLASS_KEYS = new Set(["kind", "name", "docs", "extends", "implements", "properties", "ctors", ...MODIFIER_KEYS]);
const PROPERTY_KEYS = new Set(["kind", "name", "docs", "type", "initializer", "hasQuestionToken", "hasExclamationToken", ...MODIFIER_KEYS]);
const CONSTRUCTOR_KEYS = new Set(["kind", "docs", "parameters", "statements", ...MODIFIER_KEYS]);
const DOC_KEYS = new Set(["kind", "description"]);

/** The statements as ts-morph prints a source file of them, or undefined when one is not a kind written here. */
export function printFileStatements(statements: readonly Statement[]): string | undefined {
  if (!statements.every(isWritable)) return undefined;
  const writer = new CodeBlockWriter(WRITER_OPTIONS);
  writeStatements(writer, statements);
  writer.conditionalNewLine(!writer.isAtStartOfFirstLineOfBlock() && !writer.isLastNewLine());
  return writer.toString();
}

// ---- What this printer writes (checked before anything is written) ----

function isWritable(statement: Statement): boolean {
  if (typeof statement === "string" || typeof statement === "function") return true;
  return statement.kind === StructureKind.Class && isWritableClass(statement);
}

function isWritableClass(s: ClassDeclarationStructure): boolean {
  if (!onlyKeys(s, CLASS_KEYS) || !isDocs(s.docs) || !optional(s.name, isString) || !optional(s.extends, isTextOrWriter)) return false;
  if (s.implements !== undefined && !(Array.isArray(s.implements) ? s.implements.every(isTextOrWriter) : isTextOrWriter(s.implements))) return false;
  if (!optional(s.properties, (list) => Array.isArray(list) && list.every(isWritableProperty))) return false;
  return optional(s.ctors, (list) => Array.isArray(list) && list.every(isWritableConstructor));
}

function isWritableProperty(p: OptionalKind<PropertyDeclarationStructure>): boolean {
  return (p.kind === undefined || p.kind === StructureKind.Property) && onlyKeys(p, PROPERTY_KEYS) && isString(p.name) && isDocs(p.docs) && optional(p.type, isTextOrWriter) && optional(p.initializer, isTextOrWriter);
}

function isWritableConstructor(c: OptionalKind<ConstructorDeclarationStructure>): boolean {
  if ((c.kind !== undefined && c.kind !== StructureKind.Constructor) || !onlyKeys(c, CONSTRUCTOR_KEYS) || !isDocs(c.docs)) return false;
  if (parametersText(c.parameters) === undefined) return false;
  const body = c.statements;
  return body === undefined || isTextOrWriter(body) || (Array.isArray(body) && body.every(isTextOrWriter));
}

function isDocs(docs: unknown): boolean {
  if (docs === undefined) return true;
  return Array.isArray(docs) && docs.every((doc) => typeof doc === "string" || (doc !== null && typeof doc === "object" && onlyKeys(doc, DOC_KEYS) && optional(doc.description, isTextOrWriter)));
}

function isTextOrWriter(value: unknown): value is TextOrWriter {
  return typeof value === "string" || typeof value === "function";
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function optional<T>(value: T | undefined, test: (value: T) => boolean): boolean {
  return value === undefined || test(value);
}

// ---- The writer calls of ts-morph's printers ----

/** The statement list printer: a blank line after a statement ending in `}`, else a line break. */
function writeStatements(writer: CodeBlockWriter, statements: TextOrWriter | readonly Statement[] | undefined): void {
  if (statements === undefined) return;
  if (isTextOrWriter(statements)) {
    writeTextOrWriter(writer, statements);
    return;
  }
  for (const statement of statements) {
    if (lastNonWhitespaceIsCloseBrace(writer)) writer.blankLineIfLastNot();
    else if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot();
    if (isTextOrWriter(statement)) writeTextOrWriter(writer, statement);
    else {
      // A class (isWritable let nothing else through) is set apart by a blank line.
      if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
      writeClass(writer, statement as ClassDeclarationStructure);
    }
  }
}

function writeClass(writer: CodeBlockWriter, s: ClassDeclarationStructure): void {
  writer.closeComment();
  writeDocs(writer, s.docs);
  writeModifiers(writer, s);
  writer.write("class");
  if (!isNullOrWhitespace(s.name)) writer.space().write(s.name!);
  writer.space();
  writer.hangingIndent(() => {
    if (s.extends !== undefined) {
      const text = textOf(writer, s.extends);
      if (!isNullOrWhitespace(text)) writer.write(`extends ${text} `);
    }
    if (s.implements !== undefined) {
      const text = Array.isArray(s.implements) ? s.implements.map((i) => textOf(writer, i)).join(", ") : textOf(writer, s.implements as TextOrWriter);
      if (!isNullOrWhitespace(text)) writer.write(`implements ${text} `);
    }
  });
  writer.inlineBlock(() => {
    (s.properties ?? []).forEach((p, i) => {
      writer.conditionalNewLine(i > 0);
      writeProperty(writer, p);
    });
    for (const ctor of s.ctors ?? []) {
      if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLine();
      writeConstructor(writer, ctor);
    }
  });
}

function writeProperty(writer: CodeBlockWriter, p: OptionalKind<PropertyDeclarationStructure>): void {
  writer.closeComment();
  writeDocs(writer, p.docs);
  writeModifiers(writer, p);
  writer.write(p.name);
  writer.conditionalWrite(p.hasQuestionToken, "?");
  writer.conditionalWrite(p.hasExclamationToken && !p.hasQuestionToken, "!");
  writeType(writer, p.type);
  writeInitializer(writer, p.initializer);
  writer.write(";");
}

function writeConstructor(writer: CodeBlockWriter, c: OptionalKind<ConstructorDeclarationStructure>): void {
  writer.closeComment();
  writeDocs(writer, c.docs);
  writeModifiers(writer, c);
  writer.write("constructor");
  // The parameters as print-statements.ts writes a function's: one line, ts-morph's commas (isWritable checked them).
  writer.write(`(${parametersText(c.parameters)!})`);
  writer.space().inlineBlock(() => writeStatements(writer, c.statements as TextOrWriter | readonly Statement[] | undefined));
}

interface Modifiers {
  isExported?: boolean;
  isDefaultExport?: boolean;
  hasDeclareKeyword?: boolean;
  scope?: string;
  isStatic?: boolean;
  hasOverrideKeyword?: boolean;
  isAbstract?: boolean;
  isAsync?: boolean;
  isReadonly?: boolean;
  hasAccessorKeyword?: boolean;
}

function writeModifiers(writer: CodeBlockWriter, s: Modifiers): void {
  if (s.isDefaultExport) writer.write("export default ");
  else if (s.isExported) writer.write("export ");
  if (s.hasDeclareKeyword) writer.write("declare ");
  if (s.scope !== undefined) writer.write(`${s.scope} `);
  if (s.isStatic) writer.write("static ");
  if (s.hasOverrideKeyword) writer.write("override ");
  if (s.isAbstract) writer.write("abstract ");
  if (s.isAsync) writer.write("async ");
  if (s.isReadonly) writer.write("readonly ");
  if (s.hasAccessorKeyword) writer.write("accessor ");
}

function writeType(writer: CodeBlockWriter, type: TextOrWriter | undefined): void {
  if (type === undefined) return;
  const text = textOf(writer, type);
  if (!isNullOrWhitespace(text)) writer.hangingIndent(() => writer.write(`: ${text}`));
}

function writeInitializer(writer: CodeBlockWriter, initializer: TextOrWriter | undefined): void {
  if (initializer === undefined) return;
  const text = textOf(writer, initializer);
  if (isNullOrWhitespace(text)) return;
  writer.hangingIndent(() => {
    writer.spaceIfLastNot();
    writer.write(`= ${text}`);
  });
}

/** Each JSDoc block, then a line break. */
function writeDocs(writer: CodeBlockWriter, docs: Docs): void {
  for (const doc of docs ?? []) {
    writer.closeComment();
    writeDoc(writer, doc);
    writer.newLine();
  }
}

function writeDoc(writer: CodeBlockWriter, doc: OptionalKind<JSDocStructure> | string): void {
  let text: string;
  if (typeof doc === "string") text = doc;
  else {
    const own = new CodeBlockWriter(writer.getOptions());
    if (doc.description) writeTextOrWriter(own, doc.description);
    text = own.toString();
  }
  const lines = text.split(/\r?\n/);
  const startIndex = lines[0]!.length === 0 ? 1 : 0;
  const singleLine = lines.length <= 1;
  writer.write("/**");
  if (singleLine) {
    writer.space();
    // An empty description leaves no line to write: ts-morph passes `undefined` on, which the writer ignores.
    writer.write(lines[startIndex] as string);
  } else {
    writer.newLine();
    for (let i = startIndex; i < lines.length; i++) {
      writer.write(" *");
      if (lines[i]!.length > 0) writer.write(` ${lines[i]}`);
      writer.newLine();
    }
  }
  writer.spaceIfLastNot();
  writer.write("*/");
}

/** A type, an initializer or a base class as text: written into a writer of its own, as ts-morph does. */
function textOf(writer: CodeBlockWriter, value: TextOrWriter): string {
  const own = new CodeBlockWriter(writer.getOptions());
  writeTextOrWriter(own, value);
  return own.toString();
}

function writeTextOrWriter(writer: CodeBlockWriter, value: TextOrWriter): void {
  if (typeof value === "string") writer.write(value);
  else value(writer);
}

function isNullOrWhitespace(text: string | undefined): boolean {
  return typeof text !== "string" || isWhitespace(text);
}

function lastNonWhitespaceIsCloseBrace(writer: CodeBlockWriter): boolean {
  return writer.iterateLastCharCodes((code) => (code === 125 ? true : isWhitespaceCode(code) ? undefined : false)) ?? false;
}
