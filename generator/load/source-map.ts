/**
 * Maps JSON pointers to line:column in the original YAML or JSON text: from the offsets the fast reader kept of
 * its events for text it accepted (`locatorFromText`, position-table.ts), from the `yaml` package's syntax tree for
 * text read the slow way (`createLocator`). Line starts are indexed when a diagnostic first asks.
 */
import { parseEvents } from "js-yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from "yaml";
import { tokensFromPointer } from "../util/json-pointer.js";
import { LOAD_LIMITS } from "./limits.js";
import { PositionTable } from "./position-table.js";

export interface SourcePosition {
  line: number;
  column: number;
}

export interface Locate {
  (pointer: string): SourcePosition | undefined;
  /**
   * Drops what the locator holds to answer (its position table and line index), keeping only what it needs to build
   * them again on the next question: the pipeline calls it once the model is built, when later stages rarely ask.
   */
  release?(): void;
}

/**
 * A locator for text the fast reader accepted (parse-data.ts: one mapping, scalar keys, no anchors, tags or
 * tabs), answering from the reader's position table (position-table.ts). After `release`, the next question
 * reads the text's events once more into a new table. Positions are those createLocator gives
 * (test/load/parse-data.test.ts compares them on every spec).
 */
export function locatorFromText(text: string, positions?: PositionTable | null): Locate {
  let table: PositionTable | null | undefined = positions;
  let lines: LineCounter | undefined;
  const locate: Locate = (pointer) => {
    table ??= tableOf(text);
    if (table === null) return undefined;
    let tokens: string[];
    try {
      tokens = tokensFromPointer(pointer);
    } catch {
      return undefined;
    }
    const offset = table.offsetOf(tokens);
    if (!lines) {
      lines = new LineCounter();
      lines.addNewLine(0);
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
    }
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  locate.release = () => {
    table = undefined;
    lines = undefined;
  };
  return locate;
}

function tableOf(text: string): PositionTable | null {
  try {
    return PositionTable.fromEvents(text, parseEvents(text, { maxDepth: LOAD_LIMITS.maxDepth }));
  } catch {
    return null;
  }
}

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
