/**
 * An `IrPattern` → a JavaScript regex literal. The pattern body is kept verbatim (it was translated and
 * checked by the model); only what a literal cannot safely hold is rewritten, each to an escape that matches
 * the same character in both modes (`u` or not):
 * - line terminators → `\n`, `\r`, `\u2028`, `\u2029`;
 * - `/`, `"`, `'` and `` ` ``, raw or identity-escaped (`\/`), → `\x2F`, `\x22`, `\x27`, `\x60`.
 * So the body never holds a `/`: no `/*`, `*\/` or `//` a comment scanner (ts-morph's code writer, an editor, a
 * minifier) could take for a comment, and no quote it could take for a string. A body ending in `*` gets an
 * empty group (`a*(?:)`) so the closing delimiter does not form `*\/` either. Round-trip tested: the literal
 * matches exactly what `new RegExp(pattern.js, flags)` matches.
 */
import type { IrPattern } from "../../model/ir.js";

const HEX_ESCAPED: Record<string, string> = { "/": "\\x2F", '"': "\\x22", "'": "\\x27", "`": "\\x60" };

export function regexLiteral(pattern: Pick<IrPattern, "js" | "flags">): string {
  let body = "";
  const src = pattern.js;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\") {
      const next = src[i + 1];
      if (next === undefined) throw new Error("regex ends with a lone backslash");
      const escaped = HEX_ESCAPED[next] ?? escapeLineTerminator(next);
      // `\` + a raw line terminator or a quote/slash is an identity escape: write the escape sequence alone.
      body += escaped === next ? ch + next : escaped;
      i++;
      continue;
    }
    body += HEX_ESCAPED[ch] ?? escapeLineTerminator(ch);
  }
  if (body === "") body = "(?:)";
  if (body.endsWith("*")) body += "(?:)"; // `a*` and `\*` alike: an empty group changes no match
  return `/${body}/${pattern.flags}`;
}

function escapeLineTerminator(ch: string): string {
  switch (ch) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\u2028":
      return "\\u2028";
    case "\u2029":
      return "\\u2029";
    default:
      return ch;
  }
}
