/**
 * Spec text → Markdown table cells (the generated README). Newlines, pipes, HTML and every character Markdown
 * gives a meaning are escaped, so the text cannot end the cell, the row or the table, or add links and HTML.
 * Invisible and control characters are dropped.
 */
import { isHiddenCharacter } from "./string-literal.js";

/** Plain text in a table cell. */
export function markdownCell(text: string): string {
  return visible(text).replace(/[\\`*_{}[\]()<>|#!~&]/g, (c) => `\\${c}`);
}

/**
 * A whole code span in a table cell (write it without surrounding backticks): backslash escapes do not work
 * inside a code span, so the fence is made longer than any run of backticks in the text, and a pipe — which a
 * table splits on even inside code — is the one character escaped.
 */
export function markdownCode(text: string): string {
  const body = visible(text).replace(/\|/g, "\\|");
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body === "" ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

function visible(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n?|[\n\u2028\u2029\u0085]/g, " ")) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || isHiddenCharacter(code)) continue;
    out += code >= 0xd800 && code <= 0xdfff ? "\ufffd" : ch;
  }
  return out.trim();
}
