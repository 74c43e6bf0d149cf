/**
 * The module-level declarations oagen emits most (interfaces, type aliases, `const`s and functions) as finished
 * text, byte for byte what ts-morph's structure printers write for them. ts-morph sends every character through
 * code-block-writer's indentation and string-state bookkeeping; at 1,000 operations that was most of the print
 * stage. `statementAsText` answers only for the plain shapes oagen's emitters build — single-line names, types and
 * initializers that span lines only where ts-morph hangs them (an inline object type), string statements without
 * template literals, docs as descriptions — and returns undefined for anything else, which ts-morph then prints as
 * before. test/unit/print-statements.test.ts holds the two to the same bytes on every file of every test spec and
 * on random structures.
 */
import type { FunctionDeclarationStructure, InterfaceDeclarationStructure, StatementStructures, TypeAliasDeclarationStructure, VariableStatementStructure } from "ts-morph";
import { StructureKind } from "./structure-kind.js";
import { onlyKeys } from "./print-imports.js";
import { verbatimText } from "./verbatim.js";

const INDENT = "  ";

const INTERFACE_KEYS = new Set(["kind", "name", "isExported", "docs", "properties", "methods", "extends"]);
const PROPERTY_KEYS = new Set(["kind", "name", "hasQuestionToken", "isReadonly", "type", "docs"]);
const METHOD_KEYS = new Set(["kind", "name", "hasQuestionToken", "docs", "parameters", "returnType"]);
const TYPE_ALIAS_KEYS = new Set(["kind", "name", "isExported", "docs", "type"]);
const VARIABLE_KEYS = new Set(["kind", "isExported", "declarationKind", "docs", "declarations"]);
const DECLARATION_KEYS = new Set(["kind", "name", "type", "initializer"]);
const FUNCTION_KEYS = new Set(["kind", "name", "isExported", "isAsync", "docs", "typeParameters", "parameters", "returnType", "statements"]);
const PARAMETER_KEYS = new Set(["kind", "name", "type", "hasQuestionToken", "initializer", "scope", "isReadonly"]);
const DOC_KEYS = new Set(["kind", "description"]);

/** Whether a statement is one ts-morph separates from the one before by a blank line (functions, interfaces). */
export function needsBlankLineBefore(structure: StatementStructures): boolean {
  return structure.kind === StructureKind.Function || structure.kind === StructureKind.Interface;
}

/** The statement as ts-morph prints it at module level, or undefined when it is not one of the plain shapes. */
export function statementAsText(structure: StatementStructures): string | undefined {
  switch (structure.kind) {
    case StructureKind.Interface:
      return interfaceText(structure);
    case StructureKind.TypeAlias:
      return typeAliasText(structure);
    case StructureKind.VariableStatement:
      return variableText(structure);
    case StructureKind.Function:
      return functionText(structure);
    default:
      return undefined;
  }
}

function interfaceText(s: InterfaceDeclarationStructure): string | undefined {
  const properties = s.properties ?? [];
  const methods = s.methods ?? [];
  if (!onlyKeys(s, INTERFACE_KEYS) || !inline(s.name)) return undefined;
  const docs = docsText(s.docs, "");
  if (docs === undefined) return undefined;
  let extendsText = "";
  if (s.extends !== undefined) {
    const list = Array.isArray(s.extends) ? s.extends : [s.extends];
    if (!list.every(inline)) return undefined;
    const joined = (list as string[]).join(", ");
    if (!isWhitespace(joined)) extendsText = `extends ${joined} `;
  }
  // Properties, then methods, one per line (ts-morph's member printer puts no blank line between the two).
  const members: string[] = [];
  for (const p of properties) {
    if (!onlyKeys(p, PROPERTY_KEYS) || !inline(p.name) || (p.type !== undefined && !hanging(p.type))) return undefined;
    const propertyDocs = docsText(p.docs, INDENT);
    if (propertyDocs === undefined) return undefined;
    const type = p.type !== undefined && !isWhitespace(p.type) ? `: ${p.type}` : "";
    // A type over several lines (an inline object) hangs one level below the member's own.
    const member = `${p.isReadonly ? "readonly " : ""}${p.name}${p.hasQuestionToken ? "?" : ""}${type};`;
    members.push(`${propertyDocs}${INDENT}${hang(member, INDENT + INDENT)}`);
  }
  for (const m of methods) {
    if (!onlyKeys(m, METHOD_KEYS) || !inline(m.name) || (m.returnType !== undefined && !inline(m.returnType))) return undefined;
    const methodDocs = docsText(m.docs, INDENT);
    const parameters = parametersText(m.parameters);
    if (methodDocs === undefined || parameters === undefined) return undefined;
    const returnType = m.returnType !== undefined && !isWhitespace(m.returnType) ? `: ${m.returnType}` : "";
    members.push(`${methodDocs}${INDENT}${m.name}${m.hasQuestionToken ? "?" : ""}(${parameters})${returnType};`);
  }
  // No members: an empty block, `{` and `}` on lines of their own.
  return `${docs}${s.isExported ? "export " : ""}interface ${s.name} ${extendsText}{\n${members.map((m) => `${m}\n`).join("")}}`;
}

function typeAliasText(s: TypeAliasDeclarationStructure): string | undefined {
  if (!onlyKeys(s, TYPE_ALIAS_KEYS) || !inline(s.name) || !(inline(s.type) || hanging(s.type))) return undefined;
  const docs = docsText(s.docs, "");
  if (docs === undefined) return undefined;
  return `${docs}${hang(`${s.isExported ? "export " : ""}type ${s.name}${isWhitespace(s.type) ? "" : ` = ${s.type}`};`, INDENT)}`;
}

function variableText(s: VariableStatementStructure): string | undefined {
  if (!onlyKeys(s, VARIABLE_KEYS) || s.declarations.length !== 1) return undefined;
  const d = s.declarations[0]!;
  // A verbatim initializer (verbatim.ts) is final text: ts-morph writes its one-line marker, which the text replaces
  // after printing, so the hanging indentation below never reaches it. Here it stands in as NUL until then.
  const finished = verbatimText(d.initializer);
  if (!onlyKeys(d, DECLARATION_KEYS) || !inline(d.name) || (d.type !== undefined && !hanging(d.type)) || (finished === undefined && d.initializer !== undefined && !hanging(d.initializer))) return undefined;
  const docs = docsText(s.docs, "");
  if (docs === undefined) return undefined;
  const type = d.type !== undefined && !isWhitespace(d.type) ? `: ${d.type}` : "";
  const initializer = finished !== undefined ? " = \u0000" : d.initializer !== undefined && !isWhitespace(d.initializer as string) ? ` = ${d.initializer as string}` : "";
  // ts-morph writes the statement with hanging indentation: every line after the first is one level in.
  const statement = hang(`${s.isExported ? "export " : ""}${s.declarationKind ?? "let"} ${d.name}${type}${initializer};`, INDENT);
  if (finished === undefined) return `${docs}${statement}`;
  const [before, after, ...more] = statement.split("\u0000");
  return more.length > 0 || docs.includes("\u0000") ? undefined : `${docs}${before}${finished}${after}`;
}

function functionText(s: FunctionDeclarationStructure): string | undefined {
  if (!onlyKeys(s, FUNCTION_KEYS) || s.name === undefined || !inline(s.name) || isWhitespace(s.name)) return undefined;
  if (s.returnType !== undefined && !inline(s.returnType)) return undefined;
  const statements = s.statements;
  if (!Array.isArray(statements) || statements.length === 0 || !statements.every((t) => typeof t === "string" && blockText(t))) return undefined;
  const docs = docsText(s.docs, "");
  if (docs === undefined) return undefined;
  const parameters = parametersText(s.parameters);
  const typeParameters = typeParametersText(s.typeParameters);
  if (parameters === undefined || typeParameters === undefined) return undefined;
  const returnType = s.returnType !== undefined && !isWhitespace(s.returnType) ? `: ${s.returnType}` : "";
  let body = "";
  for (const statement of statements as string[]) {
    // Between statements: a blank line after one that ends with `}`, else a line break.
    if (body !== "") body += body.trimEnd().endsWith("}") ? (body.endsWith("\n\n") ? "" : body.endsWith("\n") ? "\n" : "\n\n") : body.endsWith("\n") ? "" : "\n";
    body += indentLines(statement);
  }
  return `${docs}${s.isExported ? "export " : ""}${s.isAsync ? "async " : ""}function ${s.name}${typeParameters}(${parameters})${returnType} {\n${body}${body.endsWith("\n") ? "" : "\n"}}`;
}

/**
 * `<A, B>` for type parameters given as names, "" for none, or undefined when one is a structure or could carry a
 * comment or a comma of its own (ts-morph puts each comma where its scanner finds the end of the last token).
 */
function typeParametersText(list: FunctionDeclarationStructure["typeParameters"]): string | undefined {
  if (list === undefined || list.length === 0) return "";
  if (!list.every((p) => typeof p === "string" && listItem(p))) return undefined;
  return `<${list.join(", ")}>`;
}

/**
 * A parameter list as ts-morph writes it (functions, method signatures, constructors: print-file.ts), or undefined
 * when a parameter is not plain.
 */
export function parametersText(list: readonly unknown[] | undefined): string | undefined {
  const parameters: string[] = [];
  for (const item of list ?? []) {
    const p = item as { name?: unknown; type?: unknown; hasQuestionToken?: boolean; initializer?: unknown; scope?: unknown; isReadonly?: boolean };
    if (p === null || typeof p !== "object" || !onlyKeys(p, PARAMETER_KEYS) || !inline(p.name) || (p.type !== undefined && !inline(p.type)) || (p.initializer !== undefined && !inline(p.initializer))) return undefined;
    if (p.scope !== undefined && !inline(p.scope)) return undefined;
    // A parameter with `?` always gets a type (`any` when none is given), as ts-morph writes it.
    const typeText = p.type ?? (p.hasQuestionToken ? "any" : undefined);
    const type = typeText !== undefined && !isWhitespace(typeText) ? `: ${typeText}` : "";
    const initializer = p.initializer !== undefined && !isWhitespace(p.initializer) ? ` = ${p.initializer}` : "";
    const modifiers = `${p.scope !== undefined ? `${p.scope} ` : ""}${p.isReadonly ? "readonly " : ""}`;
    const text = `${modifiers}${p.name}${p.hasQuestionToken ? "?" : ""}${type}${initializer}`;
    if (!listItem(text)) return undefined;
    parameters.push(text);
  }
  return parameters.join(", ");
}

/** JSDoc blocks as ts-morph's JSDoc printer writes them, each followed by a line break; undefined if not plain. */
function docsText(docs: unknown, indent: string): string | undefined {
  if (docs === undefined) return "";
  if (!Array.isArray(docs)) return undefined;
  let out = "";
  for (const doc of docs) {
    let text: string;
    if (typeof doc === "string") text = doc;
    else if (doc !== null && typeof doc === "object" && onlyKeys(doc, DOC_KEYS) && (doc.description === undefined || typeof doc.description === "string")) text = doc.description ?? "";
    else return undefined;
    if (text.includes("\r")) return undefined;
    const lines = text.split("\n");
    // Inside the comment the writer tracks no strings (backticks and quotes are plain text); a line that closes
    // the comment early, or ends in a backslash, is left to it.
    if (lines.some((line) => line.endsWith("\\") || line.includes("*/"))) return undefined;
    if (lines.length <= 1) {
      const line = lines[0]!;
      // `/** ` then the text, and a space before `*/` unless the last character written already is one.
      out += `${indent}/** ${line}${line === "" || line.endsWith(" ") ? "" : " "}*/\n`;
    } else {
      out += `${indent}/**\n`;
      for (let i = lines[0]!.length === 0 ? 1 : 0; i < lines.length; i++) out += `${indent} *${lines[i]!.length > 0 ? ` ${lines[i]}` : ""}\n`;
      out += `${indent} */\n`;
    }
  }
  return out;
}

/** Lines inside a block (a function body): each non-empty line indented one level, as ts-morph's writer does. */
export function indentLines(text: string): string {
  return text.replace(/^(?=[^\n])/gm, INDENT);
}

/**
 * An item of a comma-separated list that ends with its last token: ts-morph writes the comma after an item where its
 * scanner finds the end of the item's last token, which for these is the end of the text (no trailing space or
 * comment, no comma of its own).
 */
function listItem(text: string): boolean {
  return inline(text) && /\S$/.test(text) && !/\/[/*]/.test(text) && !text.endsWith(",");
}

/** Hanging indentation: every non-empty line after the first gets `indent` before it, as ts-morph's writer does. */
function hang(text: string, indent: string): string {
  return text.includes("\n") ? text.replace(/\n(?=[^\n])/g, `\n${indent}`) : text;
}

/** Text ts-morph writes on one line as it is: no line break, no template literal, no trailing backslash. */
function inline(text: unknown): text is string {
  return typeof text === "string" && !text.includes("\n") && !text.includes("\r") && !text.includes("`") && !text.endsWith("\\");
}

/** Text in a hanging-indented position (a `const`'s type or value): its own lines, but none a template literal continues. */
function hanging(text: unknown): text is string {
  return typeof text === "string" && blockText(text);
}

/**
 * A statement whose lines code-block-writer indents one by one: no template literal (whose lines it leaves as they
 * are), no `\r`, no line that ends in a backslash (a string it would think continues).
 */
function blockText(text: string): boolean {
  return !text.includes("`") && !text.includes("\r") && !/\\\n|\\$/.test(text) && !isWhitespace(text);
}

/** The characters ts-morph counts as whitespace (its `StringUtils`): an all-whitespace type or name is left out. */
const WHITESPACE = new Set([" ", "\f", "\n", "\r", "\t", "\v", "\u00A0", "\u2028", "\u2029"].map((c) => c.charCodeAt(0)));

export function isWhitespaceCode(code: number): boolean {
  return WHITESPACE.has(code);
}

/** Whether ts-morph sees no text in `text` (String.prototype.trim also drops other spaces, which ts-morph writes). */
export function isWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!WHITESPACE.has(text.charCodeAt(i))) return false;
  return true;
}
