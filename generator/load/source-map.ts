/**
 * Maps JSON pointers to line:column in the original YAML or JSON text: from js-yaml's events for text the fast
 * reader accepted (`locatorFromText`), from the `yaml` package's syntax tree for text read the slow way
 * (`createLocator`). Built lazily: only a diagnostic asks for a location.
 */
import { EVENT_ID, parseEvents, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_FOLDED_BLOCK, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_SINGLE_QUOTED, type Event, type ScalarEvent } from "js-yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from "yaml";
import { tokensFromPointer } from "../util/json-pointer.js";
import { LOAD_LIMITS } from "./limits.js";
import { keyOfScalar } from "./parse-data.js";

export interface SourcePosition {
  line: number;
  column: number;
}

export interface Locate {
  (pointer: string): SourcePosition | undefined;
  /**
   * Drops what the locator built to answer (its position index), keeping only what it needs to build it again on
   * the next question: the pipeline calls it once the model is built, when later stages rarely ask.
   */
  release?(): void;
}

/**
 * A locator for text the fast reader accepted (parse-data.ts: one mapping, scalar keys, no anchors, tags or
 * tabs). The first location asked for reads the text's events once more (no data, no syntax tree) into an
 * index of offsets, kept for later ones: a spec with thousands of warnings is not parsed again per warning.
 * Positions are those createLocator gives (test/load/parse-data.test.ts compares them on every spec).
 */
export function locatorFromText(text: string): Locate {
  let root: PositionNode | undefined | null;
  let lines: LineCounter | undefined;
  const locate: Locate = (pointer) => {
    if (root === undefined) {
      root = positionIndex(text);
      lines = new LineCounter();
      lines.addNewLine(0);
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
    }
    if (root === null) return undefined;
    let tokens: string[];
    try {
      tokens = tokensFromPointer(pointer);
    } catch {
      return undefined;
    }
    let node = root;
    let keyOffset: number | undefined;
    for (const token of tokens) {
      keyOffset = undefined;
      if (node.keys) {
        const entry = node.keys.get(token);
        if (!entry) return at(node.offset);
        keyOffset = entry.keyOffset;
        node = entry.node;
      } else if (node.items) {
        const item = node.items[Number(token)];
        if (item === undefined) return at(node.offset);
        node = item;
      } else {
        break;
      }
    }
    return at(keyOffset ?? node.offset);
  };
  locate.release = () => {
    root = undefined;
    lines = undefined;
  };
  return locate;

  function at(offset: number): SourcePosition {
    const pos = lines!.linePos(offset);
    return { line: pos.line, column: pos.col };
  }
}

const NO_RANGE = -1;

interface PositionNode {
  offset: number;
  keys?: Map<string, { keyOffset: number; node: PositionNode }>;
  items?: PositionNode[];
}

function positionIndex(text: string): PositionNode | null {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: LOAD_LIMITS.maxDepth });
  } catch {
    return null;
  }
  let root: PositionNode | null = null;
  const open: Array<{ node: PositionNode; key?: { name: string; offset: number } }> = [];
  const add = (node: PositionNode, event: Event): void => {
    const parent = open[open.length - 1];
    if (!parent) {
      root = node;
    } else if (parent.node.items) {
      parent.node.items.push(node);
    } else if (!parent.key) {
      // A mapping key: the fast reader accepts only scalar keys.
      parent.key = { name: event.type === EVENT_ID.SCALAR ? keyOfScalar(text, event) : "", offset: node.offset };
    } else {
      parent.node.keys!.set(parent.key.name, { keyOffset: parent.key.offset, node });
      parent.key = undefined;
    }
  };
  for (const event of events) {
    // An empty scalar (`key:` with no value) has no range; it is placed at its collection, as `yaml` places it.
    if (event.type === EVENT_ID.SCALAR) add({ offset: event.valueStart === NO_RANGE ? (open[open.length - 1]?.node.offset ?? 0) : scalarStart(text, event) }, event);
    else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const node: PositionNode = event.type === EVENT_ID.MAPPING ? { offset: event.start, keys: new Map() } : { offset: event.start, items: [] };
      add(node, event);
      open.push({ node });
    } else if (event.type === EVENT_ID.POP && open.length > 0) open.pop();
  }
  return root;
}

/** Where the `yaml` package's range starts for a scalar: at the quote or block indicator, not inside. */
function scalarStart(text: string, event: ScalarEvent): number {
  if (event.style === SCALAR_STYLE_SINGLE_QUOTED || event.style === SCALAR_STYLE_DOUBLE_QUOTED) return event.valueStart - 1;
  if (event.style === SCALAR_STYLE_LITERAL_BLOCK || event.style === SCALAR_STYLE_FOLDED_BLOCK) {
    // Back from the content over the header line (`|2-`, `>`, a comment) to the indicator.
    const header = text.lastIndexOf("\n", event.valueStart - 1);
    const line = text.slice(text.lastIndexOf("\n", header - 1) + 1, header);
    const indicator = line.search(/[|>][0-9+-]*\s*(?:#.*)?$/);
    if (indicator !== -1) return text.lastIndexOf("\n", header - 1) + 1 + indicator;
  }
  return event.valueStart;
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
