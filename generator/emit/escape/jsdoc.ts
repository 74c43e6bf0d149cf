/**
 * Spec text → the inside of a JSDoc comment. The result never contains `*\/`, so it cannot close the comment
 * (a pattern or description with `*\/` once closed generated comments in another generator: CVE-class bug).
 * Newlines are normalised to `\n`; line and paragraph separators, other control characters, bidi controls and
 * invisible characters become spaces; lone surrogates become U+FFFD; `@` at a line start is escaped so spec
 * text cannot add JSDoc tags.
 *
 * Escape a fragment as a whole: `jsDocText(a + b)`, not `jsDocText(a) + jsDocText(b)` (an `a` ending in `*`
 * and a `b` starting with `/` would meet). Every step is linear in the text: descriptions are untrusted and may
 * be long, so no backtracking regular expression touches them.
 */
import { isHiddenCharacter } from "./string-literal.js";

export function jsDocText(text: string): string {
  const normalised = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n");
  let out = "";
  for (const ch of normalised) {
    const code = ch.codePointAt(0)!;
    if (ch === "\n" || ch === "\t") out += ch;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || isHiddenCharacter(code)) out += " ";
    else if (code >= 0xd800 && code <= 0xdfff) out += "\ufffd"; // lone surrogate
    else out += ch;
  }
  return out
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .split("\n")
    .map(escapeTagStart)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A full single-line `//` comment body: newlines become spaces. */
export function lineCommentText(text: string): string {
  return jsDocText(text).replace(/\n/g, " ");
}

/** Trailing whitespace removed; a line whose first visible character is `@` gets it escaped. */
function escapeTagStart(line: string): string {
  const trimmed = line.trimEnd();
  const indent = trimmed.length - trimmed.trimStart().length;
  return trimmed[indent] === "@" ? `${trimmed.slice(0, indent)}\\${trimmed.slice(indent)}` : trimmed;
}
