/**
 * Synthesised strings for fixtures. Every value is checked against the schema's `pattern` (the model's
 * ECMAScript translation, with its flags), length limits (in code points, as JSON Schema counts) and enum before
 * it is used; a value that fails is regenerated from the same seeded stream, so the outcome is deterministic.
 *
 * Regex-driven values come from `randexp` with its random source replaced by the seeded one. randexp ignores
 * lookaheads and anchors it cannot honour, hence the check. Values "at the length limit" are found by generating
 * long candidates and cutting them to the limit until a cut still matches. Secrets are base64 of
 * `FAKE-KEY-<name>-<hex>`: well-formed, and obviously fake once decoded.
 */
import { createRequire } from "node:module";
import type { IrStringSchema } from "../../model/ir.js";
import type { Random } from "./random.js";

export interface StringRequest {
  schema: IrStringSchema;
  random: Random;
  /** The property or parameter name the value is for (shapes readable values and fake keys). */
  hint: string;
  /** Aim at `minLength` or `maxLength` when the schema declares it. */
  target?: "min" | "max";
}

/** A value the schema cannot yield (contradictory limits, a pattern randexp cannot drive); names the schema. */
export class SynthesisError extends Error {
  readonly pointer: string;

  constructor(pointer: string, message: string) {
    super(message);
    this.name = "SynthesisError";
    this.pointer = pointer;
  }
}

// randexp is CommonJS (`module.exports = RandExp`) while its types declare a default export: load it with
// `require` so the runtime value and the type agree under NodeNext.
type RandExp = InstanceType<typeof import("randexp").default>;
const RandExp = createRequire(import.meta.url)("randexp") as typeof import("randexp").default;

const PATTERN_ATTEMPTS = 200;
const FAKE_KEY_PREFIX = "FAKE-KEY-";

export function synthesizeString(request: StringRequest): string {
  const { schema } = request;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined && schema.enum.length > 0) return request.random.pick(schema.enum);
  // A format value first (the validators check the format too), then the pattern, then a readable or fake-key value.
  const formatted = formatString(schema.format, request);
  if (formatted !== undefined && acceptsString(schema, formatted)) return formatted;
  const value = schema.pattern ? patternString(request) : schema.secret ? fakeKey(request) : plainString(request);
  if (value !== undefined && acceptsString(schema, value)) return value;
  // A secret's own `example` or `default` is never copied into fixtures (it may be a real key).
  for (const fallback of schema.secret ? [] : [schema.example, schema.default]) {
    if (typeof fallback === "string" && acceptsString(schema, fallback)) return fallback;
  }
  throw new SynthesisError(
    schema.pointer,
    `Cannot synthesise a fixture string that satisfies ${describeConstraints(schema)}.`,
  );
}

/** Pattern, length limits and enum, as the validators check them. */
export function acceptsString(schema: IrStringSchema, value: string): boolean {
  const length = codePointLength(value);
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  if (schema.pattern && !new RegExp(schema.pattern.js, schema.pattern.flags).test(value)) return false;
  if (schema.const !== undefined && value !== schema.const) return false;
  if (schema.enum !== undefined && !schema.extensible && !schema.enum.includes(value)) return false;
  return true;
}

function patternString(request: StringRequest): string | undefined {
  const { schema, random } = request;
  let generator: RandExp;
  try {
    generator = new RandExp(new RegExp(randexpSource(schema.pattern!.js, schema.pattern!.flags)));
  } catch {
    return undefined; // a construct randexp's parser does not know: the fallbacks apply
  }
  generator.randInt = (min: number, max: number) => random.int(min, max);
  // randexp draws only printable ASCII unless told otherwise; Unicode patterns need the other code points
  // (surrogates excluded, so every value is well-formed text).
  if (schema.pattern!.flags === "u" || /[^\x00-\x7f]/.test(schema.pattern!.js)) {
    generator.defaultRange.add(0xa0, 0xd7ff).add(0xe000, 0x10ffff);
  }
  const goal = goalLength(request);
  const cutTo = (length: number): string | undefined => {
    for (let attempt = 0; attempt < PATTERN_ATTEMPTS; attempt++) {
      generator.max = length + attempt;
      const cut = takeCodePoints(generator.gen(), length);
      if (codePointLength(cut) === length && acceptsString(schema, cut)) return cut;
    }
    return undefined;
  };
  if (goal !== undefined) {
    const value = cutTo(goal);
    if (value !== undefined) return value;
  }
  for (let attempt = 0; attempt < PATTERN_ATTEMPTS; attempt++) {
    // Short, readable values first; longer repetitions only when short ones cannot satisfy a minLength.
    generator.max = attempt < PATTERN_ATTEMPTS / 2 ? 8 : 8 + attempt;
    const value = generator.gen();
    if (acceptsString(schema, value)) return value;
  }
  // Long repetitions cut to a declared limit (an exact length such as minLength = maxLength = 10).
  for (const limit of [schema.minLength, schema.maxLength]) {
    const value = limit !== undefined && limit !== goal ? cutTo(limit) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The pattern rewritten for randexp, which knows neither Unicode property escapes nor `\u{…}` nor group names:
 * `\p{…}`/`\P{…}` become explicit classes of the Basic Multilingual Plane code points that have (or lack) the
 * property (sampled and checked by the engine itself, cached per escape), `\u{…}` and `\uXXXX` become the character,
 * and `(?<name>` becomes `(`. Every value is still checked by the real pattern (`acceptsString`), so a rewrite
 * can only narrow what is generated, never let a wrong value through.
 */
export function randexpSource(js: string, flags: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < js.length; i++) {
    const ch = js[i]!;
    if (ch === "\\") {
      const property = /^\\([pP])\{([^{}]+)\}/.exec(js.slice(i));
      if (property) {
        const ranges = propertyRanges(property[1] === "P", property[2]!);
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
        continue;
      }
      const codePoint = /^\\u(?:\{([0-9A-Fa-f]+)\}|([0-9A-Fa-f]{4}))/.exec(js.slice(i));
      const value = codePoint ? parseInt(codePoint[1] ?? codePoint[2]!, 16) : NaN;
      if (codePoint && value <= 0xffff && (value < 0xd800 || value > 0xdfff)) {
        out += literal(value);
        i += codePoint[0].length - 1;
        continue;
      }
      out += ch + (js[i + 1] ?? "");
      i++;
      continue;
    }
    if (!inClass && js.startsWith("(?<", i) && !js.startsWith("(?<=", i) && !js.startsWith("(?<!", i)) {
      const end = js.indexOf(">", i);
      if (end > 0) {
        out += "(";
        i = end;
        continue;
      }
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** A code point as randexp reads it (it knows no `\\u` escapes): the character itself, escaped if special. */
function literal(codePoint: number): string {
  const ch = String.fromCodePoint(codePoint);
  return /[\\^$.|?*+()[\]{}\/-]/.test(ch) ? "\\" + ch : ch;
}

const PROPERTY_RANGES = new Map<string, string>();
const RANGES_PER_BLOCK = 3;
/** Code points sampled for a property class: ASCII, Latin, Greek, Cyrillic, CJK and symbols (no surrogates). */
const SAMPLE_BLOCKS: readonly [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x2000, 0x206f], [0x20a0, 0x20bf], [0x3040, 0x30ff], [0x4e00, 0x4eff], [0xff00, 0xffef]];

function propertyRanges(negated: boolean, property: string): string {
  const key = `${negated ? "P" : "p"}{${property}}`;
  const cached = PROPERTY_RANGES.get(key);
  if (cached !== undefined) return cached;
  let test: RegExp;
  try {
    test = new RegExp(`^\\${key}$`, "u");
  } catch {
    PROPERTY_RANGES.set(key, "");
    return "";
  }
  // A few ranges from each block, not all of them: randexp expands a class on every value it generates.
  let ranges = "";
  for (const [lo, hi] of SAMPLE_BLOCKS) {
    let start = -1;
    let taken = 0;
    for (let cp = lo; cp <= hi + 1 && taken < RANGES_PER_BLOCK; cp++) {
      const inside = cp <= hi && test.test(String.fromCodePoint(cp));
      if (inside && start < 0) start = cp;
      if (!inside && start >= 0) {
        ranges += start === cp - 1 ? literal(start) : `${literal(start)}-${literal(cp - 1)}`;
        start = -1;
        taken++;
      }
    }
  }
  PROPERTY_RANGES.set(key, ranges);
  return ranges;
}

function formatString(format: string | undefined, request: StringRequest): string | undefined {
  const { random } = request;
  switch (format) {
    case "uuid":
      return uuid(random);
    case "date-time":
      return timestamp(random).replace(/\.\d{3}Z$/, "Z");
    case "date":
      return timestamp(random).slice(0, 10);
    case "time":
      return timestamp(random).slice(11, 19) + "Z";
    case "duration":
      return `PT${random.int(1, 59)}M`;
    case "uri":
    case "url":
    case "uri-reference":
      return `https://example.com/${slug(request.hint)}/${random.hex(8)}`;
    case "email":
      return `${slug(request.hint)}-${random.hex(6)}@example.com`;
    case "hostname":
      return `${slug(request.hint).toLowerCase()}-${random.hex(6)}.example.com`;
    case "ipv4":
      return `192.0.2.${random.int(1, 254)}`;
    case "ipv6":
      return `2001:db8::${random.hex(4)}`;
    case "arm-id":
      return `/subscriptions/${uuid(random)}/resourceGroups/rg-${random.hex(6)}/providers/Microsoft.Example/items/${slug(request.hint)}`;
    case "byte":
      return request.schema.secret ? fakeKey(request) : base64(`sample-bytes-${random.hex(8)}`);
    default:
      return undefined;
  }
}

/** base64 of `FAKE-KEY-<name>-<hex>`, its encoded length fitted to the limits (a multiple of 4 where possible). */
function fakeKey(request: StringRequest): string {
  const { schema } = request;
  const plain = `${FAKE_KEY_PREFIX}${slug(request.hint)}-${request.random.hex(8)}`;
  const encoded = base64(plain);
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  const target = goalLength(request);
  if (target === undefined && encoded.length >= min && encoded.length <= max) return encoded;
  const goal = target ?? Math.max(min, Math.min(max, encoded.length));
  const lengths: number[] = [];
  for (let n = Math.ceil(min / 4) * 4; n <= Math.min(max, goal + 4); n += 4) lengths.push(n);
  const best = lengths.sort((a, b) => Math.abs(a - goal) - Math.abs(b - goal))[0];
  if (best === undefined) return plainString(request);
  const bytes = (best / 4) * 3;
  return base64(plain.padEnd(bytes, "0").slice(0, bytes));
}

/** `<name>-<hex>`, padded or cut to the limits. */
function plainString(request: StringRequest): string {
  const { schema, random } = request;
  const value = `${slug(request.hint)}-${random.hex(6)}`;
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  const goal = goalLength(request) ?? Math.min(Math.max(codePointLength(value), min), max);
  if (goal <= codePointLength(value)) return takeCodePoints(value, goal);
  return value + random.hex(goal - codePointLength(value));
}

function goalLength(request: StringRequest): number | undefined {
  if (request.target === "min") return request.schema.minLength;
  if (request.target === "max") return request.schema.maxLength;
  return undefined;
}

function uuid(random: Random): string {
  const hex = random.hex(32).split("");
  hex[12] = "4";
  hex[16] = "89ab"[random.int(0, 3)]!;
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A moment in 2024, to the second. */
function timestamp(random: Random): string {
  return new Date(Date.UTC(2024, 0, 1) + random.int(0, 366 * 86400 - 1) * 1000).toISOString();
}

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** A name made safe and readable for use inside a value: ASCII letters and digits joined by `-`. */
function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "value";
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function takeCodePoints(text: string, count: number): string {
  return Array.from(text).slice(0, count).join("");
}

function describeConstraints(schema: IrStringSchema): string {
  const parts: string[] = [];
  if (schema.pattern) parts.push(`pattern ${JSON.stringify(schema.pattern.source)}`);
  if (schema.minLength !== undefined) parts.push(`minLength ${schema.minLength}`);
  if (schema.maxLength !== undefined) parts.push(`maxLength ${schema.maxLength}`);
  if (schema.format !== undefined) parts.push(`format ${JSON.stringify(schema.format)}`);
  return parts.join(", ") || "its constraints";
}
