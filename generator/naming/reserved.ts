/**
 * Names an exported declaration of a generated module may not take: words that cannot be binding identifiers
 * in a strict-mode ES module or TypeScript type names, and the globals the module may refer to (globals.ts).
 * Property names are not affected (`{ class: 1 }` and `interface X { default: string }` are fine).
 */
import { GLOBAL_NAMES } from "./globals.js";

const KEYWORDS = new Set([
  // Reserved words and strict-mode restrictions (ES2022)
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
  "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally", "for", "function", "if",
  "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private",
  "protected", "public", "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof",
  "var", "void", "while", "with", "yield",
  // TypeScript: predefined type names (no interface or alias may take them)
  "any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown",
]);

export function isReservedWord(name: string): boolean {
  return KEYWORDS.has(name) || GLOBAL_NAMES.has(name);
}
