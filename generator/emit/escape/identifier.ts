/**
 * Names from the naming module, as they are about to be written into code. These guards are the last line of
 * defence: a name that fails them is a generator bug, not something to emit.
 *
 * - `identifier`: a binding or a reference (`export interface X`, `function f`, `: X`). A plain ASCII
 *   identifier that is not a reserved word and does not shadow a global generated code uses.
 * - `identifierName`: a property name written bare — after a dot (`client.delete`), as a class or interface
 *   member, or as a method. Reserved words are legal there (`delete`, `class`, `default` are common operation
 *   and property names), so only the character set is checked. Names that are not plain identifiers are written
 *   with `typeMemberKey` / `objectLiteralKey` instead.
 */
import { isReservedWord } from "../../naming/reserved.js";

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function identifier(name: string): string {
  if (!IDENTIFIER_NAME.test(name) || isReservedWord(name)) {
    throw new Error(`internal error: ${JSON.stringify(name)} is not a safe identifier (naming module bug)`);
  }
  return name;
}

export function identifierName(name: string): string {
  if (!IDENTIFIER_NAME.test(name)) {
    throw new Error(`internal error: ${JSON.stringify(name)} is not a safe property name (naming module bug)`);
  }
  return name;
}
