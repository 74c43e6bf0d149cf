/**
 * Spec text → the inside of a JSDoc comment. The result never contains `*\/`, so it cannot close the comment
 * (a pattern or description with `*\/` once closed generated comments in another generator: CVE-class bug).
 * Newlines are normalised to `\n`; line and paragraph separators, other control characters and bidi
 * overrides are replaced; `@` at a line start is escaped so spec text cannot add JSDoc tags.
 */
import { isBidiControl } from "./string-literal.js";

export function jsDocText(text: string): string {
  const normalised = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  let out = "";
  for (const ch of normalised) {
    const code = ch.codePointAt(0)!;
    if (ch === "\n" || ch === "\t") out += ch;
    else if (code < 0x20 || code === 0x7f || isBidiControl(code)) out += " ";
    else if (code >= 0xd800 && code <= 0xdfff) out += "\ufffd"; // lone surrogate
    else out += ch;
  }
  return out
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .split("\n")
    .map((line) => line.replace(/\s+$/, "").replace(/^(\s*)@/, "$1\\@"))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A full single-line `//` comment body: newlines become spaces. */
export function lineCommentText(text: string): string {
  return jsDocText(text).replace(/\n/g, " ");
}
