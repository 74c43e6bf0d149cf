/**
 * Maps JSON pointers to line:column in the original YAML or JSON text, from the `yaml` package's AST.
 * Built lazily: only a diagnostic asks for a location.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import { tokensFromPointer } from "../util/json-pointer.js";

export interface SourcePosition {
  line: number;
  column: number;
}

export type Locate = (pointer: string) => SourcePosition | undefined;

export function createLocator(doc: Document, lines: LineCounter): Locate {
  return (pointer) => {
    let tokens: string[];
    try {
      tokens = tokensFromPointer(pointer);
    } catch {
      return undefined;
    }
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const token of tokens) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === token);
        if (!pair) return positionOf(node, lines);
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) return positionOf(node, lines);
        node = item;
      } else {
        break;
      }
    }
    // Point at the key of the last step when there is one (`title:`), else at the value.
    return positionOf(keyNode ?? node, lines);
  };
}

function positionOf(node: unknown, lines: LineCounter): SourcePosition | undefined {
  const range = (node as Node | undefined)?.range;
  if (!range) return undefined;
  const pos = lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}
