/**
 * Identifiers in generated code come only from the naming module. This guard is the last line of defence:
 * an emitter that is about to write a name as an identifier calls it, and a name that is not a plain
 * ASCII identifier (or is a reserved word) is a generator bug, not something to emit.
 */
import { isReservedWord } from "../../naming/reserved.js";

export function identifier(name: string): string {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) || isReservedWord(name)) {
    throw new Error(`internal error: ${JSON.stringify(name)} is not a safe identifier (naming module bug)`);
  }
  return name;
}
