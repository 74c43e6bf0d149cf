/**
 * Finished text for a module-level statement, written into the printed file as it is. ts-morph's structure
 * printer sends every character of a statement through code-block-writer's indentation and string-state
 * bookkeeping; the validators' check functions are already text in their final style (the walker wrote them),
 * and sending them through a second writer was a fifth of the print stage at 1,000 operations.
 *
 * While `printWithVerbatim` runs, `verbatim(text)` writes a marker `\u0000<n>\u0000` and keeps the text; the
 * printed file's markers are then replaced by their texts. The printer decides on a blank line between statements
 * by the last character written (`}` ends a block), so a text ending in a closing bracket or `;` gives its marker
 * that character too (`\u0000<n>\u0001}`). NUL and U+0001 never reach generated code from a spec (every escaping
 * path turns control characters into escapes or drops them), so a marker cannot be forged. Outside
 * `printWithVerbatim`, or below module level, the text goes through the writer as any statement would.
 */
import type { WriterFunction } from "ts-morph";

let texts: string[] | undefined;

export interface VerbatimOptions {
  /** Set apart by a blank line, as ts-morph sets apart a function or an interface. */
  blankLineBefore?: boolean;
  /** Whitespace the structure had as `leadingTrivia`, written before the text as ts-morph writes it. */
  leadingTrivia?: string;
}

const TEXT = Symbol("verbatim text");

/** The text of a `verbatim(text)` written with no options (an initializer, say), or undefined for anything else. */
export function verbatimText(value: unknown): string | undefined {
  return typeof value === "function" ? (value as { [TEXT]?: string })[TEXT] : undefined;
}

export function verbatim(text: string, options: VerbatimOptions = {}): WriterFunction {
  const write: WriterFunction & { [TEXT]?: string } = (writer) => {
    // What ts-morph's statement printer does before a function or an interface it prints itself.
    if (options.blankLineBefore && !writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
    if (options.leadingTrivia !== undefined) writer.write(options.leadingTrivia);
    if (texts && writer.getIndentationLevel() === 0) {
      const last = text.trimEnd().slice(-1);
      writer.write(`\u0000${texts.push(text) - 1}${";)]}".includes(last) && last !== "" ? `\u0001${last}` : "\u0000"}`);
    } else writer.write(text);
  };
  if (options.blankLineBefore === undefined && options.leadingTrivia === undefined) write[TEXT] = text;
  return write;
}

export function printWithVerbatim<T extends string | undefined>(print: () => T): T {
  const outer = texts;
  const own: string[] = [];
  texts = own;
  try {
    const printed = print();
    if (own.length === 0 || printed === undefined) return printed;
    return printed.replace(/\u0000(\d+)(?:\u0000|\u0001[;)\]}])/g, (_, index: string) => own[Number(index)]!) as T;
  } finally {
    texts = outer;
  }
}
