/**
 * Data literals for the client module's static descriptions (operation specs, secret maps). A literal is
 * plain data — strings through `stringLiteral`, keys through `objectLiteralKey` — plus `Code` leaves for
 * the few non-data parts (an imported validator's name, a regex literal, a lazy reference), each built by
 * the caller from escaped parts only.
 */
import { objectLiteralKey, valueLiteral } from "../escape/index.js";

/** Code placed verbatim: built only from `identifier`, `regexLiteral` and fixed text. */
export class Code {
  constructor(readonly text: string) {}
}

export function code(text: string): Code {
  return new Code(text);
}

export type Literal = string | number | boolean | Code | readonly Literal[] | LiteralObject;

/** Keys are JSON keys or property names; `undefined` members are left out. */
export interface LiteralObject {
  readonly [key: string]: Literal | undefined;
}

/** Renders `value` as a one-line TypeScript expression (prettier breaks what does not fit). */
export function renderLiteral(value: Literal): string {
  if (value instanceof Code) return value.text;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return valueLiteral(value);
  if (isLiteralArray(value)) return `[${value.map(renderLiteral).join(", ")}]`;
  const entries = Object.entries(value).filter((entry): entry is [string, Literal] => entry[1] !== undefined);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([key, item]) => `${objectLiteralKey(key)}: ${renderLiteral(item)}`).join(", ")} }`;
}

function isLiteralArray(value: readonly Literal[] | LiteralObject): value is readonly Literal[] {
  return Array.isArray(value);
}
