/**
 * fast-check arbitraries for the differential test: random IR schemas (every keyword the validators support,
 * hostile property names, recursion through references), values built from a schema (mostly valid), and
 * near-valid mutations of them (a wrong type deep inside, a missing or extra property, a string one code point
 * too long or short, a changed character against a pattern, a number just past a bound, a duplicate item).
 */
import fc from "fast-check";
import type { IrPattern, IrSchema, IrService } from "../../../generator/model/ir.js";
import { any, arr, bool, composite, int, nul, num, obj, pattern, ref, str } from "./ir.js";

/**
 * Property names, including ones that need quoting in code or escaping in a JSON Pointer. Not the names
 * `Object.prototype` has: ajv 8 loses a declared `__proto__` property (it reports it as additional), and its
 * deep equality (uniqueItems, enum) reads `constructor`/`toString` as methods, so on data with such keys it
 * crashes or calls equal objects different. The hand-built schemas and `test/validators/emit.test.ts` cover
 * those names.
 */
export const PROPERTY_NAMES = ["id", "name", "value", "a-b", "@odata.type", "a/b", "t~1", "with space"];

const PATTERNS: IrPattern[] = [
  "^[-\\w\\._\\(\\)]+$",
  "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$",
  "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",
  "^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,49}[a-zA-Z0-9]$",
  "^\\p{Lu}\\p{Ll}*$",
  "\\Aab\\Z",
  "b{2}",
  "^[😀-😎]+$",
].map((source) => pattern(source)!);

/** Matching and near-miss strings for patterns fast-check cannot generate from (lookarounds). */
const PATTERN_EXAMPLES = ["ab", "ab\n", "ab\n\n", "xab", "abc", "a-bc", "123", "-ab", "ab-", "a", "Ab9"];

function matching(pattern: IrPattern): fc.Arbitrary<string> {
  const regex = new RegExp(pattern.js, pattern.flags);
  try {
    return fc.oneof(fc.stringMatching(regex, { maxLength: 8 }), fc.constantFrom(...PATTERN_EXAMPLES));
  } catch {
    return fc.constantFrom(...PATTERN_EXAMPLES);
  }
}

const STRING_FORMATS = ["uuid", "date-time", "date", "uri", "email", "ipv4", "ipv6", "byte", "password", "arm-id"];

/** Valid and near-miss strings per format. */
export const FORMAT_SAMPLES: Record<string, string[]> = {
  uuid: [
    "a8098c1a-f86e-11da-bd1a-00112444be1e",
    "A8098C1A-F86E-11DA-BD1A-00112444BE1E",
    "urn:uuid:a8098c1a-f86e-11da-bd1a-00112444be1e",
    "a8098c1a-f86e-11da-bd1a-00112444be1",
    "12345678-1234-1234-1234-12345678abc",
    "a8098c1af86e11dabd1a00112444be1e",
  ],
  "date-time": [
    "2024-02-29T12:00:00Z",
    "2023-02-29T12:00:00Z",
    "2024-01-01t00:00:00.123+01:00",
    "2024-01-01 00:00:00Z",
    "2024-01-01T00:00:00",
    "2016-12-31T23:59:60Z",
    "2016-12-31T22:59:60+01:00",
    "2016-12-31T23:59:60+01:00",
    "2024-01-01T24:00:00Z",
    "2024-01-01T00:00:00+0100",
  ],
  date: ["2024-02-29", "2023-02-29", "2024-13-01", "2024-1-01", "0000-01-01", "2024-04-31"],
  uri: [
    "https://example.com/a?b=c#d",
    "urn:isbn:0451450523",
    "http://[::1]:80/",
    "a:",
    "//example.com",
    "https://exa mple.com",
    "mailto:a@b.c",
    "x:/[::1]",
  ],
  email: ["a@b.co", "a.b+c@d-e.f", "a..b@c.d", "a@b", "@b.c", "a@-b.c"],
  ipv4: ["192.168.0.1", "255.255.255.255", "256.1.1.1", "01.2.3.4", "1.2.3"],
  ipv6: ["::1", "::", "1:2:3:4:5:6:7:8", "1::", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::"],
  byte: ["", "QUJD", "QUI=", "QQ==", "QUJ", "QU=D", "abc\nQUJD"],
  password: ["secret"],
  "arm-id": ["/subscriptions/x"],
};

const SHORT_STRINGS = [
  "",
  "a",
  "ab",
  "abc",
  "Ab",
  "A",
  "é",
  "😀",
  "😀😀",
  "ab\n",
  "-x",
  "x-",
  "a.b",
  "1234",
  "ABCDEF",
  "aB-c9",
];

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

const smallNumber = fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constantFrom(0.5, -2.5, 2 ** 31, -(2 ** 31) - 1));

/** Lengths with min ≤ max (a contradiction here would only make values invalid for a dull reason). */
const lengths = fc
  .tuple(maybe(fc.integer({ min: 0, max: 3 })), maybe(fc.integer({ min: 0, max: 4 })))
  .map(([min, extra]) => ({
    minLength: min,
    maxLength: min !== undefined && extra !== undefined ? min + extra : extra,
  }));

/** One value constraint at most (pattern, format, enum or const), so most random schemas stay satisfiable. */
const stringSchema = fc
  .tuple(
    lengths,
    fc.oneof(
      { weight: 3, arbitrary: fc.constant({}) },
      { weight: 2, arbitrary: fc.constantFrom(...PATTERNS).map((p) => ({ pattern: p })) },
      { weight: 2, arbitrary: fc.constantFrom(...STRING_FORMATS).map((format) => ({ format })) },
      { weight: 1, arbitrary: fc.subarray(["a", "ab", "😀", "x/y", "Ab"], { minLength: 1 }).map((e) => ({ enum: e })) },
      { weight: 1, arbitrary: fc.subarray(["a", "ab"], { minLength: 1 }).map((e) => ({ enum: e, extensible: true })) },
      { weight: 1, arbitrary: fc.constantFrom("a", "Ab").map((c) => ({ const: c })) },
    ),
  )
  .map(([extra, constraint]) => str(defined({ ...extra, ...constraint })));

const numberSchema = fc
  .record({
    kind: fc.constantFrom("number", "integer"),
    bounds: fc
      .tuple(maybe(smallNumber), maybe(smallNumber))
      .map(([a, b]) =>
        a !== undefined && b !== undefined
          ? { minimum: Math.min(a, b), maximum: Math.max(a, b) }
          : { minimum: a, maximum: b },
      ),
    exclusiveMinimum: fc.option(smallNumber, { nil: undefined, freq: 6 }),
    exclusiveMaximum: fc.option(fc.integer({ min: 10, max: 20 }), { nil: undefined, freq: 6 }),
    multipleOf: fc.option(fc.constantFrom(1, 2, 3, 0.5, 0.25), { nil: undefined, freq: 4 }),
    format: fc.option(fc.constantFrom("int32", "int64", "float"), { nil: undefined, freq: 3 }),
    enum: fc.option(fc.subarray([0, 1, 2.5, -3], { minLength: 1 }), { nil: undefined, freq: 6 }),
  })
  .map(({ kind, bounds, ...extra }) =>
    kind === "number" ? num(defined({ ...bounds, ...extra })) : int(defined({ ...bounds, ...extra })),
  );

const booleanSchema = fc
  .oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.constant({ enum: [true] }) },
    { weight: 1, arbitrary: fc.constant({ const: false }) },
  )
  .map((extra) => bool(extra as { enum?: boolean[]; const?: boolean }));

const leafSchema: fc.Arbitrary<IrSchema> = fc.oneof(
  { weight: 4, arbitrary: stringSchema },
  { weight: 3, arbitrary: numberSchema },
  { weight: 1, arbitrary: booleanSchema },
  { weight: 1, arbitrary: fc.constant(nul()) },
  { weight: 1, arbitrary: fc.constant(any()) },
);

/**
 * A random schema for named schema number `index` of a group: it may reference any group member where a value
 * is nested (property, item, extra property), but only earlier members directly (composite members), so a
 * reference cycle always passes through a nested value and validating finite data terminates.
 */
export function schemaArbitrary(groupNames: string[], index: number): fc.Arbitrary<IrSchema> {
  const nestedRef = fc.constantFrom(...groupNames).map((name) => ref(name));
  const directRefs = groupNames.slice(0, index);
  const { schema } = fc.letrec<{ schema: IrSchema; nested: IrSchema; member: IrSchema }>((tie) => ({
    schema: fc.oneof(
      { depthSize: "small", maxDepth: 3 },
      { weight: 3, arbitrary: leafSchema },
      { weight: 2, arbitrary: tie("nested").chain(arrayOf) },
      { weight: 3, arbitrary: objectArbitrary(tie("nested")) },
      { weight: 2, arbitrary: compositeArbitrary(tie("member")) },
    ),
    nested: fc.oneof({ weight: 3, arbitrary: tie("schema") }, { weight: 1, arbitrary: nestedRef }),
    member:
      directRefs.length > 0
        ? fc.oneof(
            { weight: 3, arbitrary: tie("schema") },
            { weight: 1, arbitrary: fc.constantFrom(...directRefs).map((n) => ref(n)) },
          )
        : tie("schema"),
  }));
  return fc
    .tuple(schema, fc.boolean(), fc.nat(9))
    .map(([s, nullable, roll]) => (nullable && roll < 3 ? { ...s, nullable } : s));
}

function arrayOf(items: IrSchema): fc.Arbitrary<IrSchema> {
  return fc
    .record({
      minItems: maybe(fc.integer({ min: 0, max: 2 })),
      maxItems: maybe(fc.integer({ min: 0, max: 3 })),
      uniqueItems: fc.option(fc.constant(true), { nil: undefined, freq: 3 }),
    })
    .map((extra) => arr(items, defined(extra)));
}

function objectArbitrary(nested: fc.Arbitrary<IrSchema>): fc.Arbitrary<IrSchema> {
  const property = fc.record({
    name: fc.constantFrom(...PROPERTY_NAMES),
    required: fc.boolean(),
    schema: nested,
    direction: fc.constantFrom(undefined, undefined, undefined, "readOnly", "writeOnly"),
  });
  return fc
    .record({
      properties: fc.uniqueArray(property, { selector: (p) => p.name, maxLength: 4 }),
      additionalProperties: fc.oneof(
        { weight: 3, arbitrary: fc.constant<boolean | IrSchema>(true) },
        { weight: 2, arbitrary: fc.constant<boolean | IrSchema>(false) },
        { weight: 1, arbitrary: nested as fc.Arbitrary<boolean | IrSchema> },
      ),
      minProperties: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined, freq: 6 }),
      maxProperties: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 6 }),
    })
    .map(({ properties, ...extra }) =>
      obj(
        Object.fromEntries(
          properties.map((p) => [p.name, [p.direction ? { ...p.schema, [p.direction]: true } : p.schema, p.required]]),
        ),
        defined(extra),
      ),
    );
}

function compositeArbitrary(member: fc.Arbitrary<IrSchema>): fc.Arbitrary<IrSchema> {
  return fc
    .tuple(
      fc.constantFrom("allOf", "anyOf", "oneOf") as fc.Arbitrary<"allOf" | "anyOf" | "oneOf">,
      fc.array(member, { minLength: 1, maxLength: 3 }),
    )
    .map(([kind, members]) => composite(kind, members));
}

/**
 * Values for `schema`: built to match it where that is easy, so most are valid or nearly so. Numbers stay
 * within ±2^53 and clear of subnormals: there ajv's `multipleOf` (a division) is inexact — it calls -2^63 a
 * multiple of 3, and 5e-324 a multiple of 2 (the quotient underflows to 0) — where the validators use an exact
 * remainder; the int64 bounds are pinned by `formats.test.ts`.
 */
export function valueArbitrary(schema: IrSchema, service: IrService, depth = 0): fc.Arbitrary<unknown> {
  const base = coreValue(schema, service, depth);
  return schema.nullable ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: base }) : base;
}

function coreValue(schema: IrSchema, service: IrService, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constantFrom(null, "x", 1, {}, []);
  const nested = (s: IrSchema): fc.Arbitrary<unknown> => valueArbitrary(s, service, depth + 1);
  switch (schema.kind) {
    case "ref":
      return nested(service.schemas[schema.ref]!.schema);
    case "string": {
      if (schema.const !== undefined) return fc.constant(schema.const);
      const options: fc.Arbitrary<string>[] = [fc.constantFrom(...SHORT_STRINGS)];
      if (schema.enum) options.push(fc.constantFrom(...schema.enum));
      if (schema.pattern) options.push(matching(schema.pattern));
      if (schema.format && FORMAT_SAMPLES[schema.format])
        options.push(fc.constantFrom(...FORMAT_SAMPLES[schema.format]!));
      const { minLength = 0, maxLength = minLength + 4 } = schema;
      if (maxLength >= minLength) options.push(fc.string({ unit: "binary", minLength, maxLength }));
      return fc.oneof(...options);
    }
    case "number":
    case "integer": {
      const near = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum]
        .filter((n): n is number => n !== undefined)
        .flatMap((n) => [n, n - 1, n + 1, n + 0.5]);
      return fc.oneof(
        fc.integer({ min: -20, max: 20 }),
        fc
          .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
          .map((d) => (Math.abs(d) < 1e-300 ? 0 : d)),
        fc.constantFrom(0, -0, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e15, 0.1, ...near, ...(schema.enum ?? [])),
      );
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const { minItems = 0, maxItems = minItems + 3 } = schema;
      return fc.array(nested(schema.items), { minLength: minItems, maxLength: Math.max(minItems, maxItems) });
    }
    case "object": {
      const entries = schema.properties.map((p) =>
        fc
          .tuple(fc.constant(p.name), nested(p.schema), fc.nat(9))
          .map(([name, value, roll]) => (p.required || roll < 7 ? ([name, value] as const) : undefined)),
      );
      const extra =
        schema.additionalProperties === false
          ? fc.constant([] as (readonly [string, unknown])[])
          : fc.array(
              fc.tuple(
                fc.constantFrom("extra", "zz", ...PROPERTY_NAMES),
                schema.additionalProperties === true ? plainJson(1) : nested(schema.additionalProperties),
              ),
              { maxLength: 2 },
            );
      return fc
        .tuple(fc.tuple(...entries), extra)
        .map(([declared, more]) => buildObject([...declared.filter((e) => e !== undefined), ...more]));
    }
    case "allOf": {
      const parts = schema.members.map(nested);
      return fc.tuple(...parts).map((values) => {
        const objects = values.filter(
          (v): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v),
        );
        return objects.length === values.length && objects.length > 0
          ? buildObject(objects.flatMap((o) => Object.entries(o)))
          : values[0];
      });
    }
    case "anyOf":
    case "oneOf":
      return fc.oneof(...schema.members.map(nested));
    case "unknown":
      return plainJson(2);
  }
}

/**
 * Any JSON value, but with no object key that `Object.prototype` also has (fast-check likes to generate
 * `toString` and `__proto__`; see `PROPERTY_NAMES` for why ajv cannot judge those).
 */
function plainJson(maxDepth: number): fc.Arbitrary<unknown> {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean);
    if (typeof value !== "object" || value === null) return value;
    return buildObject(
      Object.entries(value).map(([key, inner]) => [key in Object.prototype ? `${key}_` : key, clean(inner)] as const),
    );
  };
  return fc.jsonValue({ maxDepth }).map(clean);
}

/** An object with exactly these own keys (`__proto__` stays a data property). */
export function buildObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const WRONG_VALUES: unknown[] = [42, "x", null, true, [], {}, 1.5, -1, "", [1, 1], { id: "x" }];

/** A near-valid mutation of `value`, chosen by `picks`: one change at one node. */
export function mutate(value: unknown, picks: readonly number[]): unknown {
  const copy = clone(value);
  const nodes: { parent?: Record<string, unknown> | unknown[]; key?: string | number; node: unknown }[] = [
    { node: copy },
  ];
  collect(copy, nodes);
  const target = nodes[picks[0]! % nodes.length]!;
  const replace = (next: unknown): unknown => {
    if (target.parent === undefined) return next;
    if (Array.isArray(target.parent)) target.parent[target.key as number] = next;
    else
      Object.defineProperty(target.parent, target.key as string, {
        value: next,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  };
  const node = target.node;
  const pick = picks[2]!;
  switch (picks[1]! % 5) {
    case 0:
      return replace(WRONG_VALUES[pick % WRONG_VALUES.length]);
    case 1:
      if (typeof node === "object" && node !== null && !Array.isArray(node)) {
        const keys = Object.keys(node);
        if (keys.length > 0) delete (node as Record<string, unknown>)[keys[pick % keys.length]!];
        else
          Object.defineProperty(node, PROPERTY_NAMES[pick % PROPERTY_NAMES.length]!, {
            value: "x",
            enumerable: true,
            writable: true,
            configurable: true,
          });
        return copy;
      }
      if (Array.isArray(node) && node.length > 0) {
        node.push(clone(node[pick % node.length]));
        return copy;
      }
      return replace(WRONG_VALUES[pick % WRONG_VALUES.length]);
    case 2:
      if (typeof node === "string") {
        const edits = [
          node + "😀",
          node + "a",
          node.slice(0, -1),
          "-" + node.slice(1),
          node.toUpperCase(),
          node + "\n",
          "0" + node.slice(1),
        ];
        return replace(edits[pick % edits.length]);
      }
      if (typeof node === "number") {
        const edits = [node + 1, node - 1, node + 0.5, -node, 2 ** 31, 2 ** 53, Math.round(node / 3)];
        return replace(edits[pick % edits.length]);
      }
      return replace(WRONG_VALUES[pick % WRONG_VALUES.length]);
    case 3:
      if (typeof node === "object" && node !== null && !Array.isArray(node)) {
        Object.defineProperty(node, ["extra", ...PROPERTY_NAMES][pick % (PROPERTY_NAMES.length + 1)]!, {
          value: WRONG_VALUES[pick % WRONG_VALUES.length],
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return copy;
      }
      return replace(WRONG_VALUES[pick % WRONG_VALUES.length]);
    default:
      if (Array.isArray(node)) {
        if (pick % 2 === 0) node.pop();
        else node.push(WRONG_VALUES[pick % WRONG_VALUES.length]);
        return copy;
      }
      return replace(WRONG_VALUES[(pick + 3) % WRONG_VALUES.length]);
  }
}

function collect(
  value: unknown,
  out: { parent?: Record<string, unknown> | unknown[]; key?: string | number; node: unknown }[],
): void {
  if (out.length > 60 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((node, key) => {
      out.push({ parent: value, key, node });
      collect(node, out);
    });
  } else {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      out.push({ parent: object, key, node: object[key] });
      collect(object[key], out);
    }
  }
}

/** A deep copy that keeps `__proto__` as data (JSON round trip). */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function defined<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as never;
}
