/**
 * The fast reader (load/parse-data.ts, js-yaml) against the locating one (load/parse-yaml.ts, the `yaml`
 * package): whatever the fast reader accepts, the locating reader accepts too, with the same data in the same
 * key order. Anything else would make the output depend on which reader ran. Checked on every spec file in the
 * repository and upstream, on YAML's corner cases, on random documents written in several YAML styles, and on
 * random edits of those (where the fast reader may refuse: read-source.ts then reads the file the slow way).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { dump } from "js-yaml";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { LOAD_LIMITS } from "../../generator/load/limits.ts";
import { parseData } from "../../generator/load/parse-data.ts";
import { parseYaml } from "../../generator/load/parse-yaml.ts";
import { readSource } from "../../generator/load/read-source.ts";
import { createLocator, locatorFromText } from "../../generator/load/source-map.ts";
import { PositionTable } from "../../generator/load/position-table.ts";
import { pointerFromTokens } from "../../generator/util/json-pointer.ts";
import type { Document } from "yaml";
import { REPO_ROOT } from "../support/pipeline.ts";
import { UPSTREAM_ROOT } from "../upstream/support/upstream.ts";

const SEED = Number(process.env["PARSE_DATA_SEED"] ?? Math.floor(Math.random() * 2 ** 31));

/** The locating reader's data, or undefined where it reports a problem (as read-source.ts's slow path does). */
function slowData(text: string): { data: unknown } | undefined {
  const parsed = parseYaml(text, LOAD_LIMITS);
  if (!parsed.ok || parsed.doc.errors.length > 0) return undefined;
  try {
    return { data: parsed.doc.toJS({ maxAliasCount: LOAD_LIMITS.maxAliasCount }) };
  } catch {
    return undefined;
  }
}

/** Data as a string that keeps key order, types, -0, NaN and infinities apart. */
function canonical(value: unknown, open: object[] = []): string {
  if (value === null) return "null";
  if (typeof value === "object") {
    // A recursive alias (`&x [*x]`) reads as a cycle: name how far up it points.
    if (open.includes(value)) return `<cycle ${open.length - open.indexOf(value)}>`;
    const inner = [...open, value];
    if (Array.isArray(value)) return `[${value.map((v) => canonical(v, inner)).join(",")}]`;
    return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], inner)}`).join(",")}}`;
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  return `${typeof value}:${JSON.stringify(value)}`;
}

/**
 * The property: a document the fast reader accepts reads the same through the locating reader. Positions are
 * compared exactly on well-formed documents; on random edits (null keys `{~}`, empty values `{a:}`) the syntax
 * tree's locator has its own edge cases (it matches a `~` key as "null"), so there every pointer must only land
 * inside the text.
 */
function agree(text: string, positions: "exact" | "inside" | "elsewhere" = "exact"): "accepted" | "refused" {
  const fast = parseData(text, LOAD_LIMITS);
  if (!fast) return "refused";
  const slow = slowData(text);
  expect(slow, `the locating reader refuses what the fast reader accepts:\n${text.slice(0, 400)}`).toBeDefined();
  expect(canonical(fast.data), text.slice(0, 400)).toBe(canonical(slow!.data));
  // And positions: the fast reader's position table places every pointer where the syntax tree does.
  if (positions === "elsewhere") return "accepted";
  const actual = locatorFromText(text, PositionTable.fromEvents(text, fast.events));
  const pointers = pointersOf(fast.data).slice(0, 200);
  if (positions === "exact") {
    const parsed = parseYaml(text, LOAD_LIMITS);
    if (!parsed.ok) throw new Error("unreachable: the locating reader read this text above");
    const expected = createLocator(parsed.doc as Document, parsed.lines);
    for (const pointer of pointers) expect(actual(pointer), `${pointer} in\n${text.slice(0, 400)}`).toEqual(expected(pointer));
  } else {
    const lines = text.split("\n");
    for (const pointer of pointers) {
      const at = actual(pointer);
      expect(at, `${pointer} in\n${text.slice(0, 400)}`).toBeDefined();
      expect(at!.line).toBeGreaterThanOrEqual(1);
      expect(at!.line).toBeLessThanOrEqual(lines.length);
      expect(at!.column).toBeGreaterThanOrEqual(1);
      expect(at!.column).toBeLessThanOrEqual(lines[at!.line - 1]!.length + 1);
    }
  }
  return "accepted";
}

/** Every JSON pointer into the data, parents first. */
function pointersOf(data: unknown, tokens: string[] = [], out: string[] = []): string[] {
  out.push(pointerFromTokens(tokens));
  if (data !== null && typeof data === "object") for (const key of Object.keys(data)) pointersOf((data as Record<string, unknown>)[key], [...tokens, key], out);
  return out;
}

const isMapping = (value: unknown) => value !== null && typeof value === "object" && !Array.isArray(value);

function specFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : specFiles(full);
    return /\.(ya?ml|json)$/.test(name) ? [full] : [];
  });
}

const CORNER_CASES: string[] = [
  "a: 1\nb: '1'\nc: \"1\"\nd: 1.0\ne: 1e3\nf: .5\ng: +12\nh: -0\ni: 0o17\nj: 0x1F\nk: 0b101\nl: 1_000\nm: 012\n",
  "t: [true, True, TRUE, false, False, yes, no, on, off, y, n]\n",
  "n: [~, null, Null, NULL, '', nul]\n",
  "f: [.inf, -.inf, +.inf, .Inf, .NaN, .nan, 1.5e+3, 6.8523015e+5, 685.230_15e+03]\n",
  "d: 2001-12-14t21:59:43.10-05:00\ne: 2002-12-14\nv: 2018-06-01\n",
  "1: a\n\"1\": b\n",
  "1: a\n1.0: b\n",
  "~: a\nnull: b\n",
  "? a\n: 1\n? [x, y]\n: 2\n",
  "__proto__: {polluted: true}\nconstructor: 1\ntoString: 2\n",
  "base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  z: 3\n",
  "a: &anchor\n  deep: [1, 2, {k: v}]\nb: *anchor\nc: *anchor\n",
  "s: !!str 12\ni: !!int '7'\nf: !!float 3\nb: !!bool 'true'\n",
  "x: !custom 1\n",
  "bin: !!binary aGVsbG8=\n",
  "set: !!set {a, b}\n",
  "omap: !!omap [a: 1, b: 2]\n",
  "---\na: 1\n---\nb: 2\n",
  "",
  "# only a comment\n",
  "---\n...\n",
  "plain\n",
  "[1, 2, 3]\n",
  "lit: |\n  line one\n  line two\nfold: >-\n  folded\n  text\n\n  para\nkeep: |+\n  kept\n\n",
  "q: \"tab\\there \\u263A \\x0d \\\"q\\\" \\/ \\N \\_ \\L \\P\"\ns: 'it''s'\n",
  "\ufeffa: bom\n",
  "a: 1\r\nb:\r\n  - x\r\n  - y\r\n",
  "a:\n\t- tab\n",
  "a: b: c\n",
  "a: [1, 2\n",
  "a: {b: 1, c}\n",
  "key with spaces: v\n\"quoted: key\": w\n'single # key': z\n",
  "url: http://example.com/a#b?c=d&e=f\npattern: ^[a-z0-9]+(-[a-z0-9]+)*$\nstar: '*not alias'\namp: R&D\n",
  "a: *undefined\n",
  "a: &x [*x]\n",
  "%YAML 1.1\n---\na: yes\n",
  "%TAG !e! tag:example.com,2000:\n---\na: !e!foo 1\n",
  "a:\n  b:\n    c:\n      d: [[[[[[1]]]]]]\n",
  "é: ü\n日本: 語\n\"\\uD83D\\uDE00\": emoji\n",
  "a: 1 # comment\nb: 'x' # another\n#c: 3\n",
  "a: 'multi\n  line\n\n  single'\nb: \"multi\n  line\\\n  escaped\"\n",
  "a: plain\n  continued\n  over lines\n",
  "[a, b]: 1\n",
  "{a: 1}: 2\n",
  "a: -\n",
  "- - - x\n  - y\n- z\n",
  "a: 0.\nb: -.5\nc: 1.\nd: +.inf\ne: 0x\nf: 0o\ng: 1__0\nh: 1e\n",
  "a: 9007199254740993\nb: 123456789012345678901234567890\nc: 1e400\nd: -1e400\n",
  '-!:\n:  "k: v": null\n',
  "a: 1\n: b\n",
  "{: v}\n",
  "? \n: v\n",
  "{\n  a: 1\n# c\n}",
  '\n{\n  "": 1.070656113509137e-309\n#\n}',
  "x: [1,\n# c\n 2]\n",
  "a:\n  # c\n  b: [1, 2] # d\n",
  // A key on the line where the previous value ended: js-yaml reads it as the next key (found by seed 351478113).
  `" ": '1e3'\n'  ''':\n  \n- "    "A $: []\n`,
  'a:\n- "x"b: 1\n',
  "a:\n- 'x' b: 1\n",
  // Keys that do start a line, after values of every kind.
  "a:\n- x\nb: 1\nc: |\n  t\nd: [1]\ne: {f: 2}\ng: 'h'\ni:\n  j: k\nl: \"m\"\n",
];

describe("the fast spec reader agrees with the locating reader", () => {
  it("on every spec file in the repository and upstream", () => {
    const files = [
      ...specFiles(path.join(REPO_ROOT, "specs")),
      ...specFiles(path.join(REPO_ROOT, "test/specs")),
      ...specFiles(path.join(UPSTREAM_ROOT, "specification")),
    ];
    expect(files.length).toBeGreaterThan(50);
    // Positions on these files: "locates every place in every spec" below.
    const outcomes = files.map((file) => agree(readFileSync(file, "utf8"), "elsewhere"));
    // The repository's specs are well-formed apart from the deliberately broken ones.
    expect(outcomes.filter((o) => o === "accepted").length).toBeGreaterThan(files.length * 0.8);
  });

  it("on YAML's corner cases: scalars, keys, tags, anchors, merge keys, documents, styles and errors", () => {
    const outcomes = CORNER_CASES.map((text) => agree(text));
    expect(outcomes).toContain("accepted");
    expect(outcomes).toContain("refused");
    // A block mapping's keys after values of every kind, each on its own line: read by the fast reader.
    expect(agree("a:\n- x\nb: 1\nc: |\n  t\nd: [1]\ne: {f: 2}\ng: 'h'\ni:\n  j: k\nl: \"m\"\nn: |+\n  keep\n\no: p\n")).toBe("accepted");
  });

  const jsonValue = fc.letrec((tie) => ({
    root: fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e21, "", "~", "null", "true", "yes", "1", "0x1F", "1e3", ".inf", "- x", "a: b", "#c", "&a", "*a", "!t", "'q'", '"q"', "|", ">", "[", "{", "\t", " lead", "trail ", "\n", "é\u2028"),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("1", "null", "true", "<<", "__proto__", "? k", "- k", "k: v")), tie("value"), { maxKeys: 4 }),
    ),
  }));

  it(`on random documents written in several YAML styles, and on random edits of them (seed ${SEED})`, () => {
    const styles: Array<(v: unknown) => string> = [
      (v) => JSON.stringify(v),
      (v) => JSON.stringify(v, null, 2),
      (v) => stringify(v),
      (v) => stringify(v, { defaultStringType: "QUOTE_SINGLE", collectionStyle: "flow" }),
      (v) => stringify(v, { defaultStringType: "BLOCK_LITERAL", defaultKeyType: "PLAIN", indent: 4 }),
      (v) => dump(v),
      (v) => dump(v, { flowLevel: 1, quoteStyle: "double", forceQuotes: true }),
    ];
    const edits = "\n :-#&*!|>'\"[]{},?~\t%@`\\0.e";
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(jsonValue.root, jsonValue.value), fc.nat(styles.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(edits.length), fc.boolean()), { maxLength: 3 }), (value, style, changes) => {
        const text = styles[style]!(value);
        // Unedited, every style writes a spec-shaped document (a mapping, no tabs) the fast reader accepts.
        const outcome = agree(text);
        if (isMapping(value) && !text.includes("\t")) expect(outcome).toBe("accepted");
        let edited = text;
        for (const [at, char, remove] of changes) {
          const i = edited.length === 0 ? 0 : at % edited.length;
          edited = remove ? edited.slice(0, i) + edited.slice(i + 1) : edited.slice(0, i) + edits.charAt(char) + edited.slice(i);
        }
        if (agree(edited, edited === text ? "exact" : "inside") === "accepted") accepted++;
        else refused++;
      }),
      { seed: SEED, numRuns: 600 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it("locates every place in every spec as the locating reader does", () => {
    const files = [...specFiles(path.join(REPO_ROOT, "specs")), ...specFiles(path.join(REPO_ROOT, "test/specs")), ...specFiles(path.join(UPSTREAM_ROOT, "specification")).slice(0, 40)];
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const fast = parseData(text, LOAD_LIMITS);
      const parsed = parseYaml(text, LOAD_LIMITS);
      if (!fast || !parsed.ok) continue;
      const expected = createLocator(parsed.doc as Document, parsed.lines);
      // The table read-source.ts keeps from the reader's events, and one built on demand (after `release`).
      const fromRead = locatorFromText(text, PositionTable.fromEvents(text, fast.events));
      const actual = locatorFromText(text);
      for (const pointer of [...pointersOf(fast.data).slice(0, 3000), "#/nowhere", "#/paths/~1missing", "not a pointer"]) {
        expect(actual(pointer), `${file} ${pointer}`).toEqual(expected(pointer));
        expect(fromRead(pointer), `${file} ${pointer}`).toEqual(expected(pointer));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("answers the same after release (the table is built again on demand)", () => {
    const text = readFileSync(path.join(REPO_ROOT, "specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml"), "utf8");
    const fast = parseData(text, LOAD_LIMITS)!;
    const locate = locatorFromText(text, PositionTable.fromEvents(text, fast.events));
    const pointers = pointersOf(fast.data);
    const before = pointers.map((p) => locate(p));
    locate.release?.();
    expect(pointers.map((p) => locate(p))).toEqual(before);
    expect(before.every((p) => p !== undefined)).toBe(true);
  });

  it("reads a well-formed spec once, and locates a later diagnostic from the reader's position table", async () => {
    const file = path.join(REPO_ROOT, "specs/datafactory/2018-06-01/IntegrationRuntimes_RegenerateAuthKey.yaml");
    const source = await readSource("spec.yaml", file);
    if (Array.isArray(source)) throw new Error("the fragment does not read");
    const text = readFileSync(file, "utf8");
    const line = text.split("\n").findIndex((l) => /^paths:/.test(l)) + 1;
    expect(source.locate("#/paths")).toEqual({ line, column: 1 });
  });
});
