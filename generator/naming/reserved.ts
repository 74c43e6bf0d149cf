/** Words that cannot be used as binding identifiers in strict-mode ES modules or TypeScript type names. */
const RESERVED = new Set([
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
  "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally", "for", "function", "if",
  "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private",
  "protected", "public", "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof",
  "var", "void", "while", "with", "yield",
  // TypeScript type keywords and globals a generated file relies on
  "any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown",
  "Array", "Error", "JSON", "Map", "Math", "Number", "Object", "Promise", "Record", "RegExp", "Set", "String",
  "Symbol", "Date", "Partial", "Readonly", "Required", "globalThis",
]);

export function isReservedWord(name: string): boolean {
  return RESERVED.has(name);
}
