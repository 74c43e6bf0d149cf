/**
 * Spec text → a TypeScript/JavaScript string literal (double-quoted).
 * Escapes quotes, backslashes, every control character, U+2028/U+2029, and lone surrogates, so the result is
 * valid in any JS source context (including inside a template's `${}` or a `<script>`: `<` is escaped as well).
 *
 * A final backslash is written `\u005c`, not `\\`: ts-morph's code writer tracks strings and comments with a
 * one-character look-behind, would read the closing quote after `\\` as escaped, lose track of where the
 * string ends, and could then take a later `/*` for a comment and write a `*\/` of its own into the file.
 */
export function stringLiteral(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += i === text.length - 1 ? "\\u005c" : "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "<") out += "\\u003c"; // no `</script>` or `<!--` in output
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += unicodeEscape(code);
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1]!;
        i++;
      } else out += unicodeEscape(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) out += unicodeEscape(code);
    else if (code >= 0x80 && code <= 0x9f) out += unicodeEscape(code); // C1 controls (terminal escapes)
    else if (isHiddenCharacter(code)) out += unicodeEscape(code); // RTL/LTR overrides would hide code in review
    else out += ch;
  }
  return out + '"';
}

export function unicodeEscape(code: number): string {
  return "\\u" + code.toString(16).padStart(4, "0");
}

/**
 * Characters that change how code reads without being visible: bidirectional controls (Trojan Source,
 * CVE-2021-42574), zero-width spaces and joiners, the word joiner and the byte-order mark.
 */
export function isHiddenCharacter(code: number): boolean {
  return (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2060 ||
    code === 0x061c ||
    code === 0xfeff
  );
}

/** Any JSON-compatible value → a TypeScript expression (object keys go through `stringLiteral`). */
export function valueLiteral(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`cannot emit non-finite number ${String(value)}`);
    return Object.is(value, -0) ? "-0" : String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return "[" + value.map(valueLiteral).join(", ") + "]";
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${objectLiteralKey(k)}: ${valueLiteral(v)}`,
    );
    return "{" + entries.join(", ") + "}";
  }
  throw new TypeError(`cannot emit a value of type ${typeof value}`);
}

/**
 * A key inside an object *literal*. `__proto__` written as `__proto__:` or `"__proto__":` sets the prototype,
 * so it is emitted as a computed key, which creates an own data property.
 */
export function objectLiteralKey(name: string): string {
  if (name === "__proto__") return `[${stringLiteral(name)}]`;
  return isSafeIdentifierName(name) ? name : stringLiteral(name);
}

/**
 * A property or method name inside an interface or type literal: bare when it is a plain identifier name, else
 * quoted. `new` is quoted too: `new(…)` in an interface is a construct signature, not a method named "new".
 */
export function typeMemberKey(name: string): string {
  return isSafeIdentifierName(name) && name !== "new" ? name : stringLiteral(name);
}

/** An ASCII identifier name (reserved words are fine as property names). */
export function isSafeIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}
