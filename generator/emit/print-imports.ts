/**
 * Import and export declarations as text, the way ts-morph prints them (`import type { A, B as C } from "./x.js";`,
 * `import * as $rt from "./y.js";`, `export { a, b } from "./z.js";`, `export * as ns from "./z.js";`). ts-morph prints a list of specifiers with a
 * new writer per name and then inserts the commas into the middle of its buffer, which is quadratic in the list's
 * length: a module importing 2,000 model types spent a quarter of its print time on that one line. Only the plain
 * forms oagen emits are written here (named or namespace imports, named exports, a module specifier of path
 * characters); anything else goes to ts-morph unchanged. The names are identifiers the emitters already escaped.
 * test/unit/print-imports.test.ts holds the text to ts-morph's.
 */
import type { ExportDeclarationStructure, ImportDeclarationStructure, OptionalKind, StatementStructures, ExportSpecifierStructure, ImportSpecifierStructure, WriterFunction } from "ts-morph";
import { StructureKind } from "./structure-kind.js";

type Statement = string | WriterFunction | StatementStructures;
type Specifier = string | WriterFunction | OptionalKind<ImportSpecifierStructure> | OptionalKind<ExportSpecifierStructure>;

const PLAIN_SPECIFIER = /^[A-Za-z0-9_.@/-]+$/;
const IMPORT_KEYS = new Set(["kind", "moduleSpecifier", "isTypeOnly", "namedImports", "namespaceImport"]);
const EXPORT_KEYS = new Set(["kind", "moduleSpecifier", "isTypeOnly", "namedExports", "namespaceExport"]);

/** The statement as text where it is a plain import or export declaration; otherwise the statement itself. */
export function importExportAsText(statement: Statement): Statement {
  if (typeof statement !== "object") return statement;
  if (statement.kind === StructureKind.ImportDeclaration) return importText(statement) ?? statement;
  if (statement.kind === StructureKind.ExportDeclaration) return exportText(statement) ?? statement;
  return statement;
}

function importText(structure: ImportDeclarationStructure): string | undefined {
  if (!onlyKeys(structure, IMPORT_KEYS) || !PLAIN_SPECIFIER.test(structure.moduleSpecifier)) return undefined;
  const named = structure.namedImports;
  const hasNamed = Array.isArray(named) && named.length > 0;
  if (named !== undefined && !Array.isArray(named)) return undefined;
  if (hasNamed && structure.namespaceImport !== undefined) return undefined;
  const specifiers = hasNamed ? specifierList(named) : "";
  if (specifiers === undefined) return undefined;
  const type = structure.isTypeOnly ? " type" : "";
  if (structure.namespaceImport !== undefined) return `import${type} * as ${structure.namespaceImport} from "${structure.moduleSpecifier}";`;
  if (hasNamed) return `import${type} { ${specifiers} } from "${structure.moduleSpecifier}";`;
  return undefined;
}

function exportText(structure: ExportDeclarationStructure): string | undefined {
  if (!onlyKeys(structure, EXPORT_KEYS) || structure.moduleSpecifier === undefined || !PLAIN_SPECIFIER.test(structure.moduleSpecifier)) return undefined;
  const named = structure.namedExports;
  const type = structure.isTypeOnly ? " type" : "";
  const from = `from "${structure.moduleSpecifier}";`;
  // `export * from`, or `export * as name from` (a blank name is left out).
  if (named === undefined || (Array.isArray(named) && named.length === 0)) {
    const namespace = structure.namespaceExport;
    if (namespace === undefined) return `export${type} * ${from}`;
    return namespace.trim() === "" ? `export${type} * ${from}` : `export${type} * as ${namespace} ${from}`;
  }
  if (!Array.isArray(named) || structure.namespaceExport !== undefined) return undefined;
  const specifiers = specifierList(named);
  if (specifiers === undefined) return undefined;
  return `export${type} { ${specifiers} } ${from}`;
}

/** `a, type b, c as d`, or undefined for a specifier this does not print (a writer function, an empty name). */
function specifierList(specifiers: readonly Specifier[]): string | undefined {
  const parts: string[] = [];
  for (const specifier of specifiers) {
    if (typeof specifier === "string") {
      if (specifier === "") return undefined;
      parts.push(specifier);
      continue;
    }
    if (typeof specifier === "function" || !onlyKeys(specifier, SPECIFIER_KEYS) || specifier.name === "") return undefined;
    const alias = specifier.alias !== undefined && specifier.alias.trim() !== "" ? ` as ${specifier.alias}` : "";
    parts.push(`${specifier.isTypeOnly ? "type " : ""}${specifier.name}${alias}`);
  }
  return parts.join(", ");
}

const SPECIFIER_KEYS = new Set(["name", "alias", "isTypeOnly", "kind"]);

/** Whether a structure sets nothing but `allowed` keys (an undefined value counts as unset). */
export function onlyKeys(structure: object, allowed: ReadonlySet<string>): boolean {
  for (const [key, value] of Object.entries(structure)) if (value !== undefined && !allowed.has(key)) return false;
  return true;
}
