/** JSON Pointer expressions in generated checks: built only where an issue is added or a named check is called. */
import { escapePointerToken } from "../../runtime/validation.js";
import { stringLiteral } from "../escape/index.js";

/** A JSON Pointer expression: locals and literal tokens, folded into one concatenation when written. */
export class PointerExpression {
  private constructor(private readonly parts: readonly { text: string; literal: boolean }[]) {}

  /** The pointer held in a local or parameter. */
  static of(local: string): PointerExpression {
    return new PointerExpression([{ text: local, literal: false }]);
  }

  /** A child by a key known now (escaped per RFC 6901 here). */
  child(key: string): PointerExpression {
    return new PointerExpression([...this.parts, { text: "/" + escapePointerToken(key), literal: true }]);
  }

  /** A child by an expression evaluated at run time (an index, or an already escaped key). */
  dynamicChild(expression: string): PointerExpression {
    return new PointerExpression([...this.parts, { text: "/", literal: true }, { text: expression, literal: false }]);
  }

  toString(): string {
    const out: string[] = [];
    let literal: string | undefined;
    for (const part of this.parts) {
      if (part.literal) literal = (literal ?? "") + part.text;
      else {
        if (literal !== undefined) out.push(stringLiteral(literal));
        literal = undefined;
        out.push(part.text);
      }
    }
    if (literal !== undefined) out.push(stringLiteral(literal));
    return out.length === 0 ? '""' : out.join(" + ");
  }
}
