/**
 * YAML/JSON text → plain data in one pass, for the common case: a well-formed spec. js-yaml builds the data
 * from a flat event stream (no syntax tree), several times faster than the `yaml` package's document
 * model, and keeps the same limits while it reads: nesting depth and unique keys.
 *
 * It answers only "here is the data" or "not here". Any refusal (syntax, a duplicate key, a limit, more than
 * one document) returns `undefined`, and read-source.ts reads the file again with parse-yaml.ts, which names
 * the problem with its line and column. Line numbers for later diagnostics (a warning from the model) come
 * from a table of the same events' offsets (position-table.ts), so a spec is parsed once and no syntax tree is
 * ever built for a well-formed one.
 *
 * The data must be exactly what parse-yaml.ts would give, so this reader resolves plain scalars with the
 * `yaml` package's YAML 1.2 core schema (the same patterns and number parsing; js-yaml's own core schema
 * differs at the edges: `1e400`, `0b1`, `1_000`), reads `<<` as an ordinary key as that parser does, and leaves
 * to it every document that uses what the two could read differently: explicit tags (`!!float 3`), anchors and
 * aliases (rare in specs; js-yaml allows `&a{}` without a space), directives (`%YAML 1.1` switches that
 * parser's schema), tabs, empty mapping keys (js-yaml reads `: a: b` at the start of a line), comment lines inside
 * brackets, and a root that is not a mapping. test/load/parse-data.test.ts holds the two readers
 * to the same data on every spec in the repository, on YAML's corner cases and on random documents.
 */
import { COLLECTION_STYLE_FLOW, constructFromEvents, defineMappingTag, defineScalarTag, EVENT_ID, getScalarValue, NOT_RESOLVED, parseEvents, SCALAR_STYLE_PLAIN, Schema, seqTag, strTag, type Event, type ScalarEvent } from "js-yaml";
import type { YamlLimits } from "./parse-yaml.js";

const NO_RANGE = -1;

/** A mapping key as the `yaml` package writes it into an object: `null` (`~:`) is "", scalars are `String()`. */
const objectKey = (key: unknown): string => (key === null ? "" : String(key));

/** Mappings as plain objects, keyed as the `yaml` package keys them; collection keys go to the slow reader. */
const plainMap = defineMappingTag<Record<string, unknown>>("tag:yaml.org,2002:map", {
  create: () => ({}),
  addPair: (map, key, value) => {
    if (key !== null && typeof key === "object") return "a collection as a mapping key";
    // An own property even for keys the prototype has (`__proto__`, `constructor`), as JSON.parse makes them.
    Object.defineProperty(map, objectKey(key), { value, writable: true, enumerable: true, configurable: true });
    return "";
  },
  has: (map, key) => key !== null && typeof key === "object" ? false : Object.prototype.hasOwnProperty.call(map, objectKey(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[objectKey(key)],
  identify: (value) => value !== null && typeof value === "object" && !Array.isArray(value),
});

/** Plain-scalar resolvers of the YAML 1.2 core schema as the `yaml` package has them (yaml/dist/schema/core). */
const resolveNull = (source: string) => (/^(?:~|[Nn]ull|NULL)?$/.test(source) ? null : NOT_RESOLVED);
const resolveBool = (source: string) => (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source) ? source[0] === "t" || source[0] === "T" : NOT_RESOLVED);
const resolveInt = (source: string) => {
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  return NOT_RESOLVED;
};
const resolveFloat = (source: string) => {
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === "nan" ? NaN : source[0] === "-" ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) {
    return parseFloat(source);
  }
  return NOT_RESOLVED;
};
const PLAIN_RESOLVERS: ReadonlyArray<(source: string) => unknown> = [resolveNull, resolveBool, resolveInt, resolveFloat];

const CORE_AS_YAML_PACKAGE = new Schema([
  strTag,
  seqTag,
  plainMap,
  defineScalarTag("tag:yaml.org,2002:null", { implicit: true, resolve: resolveNull, identify: (value) => value === null }),
  defineScalarTag("tag:yaml.org,2002:bool", { implicit: true, resolve: resolveBool, identify: (value) => typeof value === "boolean" }),
  defineScalarTag("tag:yaml.org,2002:int", { implicit: true, resolve: resolveInt, identify: (value) => Number.isInteger(value) }),
  defineScalarTag("tag:yaml.org,2002:float", { implicit: true, resolve: resolveFloat, identify: (value) => typeof value === "number" }),
]);

/** The object key a mapping key scalar becomes in the data (for positions: source-map.ts). */
export function keyOfScalar(text: string, event: ScalarEvent): string {
  const value = getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE_PLAIN) return value;
  for (const resolve of PLAIN_RESOLVERS) {
    const resolved = resolve(value);
    if (resolved !== NOT_RESOLVED) return objectKey(resolved);
  }
  return value;
}

/**
 * One walk over the events for what the two readers treat differently: directives, tags, anchors and aliases; an
 * empty mapping key (`: value` at the start of a line: js-yaml reads it, the `yaml` package reports an error); a
 * line holding only a comment inside a flow collection (`{ a: 1` ⏎ `# note` ⏎ `}`: the `yaml` package refuses some,
 * js-yaml reads them all; JSON has no comments and block YAML rarely puts one inside brackets); a key of a block
 * mapping on the line where the previous entry's value ended (`- "a"b: []` after a key whose value is that sequence:
 * js-yaml reads `b` as the next key, the `yaml` package refuses the line). Every such key starts a line in YAML.
 */
function agreeableStructure(text: string, events: readonly Event[]): boolean {
  const comments: number[] = [];
  for (const match of text.matchAll(/^[ ]*#/gm)) comments.push(match.index);
  // Per open collection: whether it is a mapping whose next node is a key, whether it is a flow collection, and
  // whether it has an entry yet.
  const open: { mapping: boolean; key: boolean; flow: boolean; start: number; entries: boolean }[] = [];
  // Where the last scalar with text ended.
  let lastEnd = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.type === EVENT_ID.DOCUMENT ? event.directives.length > 0 : event.type === EVENT_ID.ALIAS || ("tagStart" in event && (event.tagStart !== NO_RANGE || event.anchorStart !== NO_RANGE))) {
      return false;
    }
    if (event.type === EVENT_ID.POP) {
      const closed = open.pop();
      // A flow collection ends before the next node that has a position (or at the end of the text).
      if (closed?.flow && comments.length > 0) {
        let end: number | undefined;
        for (let j = i + 1; j < events.length && end === undefined; j++) end = startOf(events[j]!);
        if (comments.some((at) => at > closed.start && at < (end ?? text.length))) return false;
      }
      continue;
    }
    if (event.type !== EVENT_ID.SCALAR && event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) continue;
    const parent = open[open.length - 1];
    if (parent?.mapping && parent.key && event.type === EVENT_ID.SCALAR && event.valueStart === NO_RANGE) return false;
    if (parent?.mapping && parent.key && !parent.flow && parent.entries) {
      const start = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start;
      // From the previous scalar's last character: a block scalar's range ends after its line breaks.
      if (!text.slice(Math.max(0, lastEnd - 1), start).includes("\n")) return false;
    }
    if (parent?.mapping) {
      if (parent.key) parent.entries = true;
      parent.key = !parent.key;
    }
    if (event.type === EVENT_ID.SCALAR) {
      if (event.valueStart !== NO_RANGE) lastEnd = event.valueEnd;
    } else open.push({ mapping: event.type === EVENT_ID.MAPPING, key: true, flow: event.style === COLLECTION_STYLE_FLOW, start: event.start, entries: false });
  }
  return true;
}

function startOf(event: Event): number | undefined {
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  return event.type === EVENT_ID.SCALAR && event.valueStart !== NO_RANGE ? event.valueStart : undefined;
}

/** The data, and the events it was built from (read-source.ts keeps their positions: position-table.ts). */
export function parseData(text: string, limits: YamlLimits): { data: unknown; events: readonly Event[] } | undefined {
  // Tabs are where YAML parsers disagree most (js-yaml reads some the `yaml` package refuses); rare in specs.
  if (text.includes("\t")) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth });
  } catch {
    return undefined;
  }
  // A spec is a mapping; other roots are refused anyway, and a root block scalar with an indentation
  // indicator (`|1`) is read differently by the two parsers.
  if (events[1]?.type !== EVENT_ID.MAPPING) return undefined;
  if (!agreeableStructure(text, events)) return undefined;
  try {
    const documents = constructFromEvents(events, { source: text, schema: CORE_AS_YAML_PACKAGE, maxAliases: 0, json: false });
    return documents.length === 1 ? { data: documents[0], events } : undefined;
  } catch {
    return undefined;
  }
}
