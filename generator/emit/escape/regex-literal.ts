/**
 * An `IrPattern` → a JavaScript regex literal. The pattern body is kept verbatim (it was translated and
 * checked by the model); only what a literal cannot hold is escaped: an unescaped `/` and line terminators.
 * A `/` inside a class is escaped too (`[\/]` means the same in both modes): ts-morph's code writer ends a
 * literal at the first unescaped `/`, and would read the rest as code. Round-trip tested: the literal matches
 * exactly what `new RegExp(pattern.js, flags)` matches.
 */
import type { IrPattern } from "../../model/ir.js";

export function regexLiteral(pattern: Pick<IrPattern, "js" | "flags">): string {
  let body = "";
  const src = pattern.js;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\") {
      const next = src[i + 1];
      if (next === undefined) throw new Error("regex ends with a lone backslash");
      const escaped = escapeLineTerminator(next);
      // `\` + a raw line terminator is an identity escape of that character: write the escape sequence alone.
      body += escaped === next ? ch + next : escaped;
      i++;
      continue;
    }
    body += ch === "/" ? "\\/" : escapeLineTerminator(ch);
  }
  if (body === "") body = "(?:)";
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
