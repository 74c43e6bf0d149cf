/**
 * Spec patterns → ECMAScript. OpenAPI says patterns are ECMA-262; Azure's specs are written for .NET and Java
 * in practice. `translatePattern` keeps ECMAScript meaning for everything ECMAScript can express
 * (`\d`, `\w`, `$` keep their ECMAScript meaning), translates what another dialect writes differently but
 * ECMAScript can express exactly, and rejects, with the reason, what would silently change meaning:
 *
 * - `\A` → `^`, `\z` → `$`, `\Z` → `(?=\n?$)` (end, or before a final newline); `\e` → `\x1B`, `\a` → `\x07`;
 *   `(?#comment)` is dropped.
 * - `\p{…}`, `\P{…}`, `\u{…}` and characters outside the BMP need Unicode mode: the `u` flag is added and
 *   the rest rewritten to be valid in it (`\_` → `_`, a lone `{` → `\{`, `[\w-.]` → `[\w\-.]`).
 * - Rejected: inline flags and modifier groups (`a(?i)b`, `(?i:x)`), possessive quantifiers (`a++`), atomic
 *   groups (`(?>…)`), .NET/Python named-group spellings, conditionals, `\G` `\Q` `\h` and any other letter
 *   escape ECMAScript would read as the plain letter, `[]`/`[^]`, class subtraction (`[a-z-[aeiou]]`),
 *   intersection (`&&`), POSIX classes (`[[:alpha:]]`), and anything `RegExp` refuses.
 * - Lookbehind (`(?<=…)`, `(?<!…)`) and named groups (`(?<name>…)`) are ECMAScript (Node 20) and kept.
 */
import type { IrPattern } from "./ir.js";

export { checkPatternSafety, precheckPatterns } from "./regex-safety.js";

export type TranslatePatternResult =
  { ok: true; pattern: IrPattern; warnings: string[] } | { ok: false; reason: string };

/**
 * The translated form of every string `pattern` in a loaded document, each once: what the model will check
 * (`precheckPatterns` checks them ahead of it). A `pattern` outside a schema (inside an example, say) is included
 * too; checking it costs a check, never a diagnostic: only the model reports.
 */
export function patternsIn(document: unknown): IrPattern[] {
  const found = new Map<string, IrPattern>();
  const seen = new Set<object>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === "object") stack.push(item);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === "object") stack.push(value);
      else if (key === "pattern" && typeof value === "string" && !found.has(value)) {
        const translated = translatePattern(value);
        if (translated.ok) found.set(value, translated.pattern);
      }
    }
  }
  return [...found.values()];
}

/** One piece of the output: how it is written without and with the `u` flag. */
interface Piece {
  plain: string;
  unicode: string;
}

class PatternError extends Error {}

/** Escapes that mean the same in ECMAScript as in .NET and Java (outside a class). */
const SHARED_LETTER_ESCAPES = new Set(["d", "D", "w", "W", "s", "S", "b", "B", "n", "r", "t", "v", "f"]);
/** Characters that may follow `\` in Unicode mode as an identity escape. */
const SYNTAX_CHARACTERS = new Set([..."^$\\.*+?()[]{}|/"]);
/** Escapes another dialect writes for a character ECMAScript writes differently. */
const CONTROL_ESCAPES: Record<string, string> = { e: "\\x1B", a: "\\x07" };

export function translatePattern(source: string): TranslatePatternResult {
  const warnings: string[] = [];
  let pieces: Piece[];
  let needsUnicode: boolean;
  try {
    ({ pieces, needsUnicode } = new PatternTranslator(source, warnings).translate());
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, reason: error.message };
    throw error;
  }
  const js = pieces.map((piece) => (needsUnicode ? piece.unicode : piece.plain)).join("");
  const flags = needsUnicode ? "u" : "";
  try {
    new RegExp(js, flags);
  } catch (error) {
    const detail = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
    const mode = needsUnicode ? " in Unicode mode (needed for \\p{…}, \\u{…} or characters beyond U+FFFF)" : "";
    return { ok: false, reason: `invalid regular expression${mode}: ${detail}` };
  }
  return { ok: true, pattern: { source, js, flags }, warnings };
}

class PatternTranslator {
  private at = 0;
  private needsUnicode = false;
  private readonly pieces: Piece[] = [];

  constructor(
    private readonly source: string,
    private readonly warnings: string[],
  ) {}

  translate(): { pieces: Piece[]; needsUnicode: boolean } {
    const src = this.source;
    while (this.at < src.length) {
      const ch = src[this.at]!;
      if (ch === "\\") this.escape();
      else if (ch === "[") this.characterClass();
      else if (ch === "(") this.groupOpen();
      else if (ch === "*" || ch === "+" || ch === "?") this.quantifier(ch.length);
      else if (ch === "{") this.brace();
      else if (ch === "}" || ch === "]") this.emit(ch, "\\" + ch, 1);
      else this.literal();
    }
    return { pieces: this.pieces, needsUnicode: this.needsUnicode };
  }

  private emit(plain: string, unicode: string, length: number): void {
    this.pieces.push({ plain, unicode });
    this.at += length;
  }

  private fail(what: string, why: string): never {
    throw new PatternError(`${what} at offset ${this.at} ${why}`);
  }

  /** A code point as written (surrogate pairs stay together and switch on Unicode mode). */
  private literal(): void {
    const code = this.source.codePointAt(this.at)!;
    const text = String.fromCodePoint(code);
    if (code > 0xffff) this.needsUnicode = true;
    this.emit(text, text, text.length);
  }

  /** `*`, `+`, `?` (and a `{…}` quantifier's length): lazy `?` is fine, a possessive `+` is not. */
  private quantifier(length: number): void {
    const text = this.source.slice(this.at, this.at + length);
    const next = this.source[this.at + length];
    if (next === "+") {
      this.at += length;
      this.fail(`possessive quantifier "${text}+"`, "is not supported by ECMAScript regular expressions");
    }
    const lazy = next === "?" ? "?" : "";
    this.emit(text + lazy, text + lazy, length + lazy.length);
  }

  /** `{n}`, `{n,}`, `{n,m}` are quantifiers; any other `{` is a literal brace (in every dialect). */
  private brace(): void {
    const match = /^\{\d+(?:,\d*)?\}/.exec(this.source.slice(this.at));
    if (match) return this.quantifier(match[0].length);
    if (/^\{,\d+\}/.test(this.source.slice(this.at))) {
      this.warnings.push(`"{,n}" at offset ${this.at} is literal text, not a quantifier (write "{0,n}")`);
    }
    this.emit("{", "\\{", 1);
  }

  private groupOpen(): void {
    const rest = this.source.slice(this.at);
    if (!rest.startsWith("(?")) return this.emit("(", "(", 1);
    if (/^\(\?(?::|=|!|<=|<!)/.test(rest)) {
      const length = rest.startsWith("(?<") ? 4 : 3;
      return this.emit(rest.slice(0, length), rest.slice(0, length), length);
    }
    const named = /^\(\?<([A-Za-z_$][A-Za-z0-9_$]*)>/.exec(rest);
    if (named) return this.emit(named[0], named[0], named[0].length);
    if (rest.startsWith("(?#")) {
      const end = this.source.indexOf(")", this.at);
      if (end === -1) this.fail('comment group "(?#"', "is never closed");
      this.at = end + 1;
      return;
    }
    if (rest.startsWith("(?>")) this.fail('atomic group "(?>…)"', "is not supported by ECMAScript regular expressions");
    if (/^\(\?(?:'|P<|<[^=!])/.test(rest)) {
      this.fail("named group", 'uses another dialect\'s spelling; ECMAScript writes "(?<name>…)"');
    }
    if (rest.startsWith("(?(")) this.fail("conditional group", "is not supported by ECMAScript regular expressions");
    if (rest.startsWith("(?|")) this.fail("branch-reset group", "is not supported by ECMAScript regular expressions");
    const flags = /^\(\?[A-Za-z]*(?:-[A-Za-z]*)?[:)]/.exec(rest);
    if (flags) {
      this.fail(
        `inline flags "${flags[0]}"`,
        "cannot be expressed in an ECMAScript regular expression (flags apply to a whole pattern there)",
      );
    }
    this.fail('group "(?"', "has an unknown construct after it");
  }

  /** An escape outside a class. */
  private escape(): void {
    const next = this.source[this.at + 1];
    if (next === undefined) this.fail('"\\"', "ends the pattern");
    if (next === "A") return this.emit("^", "^", 2);
    if (next === "z") return this.emit("$", "$", 2);
    if (next === "Z") return this.emit("(?=\\n?$)", "(?=\\n?$)", 2);
    if (next === "k") {
      const name = /^\\k<[A-Za-z_$][A-Za-z0-9_$]*>/.exec(this.source.slice(this.at));
      if (!name) this.fail('"\\k"', 'must be a named back-reference "\\k<name>"');
      return this.emit(name[0], name[0], name[0].length);
    }
    if (/[0-9]/.test(next)) {
      const digits = /^\\[0-9]+/.exec(this.source.slice(this.at))![0];
      return this.emit(digits, digits, digits.length);
    }
    const piece = this.sharedEscape(false);
    this.emit(piece.plain, piece.unicode, piece.length);
  }

  /** Escapes with the same meaning inside and outside a class; `inClass` only changes what is allowed. */
  private sharedEscape(inClass: boolean): Piece & { length: number } {
    const rest = this.source.slice(this.at);
    const next = rest[1]!;
    const same = (text: string): Piece & { length: number } => ({ plain: text, unicode: text, length: text.length });
    if (SHARED_LETTER_ESCAPES.has(next)) {
      if (inClass && next === "B") this.fail('"\\B"', "is not allowed inside a character class");
      return same(rest.slice(0, 2));
    }
    if (next === "p" || next === "P") {
      const property = /^\\[pP]\{[A-Za-z0-9_=]+\}/.exec(rest);
      if (!property) this.fail(`"\\${next}"`, `must be written "\\${next}{Name}"`);
      this.needsUnicode = true;
      return same(property[0]);
    }
    if (next === "u") {
      const braced = /^\\u\{[0-9A-Fa-f]+\}/.exec(rest);
      if (braced) {
        this.needsUnicode = true;
        return same(braced[0]);
      }
      const hex = /^\\u[0-9A-Fa-f]{4}/.exec(rest);
      if (!hex) this.fail('"\\u"', 'must be followed by four hex digits or "{hex}"');
      return same(hex[0]);
    }
    if (next === "x") {
      const hex = /^\\x[0-9A-Fa-f]{2}/.exec(rest);
      if (!hex) this.fail('"\\x"', "must be followed by two hex digits");
      return same(hex[0]);
    }
    if (next === "c") {
      const control = /^\\c[A-Za-z]/.exec(rest);
      if (!control) this.fail('"\\c"', "must be followed by a letter");
      return same(control[0]);
    }
    if (next === "0" && inClass) return same("\\0");
    if (CONTROL_ESCAPES[next] !== undefined) return { ...same(CONTROL_ESCAPES[next]), length: 2 };
    if (inClass && (next === "A" || next === "Z" || next === "z")) {
      this.fail(`anchor "\\${next}"`, "cannot appear inside a character class");
    }
    if (next === "Q") this.fail('quoting "\\Q…\\E"', "is not supported by ECMAScript regular expressions");
    if (inClass && /[0-9]/.test(next)) {
      this.fail(
        `"\\${next}" inside a character class`,
        "is an octal escape in some dialects and not allowed in others",
      );
    }
    if (/[A-Za-z0-9]/.test(next)) {
      this.fail(`"\\${next}"`, `has no ECMAScript equivalent (ECMAScript would read it as the plain "${next}")`);
    }
    // An identity escape of punctuation or a non-ASCII character.
    const code = rest.codePointAt(1)!;
    const text = String.fromCodePoint(code);
    if (code > 0xffff) this.needsUnicode = true;
    const keepsEscape = SYNTAX_CHARACTERS.has(text) || (inClass && text === "-");
    return { plain: "\\" + text, unicode: keepsEscape ? "\\" + text : text, length: 1 + text.length };
  }

  /** `[…]`: a whole class, with Annex B's literal `-` next to a class escape made explicit for Unicode mode. */
  private characterClass(): void {
    const src = this.source;
    const start = this.at;
    this.at++;
    let plain = "[";
    let unicode = "[";
    if (src[this.at] === "^") {
      plain += "^";
      unicode += "^";
      this.at++;
    }
    if (src[this.at] === "]") {
      this.fail(
        `"${src.slice(start, this.at + 1)}"`,
        'is an empty class in ECMAScript but a literal "]" in .NET and Java; write "\\]" for the character',
      );
    }
    if (src.startsWith("[:", this.at) && /^\[:[a-z]+:\]/.test(src.slice(this.at))) {
      this.fail("POSIX class", "is not supported by ECMAScript regular expressions");
    }
    /** Atoms: `escapeClass` marks `\d`, `\w`, `\p{…}`…, which cannot be a range end in Unicode mode. */
    const atoms: { plain: string; unicode: string; escapeClass: boolean; dash: boolean }[] = [];
    for (;;) {
      if (this.at >= src.length) {
        this.at = start;
        this.fail("character class", "is never closed");
      }
      const ch = src[this.at]!;
      if (ch === "]") break;
      if (ch === "\\") {
        const next = src[this.at + 1];
        const piece = this.sharedEscape(true);
        atoms.push({ ...piece, escapeClass: next !== undefined && "dDwWsSpP".includes(next), dash: false });
        this.at += piece.length;
        continue;
      }
      if (ch === "-" && src[this.at + 1] === "[" && atoms.length > 0) {
        this.fail("class subtraction", "(.NET) has no ECMAScript equivalent");
      }
      if (ch === "&" && src[this.at + 1] === "&")
        this.fail('class intersection "&&"', "(Java) has no ECMAScript equivalent");
      if (ch === "[" && /^\[:[a-z]+:\]/.test(src.slice(this.at))) {
        this.fail("POSIX class", "is not supported by ECMAScript regular expressions");
      }
      const code = src.codePointAt(this.at)!;
      const text = String.fromCodePoint(code);
      if (code > 0xffff) this.needsUnicode = true;
      // A "-" that ends up as a plain character is written "\\-" in Unicode mode, so rewriting one range
      // cannot make its neighbours into another.
      atoms.push({ plain: text, unicode: ch === "-" ? "\\-" : text, escapeClass: false, dash: ch === "-" });
      this.at += text.length;
    }
    this.at++;
    // Read ranges as ECMAScript does (left to right, `a-b` consumes three atoms); a "range" with a class
    // escape at either end is, under Annex B, a union that includes "-": spelled `\-` for Unicode mode.
    for (let i = 0; i < atoms.length; i++) {
      const atom = atoms[i]!;
      const dash = atoms[i + 1];
      const end = atoms[i + 2];
      if (dash?.dash && end !== undefined) {
        const union = atom.escapeClass || end.escapeClass;
        plain += atom.plain + dash.plain + end.plain;
        unicode += atom.unicode + (union ? "\\-" : "-") + end.unicode;
        i += 2;
      } else {
        plain += atom.plain;
        unicode += atom.unicode;
      }
    }
    this.pieces.push({ plain: plain + "]", unicode: unicode + "]" });
  }
}
