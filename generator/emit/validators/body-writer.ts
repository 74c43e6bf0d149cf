/**
 * The writer the validator walker writes check-function bodies with: the part of code-block-writer it uses
 * (`writeLine`, `write(…).block(…)`, `toString`), with the same output byte for byte, made for its one job: a
 * plain list of strings, one indentation level of two spaces, `\n` line breaks. code-block-writer is general (any
 * options, queued and hanging indentation, a length kept across pieces, a fresh object of about fifty properties
 * per writer); one writer per check function at 1,000 operations made it a fifth of the emit stage.
 *
 * Like code-block-writer, it follows string, template, comment and regular-expression syntax as it writes, because
 * that decides whether a line is indented (a line that continues a template literal is not), and it does so with
 * the same rules: test/validators/body-writer.test.ts runs both on random statements and compares the text.
 */

export interface BlockWriter {
  writeLine(text: string): BlockWriter;
  write(text: string): BlockWriter;
  block(body: () => void): BlockWriter;
}

const BACK_SLASH = 92;
const FORWARD_SLASH = 47;
const NEW_LINE = 10;
const CARRIAGE_RETURN = 13;
const ASTERISK = 42;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACK_TICK = 96;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const DOLLAR_SIGN = 36;
const SPACE = 32;
/** No character written yet. */
const NONE = -1;

const INDENT = "  ";
const LINE_BREAK = /\r?\n/;

const enum Comment {
  None,
  Line,
  Star,
}

export class BodyWriter implements BlockWriter {
  private readonly pieces: string[] = [];
  /** The last and the second-to-last character written. */
  private last = NONE;
  private beforeLast = NONE;
  private indentation = 0;
  private newLineOnNextWrite = false;
  /** Open quotes, backticks and `${` of template literals, innermost last. */
  private readonly strings: number[] = [];
  private inRegExp = false;
  private comment = Comment.None;

  writeLine(text: string): this {
    this.newLineIfNewLineOnNextWrite();
    if (this.last !== NONE) this.newLineIfLastNot();
    this.writeIndentingNewLines(text);
    this.newLine();
    return this;
  }

  write(text: string): this {
    this.newLineIfNewLineOnNextWrite();
    this.writeIndentingNewLines(text);
    return this;
  }

  /** ` {`, the body one level in, `}`; what is written next starts on a new line. */
  block(body: () => void): this {
    this.newLineIfNewLineOnNextWrite();
    if (this.last !== NONE && !this.isLastNewLine()) this.spaceIfLastNot();
    this.newLineIfNewLineOnNextWrite();
    this.write("{");
    if (this.last !== NONE) this.newLineIfLastNot();
    this.indentation++;
    body();
    this.indentation = Math.max(0, this.indentation - 1);
    this.newLineIfLastNot();
    this.write("}");
    this.newLineOnNextWrite = true;
    return this;
  }

  toString(): string {
    return this.pieces.join("");
  }

  private newLine(): void {
    this.newLineOnNextWrite = false;
    this.baseWriteNewLine();
  }

  private newLineIfLastNot(): void {
    this.newLineIfNewLineOnNextWrite();
    if (!this.isLastNewLine()) this.newLine();
  }

  private spaceIfLastNot(): void {
    this.newLineIfNewLineOnNextWrite();
    if (this.last !== SPACE) this.writeIndentingNewLines(" ");
  }

  private newLineIfNewLineOnNextWrite(): void {
    if (!this.newLineOnNextWrite) return;
    this.newLineOnNextWrite = false;
    this.newLine();
  }

  private isLastNewLine(): boolean {
    return this.last === NEW_LINE || this.last === CARRIAGE_RETURN;
  }

  private isInString(): boolean {
    const strings = this.strings;
    return strings.length > 0 && strings[strings.length - 1] !== OPEN_BRACE;
  }

  private baseWriteNewLine(): void {
    if (this.comment === Comment.Line) this.comment = Comment.None;
    const innermost = this.strings[this.strings.length - 1];
    // A quoted string ends at the line break, unless the line ends in a backslash.
    if ((innermost === DOUBLE_QUOTE || innermost === SINGLE_QUOTE) && this.last !== BACK_SLASH) this.strings.pop();
    this.internalWrite("\n");
  }

  private writeIndentingNewLines(text: string): void {
    if (text.length === 0) {
      this.writeIndividual("");
      return;
    }
    if (!text.includes("\n")) {
      this.writeIndividual(text);
      return;
    }
    const items = text.split(LINE_BREAK);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.baseWriteNewLine();
      if (items[i]!.length > 0) this.writeIndividual(items[i]!);
    }
  }

  private writeIndividual(text: string): void {
    if (!this.isInString() && (this.isLastNewLine() || this.last === NONE)) this.internalWrite(INDENT.repeat(this.indentation));
    this.updateState(text);
    this.internalWrite(text);
  }

  private internalWrite(text: string): void {
    const length = text.length;
    if (length === 0) return;
    this.pieces.push(text);
    this.beforeLast = length > 1 ? text.charCodeAt(length - 2) : this.last;
    this.last = text.charCodeAt(length - 1);
  }

  /** code-block-writer's `_updateInternalState`, rule for rule. */
  private updateState(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const current = text.charCodeAt(i);
      if (!isCharToHandle(current)) continue;
      const past = i === 0 ? this.last : text.charCodeAt(i - 1);
      const pastPast = i === 0 ? this.beforeLast : i === 1 ? this.last : text.charCodeAt(i - 2);
      if (this.inRegExp) {
        if ((past === FORWARD_SLASH && pastPast !== BACK_SLASH) || past === NEW_LINE) this.inRegExp = false;
        else continue;
      } else if (!this.isInString() && this.comment === Comment.None && isRegExpStart(current, past, pastPast)) {
        this.inRegExp = true;
        continue;
      }
      if (!this.isInString()) {
        if (this.comment === Comment.None && past === FORWARD_SLASH && current === FORWARD_SLASH) this.comment = Comment.Line;
        else if (this.comment === Comment.None && past === FORWARD_SLASH && current === ASTERISK) this.comment = Comment.Star;
        else if (this.comment === Comment.Star && past === ASTERISK && current === FORWARD_SLASH) this.comment = Comment.None;
      }
      if (this.comment !== Comment.None) continue;
      const strings = this.strings;
      const innermost = strings.length === 0 ? undefined : strings[strings.length - 1];
      if (past !== BACK_SLASH && (current === DOUBLE_QUOTE || current === SINGLE_QUOTE || current === BACK_TICK)) {
        if (innermost === current) strings.pop();
        else if (innermost === OPEN_BRACE || innermost === undefined) strings.push(current);
      } else if (pastPast !== BACK_SLASH && past === DOLLAR_SIGN && current === OPEN_BRACE && innermost === BACK_TICK) {
        strings.push(current);
      } else if (current === CLOSE_BRACE && innermost === OPEN_BRACE) {
        strings.pop();
      }
    }
  }
}

function isCharToHandle(code: number): boolean {
  switch (code) {
    case BACK_SLASH:
    case FORWARD_SLASH:
    case NEW_LINE:
    case CARRIAGE_RETURN:
    case ASTERISK:
    case DOUBLE_QUOTE:
    case SINGLE_QUOTE:
    case BACK_TICK:
    case OPEN_BRACE:
    case CLOSE_BRACE:
      return true;
    default:
      return false;
  }
}

function isRegExpStart(current: number, past: number, pastPast: number): boolean {
  return past === FORWARD_SLASH && current !== FORWARD_SLASH && current !== ASTERISK && pastPast !== ASTERISK && pastPast !== FORWARD_SLASH;
}
