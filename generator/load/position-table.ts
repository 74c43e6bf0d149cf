/**
 * Where each node of a YAML or JSON text starts, from js-yaml's events, in flat typed arrays: one row per node
 * (scalar, mapping or sequence) in document order, and the row just past its subtree. Filling it is one pass over
 * events the reader already has (no objects per node), so the fast reader keeps one for every spec it reads; a
 * pointer is then found by walking down from the root, indexing only the mappings and sequences it passes through.
 * Offsets are those source-map.ts `locatorFromText` reports (the `yaml` package's ranges).
 */
import { EVENT_ID, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_FOLDED_BLOCK, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_SINGLE_QUOTED, type Event, type ScalarEvent } from "js-yaml";
import { keyOfScalar } from "./parse-data.js";

const NO_RANGE = -1;
const SCALAR = 0;
const MAPPING = 1;
const SEQUENCE = 2;

export class PositionTable {
  private readonly kind: Uint8Array;
  /** Row just past the node's subtree: its next sibling, if any. */
  private readonly end: Int32Array;
  /** A collection's start; a scalar's `valueStart` (NO_RANGE for an empty scalar). */
  private readonly start: Int32Array;
  // The rest of a scalar event, enough to read a mapping key's text again (js-yaml's getScalarValue).
  private readonly valueEnd: Int32Array;
  private readonly style: Uint8Array;
  private readonly chomping: Uint8Array;
  private readonly indent: Int32Array;
  private readonly fast: Uint8Array;
  /** Per mapping row: key → key row; per sequence row: item rows. Built for the collections a lookup passes. */
  private readonly children = new Map<number, Map<string, number> | Int32Array>();

  private constructor(
    private readonly text: string,
    size: number,
  ) {
    this.kind = new Uint8Array(size);
    this.end = new Int32Array(size);
    this.start = new Int32Array(size);
    this.valueEnd = new Int32Array(size);
    this.style = new Uint8Array(size);
    this.chomping = new Uint8Array(size);
    this.indent = new Int32Array(size);
    this.fast = new Uint8Array(size);
  }

  /** The table of a text's events (one document, scalar keys: what the fast reader accepts); null if empty. */
  static fromEvents(text: string, events: readonly Event[]): PositionTable | null {
    let size = 0;
    for (const event of events) if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) size++;
    if (size === 0) return null;
    const table = new PositionTable(text, size);
    const open: number[] = [];
    let row = 0;
    for (const event of events) {
      if (event.type === EVENT_ID.SCALAR) {
        table.kind[row] = SCALAR;
        table.end[row] = row + 1;
        table.start[row] = event.valueStart;
        table.valueEnd[row] = event.valueEnd;
        table.style[row] = event.style;
        table.chomping[row] = event.chomping;
        table.indent[row] = event.indent;
        table.fast[row] = event.fast ? 1 : 0;
        row++;
      } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        table.kind[row] = event.type === EVENT_ID.MAPPING ? MAPPING : SEQUENCE;
        table.start[row] = event.start;
        open.push(row++);
      } else if (event.type === EVENT_ID.POP && open.length > 0) {
        table.end[open.pop()!] = row;
      }
    }
    while (open.length > 0) table.end[open.pop()!] = row;
    return table;
  }

  /**
   * The offset of what `tokens` names: the key of its last step when it has one, else the node; where a step is
   * missing, the collection it was missing from.
   */
  offsetOf(tokens: readonly string[]): number {
    let node = 0;
    let parentOffset = 0;
    let keyRow: number | undefined;
    for (const token of tokens) {
      keyRow = undefined;
      const kind = this.kind[node];
      if (kind === MAPPING) {
        const key = this.keysOf(node).get(token);
        if (key === undefined) return this.offsetOfRow(node, parentOffset);
        parentOffset = this.offsetOfRow(node, parentOffset);
        keyRow = key;
        node = key + 1;
      } else if (kind === SEQUENCE) {
        const items = this.itemsOf(node);
        const index = Number(token);
        const item = Number.isInteger(index) && index >= 0 ? items[index] : undefined;
        if (item === undefined) return this.offsetOfRow(node, parentOffset);
        parentOffset = this.offsetOfRow(node, parentOffset);
        node = item;
      } else {
        break;
      }
    }
    return keyRow !== undefined ? this.offsetOfRow(keyRow, parentOffset) : this.offsetOfRow(node, parentOffset);
  }

  /** An empty scalar (`key:` with no value) has no range; it is placed at its collection, as `yaml` places it. */
  private offsetOfRow(row: number, parentOffset: number): number {
    if (this.kind[row] !== SCALAR) return this.start[row]!;
    return this.start[row] === NO_RANGE ? parentOffset : this.scalarStart(row);
  }

  /** Where the `yaml` package's range starts for a scalar: at the quote or block indicator, not inside. */
  private scalarStart(row: number): number {
    const style = this.style[row];
    const valueStart = this.start[row]!;
    if (style === SCALAR_STYLE_SINGLE_QUOTED || style === SCALAR_STYLE_DOUBLE_QUOTED) return valueStart - 1;
    if (style === SCALAR_STYLE_LITERAL_BLOCK || style === SCALAR_STYLE_FOLDED_BLOCK) {
      // Back from the content over the header line (`|2-`, `>`, a comment) to the indicator.
      const text = this.text;
      const header = text.lastIndexOf("\n", valueStart - 1);
      const line = text.slice(text.lastIndexOf("\n", header - 1) + 1, header);
      const indicator = line.search(/[|>][0-9+-]*\s*(?:#.*)?$/);
      if (indicator !== -1) return text.lastIndexOf("\n", header - 1) + 1 + indicator;
    }
    return valueStart;
  }

  private keysOf(mapping: number): Map<string, number> {
    const known = this.children.get(mapping);
    if (known instanceof Map) return known;
    const keys = new Map<string, number>();
    for (let key = mapping + 1; key < this.end[mapping]!; ) {
      const value = this.end[key]!;
      keys.set(this.kind[key] === SCALAR ? keyOfScalar(this.text, this.scalarEvent(key)) : "", key);
      key = value < this.end[mapping]! ? this.end[value]! : value;
    }
    this.children.set(mapping, keys);
    return keys;
  }

  private itemsOf(sequence: number): Int32Array {
    const known = this.children.get(sequence);
    if (known instanceof Int32Array) return known;
    const rows: number[] = [];
    for (let item = sequence + 1; item < this.end[sequence]!; item = this.end[item]!) rows.push(item);
    const items = Int32Array.from(rows);
    this.children.set(sequence, items);
    return items;
  }

  private scalarEvent(row: number): ScalarEvent {
    return {
      type: EVENT_ID.SCALAR,
      valueStart: this.start[row]!,
      valueEnd: this.valueEnd[row]!,
      style: this.style[row]!,
      chomping: this.chomping[row]!,
      indent: this.indent[row]!,
      fast: this.fast[row] === 1,
      anchorStart: NO_RANGE,
      anchorEnd: NO_RANGE,
      tagStart: NO_RANGE,
      tagEnd: NO_RANGE,
    } as ScalarEvent;
  }
}
