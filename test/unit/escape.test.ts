/** Layer (b): the escaping helpers — the only way spec text reaches generated code. One block per context. */
import fc from "fast-check";
import { Project, StructureKind } from "ts-morph";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  identifier,
  identifierName,
  jsDocText,
  lineCommentText,
  markdownCell,
  markdownCode,
  objectLiteralKey,
  regexLiteral,
  stringLiteral,
  typeMemberKey,
  valueLiteral,
} from "../../generator/emit/escape/index.ts";

const evaluate = (expr: string): unknown => new Function(`"use strict"; return (${expr});`)();

/** Hostile pieces, and strings made of them (plus anything fast-check's full-Unicode strings come up with). */
const PIECES = ['"', "'", "\\", "`", "${", "}", "*/", "/*", "//", "</script>", "<!--", "\u2028", "\u2029", "\n", "\r", "\t", "\u0000", "\u001b", "\u0085", "😀", "\u202e", "\u200b", "\ufeff", "\ud800", "\udc00", "@", "|", "[", "]", "/", "a", " "];
const hostile = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join("")), fc.string({ unit: "binary", maxLength: 20 }));

/** What ts-morph prints for `type A = <type>` followed by a documented `type B` (its writer tracks strings and comments). */
function printWithTsMorph(type: string): string {
  const project = new Project({ useInMemoryFileSystem: true });
  const statements = [
    { kind: StructureKind.TypeAlias as const, name: "A", isExported: true, type },
    { kind: StructureKind.TypeAlias as const, name: "B", isExported: true, type: "string", docs: [{ description: "B's doc" }] },
  ];
  return project.createSourceFile("/a.ts", { statements }).getFullText();
}

function parseErrors(text: string): string[] {
  const file = ts.createSourceFile("a.ts", text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("stringLiteral", () => {
  const samples = ['"', "\\", "`", "${x}", "*/", "</script>", "\u2028", "\u2029", "\n\r\t", "\u0000", "😀", "\u202e", "\ud800", 'a\\"', "x\\"];
  it.each(samples)("round-trips %j", (text) => {
    const literal = stringLiteral(text);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029<]/);
    expect(evaluate(literal)).toBe(text);
  });

  it("round-trips any text and never writes a line terminator, `<` or an invisible character raw", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const literal = stringLiteral(text);
        expect(evaluate(literal)).toBe(text);
        expect(literal.slice(1, -1)).not.toMatch(/[\n\r\u2028\u2029<\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/);
        // The closing quote never follows a backslash (ts-morph's writer would take it for an escaped quote).
        expect(literal).not.toMatch(/\\"$/);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps ts-morph's writer on track: no `*/` of its own, the next statement's doc intact", () => {
    // `"x\\"` followed by `"/*"` once made the writer think a comment was open and close it before `type B`.
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (texts) => {
        const printed = printWithTsMorph(`{ ${texts.map((t, i) => `${typeMemberKey(`k${i}${t}`)}?: ${stringLiteral(t)}`).join("; ")} }`);
        expect(parseErrors(printed)).toEqual([]);
        expect(printed).toContain("/** B's doc */\nexport type B = string;");
      }),
      { numRuns: 500 },
    );
  });
});

describe("valueLiteral, objectLiteralKey and typeMemberKey", () => {
  it("evaluates to the same JSON value, `__proto__` keys included, without touching any prototype", () => {
    const json = fc.jsonValue({ maxDepth: 3 }).chain((v) => fc.constantFrom(v, JSON.parse(`{"__proto__":${JSON.stringify(v)},"constructor":1,"":[]}`) as unknown));
    fc.assert(
      fc.property(json, (value) => {
        const copy = JSON.parse(JSON.stringify(value)) as unknown;
        const evaluated = evaluate(valueLiteral(copy));
        expect(evaluated).toStrictEqual(copy);
        expect(JSON.stringify(evaluated)).toBe(JSON.stringify(copy));
      }),
      { numRuns: 500 },
    );
    const obj = evaluate(valueLiteral(JSON.parse('{"__proto__":{"polluted":true},"a-b":[1,"x",null,true]}'))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(Object.keys(obj)).toEqual(["__proto__", "a-b"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("writes any key so that the object literal has exactly that own key", () => {
    fc.assert(
      fc.property(hostile, (key) => {
        const obj = evaluate(`{ ${objectLiteralKey(key)}: 1 }`) as Record<string, unknown>;
        expect(Object.keys(obj)).toEqual([key]);
        expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      }),
      { numRuns: 1000 },
    );
  });

  it("writes any key so that the type member has exactly that name", () => {
    fc.assert(
      fc.property(hostile, (key) => {
        const source = ts.createSourceFile("a.ts", `type T = { ${typeMemberKey(key)}?: 1 };`, ts.ScriptTarget.ES2022, true);
        const literal = (source.statements[0] as ts.TypeAliasDeclaration).type as ts.TypeLiteralNode;
        expect(literal.members).toHaveLength(1);
        const name = literal.members[0]!.name!;
        expect(ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves identifier names bare and quotes the rest", () => {
    expect(["plain", "constructor", "__proto__", "default", "class"].map(typeMemberKey)).toEqual(["plain", "constructor", "__proto__", "default", "class"]);
    expect(["@odata.type", "a-b", "123start", "with space", ""].map(typeMemberKey)).toEqual(['"@odata.type"', '"a-b"', '"123start"', '"with space"', '""']);
    expect(objectLiteralKey("__proto__")).toBe('["__proto__"]');
  });
});

describe("identifier and identifierName", () => {
  it("pass names the naming module hands out and refuse everything else", () => {
    expect(identifier("FooBar2")).toBe("FooBar2");
    expect(identifier("$is_Foo")).toBe("$is_Foo");
    for (const bad of ["", "1a", "a-b", "a b", "é", "class", "default", "Set", "undefined", "a*/b"]) expect(() => identifier(bad)).toThrow(/not a safe identifier/);
  });

  it("accept reserved words as property names, nothing that is not an identifier name", () => {
    for (const name of ["delete", "class", "default", "constructor", "Set"]) expect(identifierName(name)).toBe(name);
    for (const bad of ["", "1a", "a-b", "__proto__ x", "a.b"]) expect(() => identifierName(bad)).toThrow(/not a safe property name/);
  });
});

describe("jsDocText and lineCommentText", () => {
  it("cannot close the comment or start a tag", () => {
    const doc = jsDocText("ends here */ alert(1) /*\n@see evil\r\n  @type {never}\u2028sep");
    expect(doc).not.toContain("*/");
    expect(doc.split("\n").some((l) => l.trimStart().startsWith("@"))).toBe(false);
    expect(evaluate(`/** ${doc} */ 1`)).toBe(1);
  });

  it("keeps any text inside the comment, with newlines normalised and hidden characters removed", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const doc = jsDocText(text);
        expect(doc).not.toContain("*/");
        expect(doc).not.toMatch(/[\r\u2028\u2029\u0085\u0000-\u0008\u000b-\u001f\u202a-\u202e\u200b-\u200f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(evaluate(`/** ${doc} */ 1`)).toBe(1);
        const line = lineCommentText(text);
        expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(evaluate(`// ${line}\n1`)).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("survives ts-morph's doc printing", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const project = new Project({ useInMemoryFileSystem: true });
        const printed = project
          .createSourceFile("/a.ts", { statements: [{ kind: StructureKind.TypeAlias, name: "A", isExported: true, type: "string", docs: [{ description: jsDocText(text) || "x" }] }, "export const b = 1;"] })
          .getFullText();
        expect(parseErrors(printed)).toEqual([]);
        expect(printed).toContain("export const b = 1;");
      }),
      { numRuns: 500 },
    );
  });

  // Boundedness without a clock: a quadratic escaper would need ~10^10 steps on this input (hours), so the
  // generous timeout catches only such a hang, never a busy machine.
  it("finishes on pathological input (no backtracking blow-up)", () => {
    expect(jsDocText(`a${" ".repeat(200_000)}b\n${" \t".repeat(100_000)}@x`).length).toBeGreaterThan(0);
    expect(lineCommentText(`${"*/".repeat(100_000)}${"\n@".repeat(100_000)}`).length).toBeGreaterThan(0);
  }, 120_000);
});

describe("regexLiteral", () => {
  const patterns: [string, "" | "u"][] = [
    ["^[-\\w\\._\\(\\)]+$", ""],
    ["^a/b$", ""],
    ["[/]", ""],
    ["[^/]*/[a-z]", ""],
    ["a*\\/", ""],
    ["^\\p{L}+$", "u"],
    ["[\\/]", "u"],
    ["\\\\", ""],
    ["a\\\\/b", ""],
    ["\"'`*/", ""],
    ["", ""],
    ["^[a-z/*]+(//x)?\\*/$", ""],
    ["/*", ""],
    ["a*", "u"],
    ["\\\\*", ""],
    ["[+-/]x", ""],
    ["\\/\\*\\/", "u"],
    ["^\\p{Lu}[\\p{L}/]*$", "u"],
  ];
  const probes = ["", "a", "a/b", "/", "x/y", "ab", "a\\/b", "\\", "é", "\"'`*/", "A-Z_(x)", "a*/", "ab/*//x*/", "/*/", "\\\\", "+x", "-x", "/x", "Éa/b"];

  it.each(patterns)("matches exactly what RegExp(%j) matches", (js, flags) => {
    const literal = regexLiteral({ js, flags });
    const re = evaluate(literal) as RegExp;
    const reference = new RegExp(js, flags);
    expect(re.flags).toBe(flags);
    for (const probe of probes) expect([probe, re.test(probe)]).toEqual([probe, reference.test(probe)]);
  });

  it("escapes every `/`, quote and raw line terminator, and nothing else", () => {
    expect(regexLiteral({ js: "[/]a/b", flags: "" })).toBe("/[\\x2F]a\\x2Fb/");
    expect(regexLiteral({ js: "a\\/*b'", flags: "" })).toBe("/a\\x2F*b\\x27/");
    expect(regexLiteral({ js: "a*", flags: "" })).toBe("/a*(?:)/");
    expect(regexLiteral({ js: "a\nb\u2028", flags: "" })).toBe("/a\\nb\\u2028/");
    expect(regexLiteral({ js: "^\\d{2}$", flags: "u" })).toBe("/^\\d{2}$/u");
    expect((evaluate(regexLiteral({ js: "a\nb", flags: "" })) as RegExp).test("a\nb")).toBe(true);
  });

  it("never holds a comment opener or terminator, in any pattern (issue 13 #4)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("/", "*", "a", "\\/", "\\*", "[/*]", "(?:/)", "'", '"', "`", "x?"), { maxLength: 12 }), (parts) => {
        const js = parts.join("");
        let reference: RegExp;
        try {
          reference = new RegExp(js, "u");
        } catch {
          return;
        }
        const literal = regexLiteral({ js, flags: "u" });
        const body = literal.slice(1, literal.lastIndexOf("/"));
        expect(body).not.toMatch(/\/|['"`]/);
        expect(literal).not.toMatch(/\*\/./);
        const printed = new Project({ useInMemoryFileSystem: true })
          .createSourceFile("/c.ts", { statements: [`export const p = ${literal};`, { kind: StructureKind.TypeAlias, name: "B", type: "string", docs: [{ description: "doc" }] }, "export const q = 1;"] })
          .getFullText();
        expect(parseErrors(printed)).toEqual([]);
        expect(printed).toContain("export const q = 1;");
        const re = evaluate(literal) as RegExp;
        for (const probe of ["", "/", "*", "a/*", "//x", "*/", "'\"`", parts.join("").replace(/\\/g, "")]) expect(re.test(probe)).toBe(reference.test(probe));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps ts-morph's writer on track after a class with `/` and quotes", () => {
    const printed = printWithTsMorph(`{ a: ${JSON.stringify(regexLiteral({ js: "[/]\"/*", flags: "" }))} }`);
    expect(parseErrors(printed)).toEqual([]);
    const project = new Project({ useInMemoryFileSystem: true });
    const text = project
      .createSourceFile("/b.ts", { statements: [`const p = ${regexLiteral({ js: "[/]\"'`/*", flags: "" })};`, { kind: StructureKind.TypeAlias, name: "B", type: "string", docs: [{ description: "doc" }] }] })
      .getFullText();
    expect(parseErrors(text)).toEqual([]);
    expect(text).toContain("/** doc */");
  });
});

describe("markdownCell and markdownCode", () => {
  const cells = (row: string) => row.replace(/\\\|/g, "").split("|").length;

  it("cannot end the cell, the row or the table, or add HTML", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const cell of [markdownCell(text), markdownCode(text)]) {
          expect(cell).not.toMatch(/[\n\r\u2028\u2029]/);
          expect(cells(`| ${cell} | x |`)).toBe(4);
        }
        expect(markdownCell(text)).not.toMatch(/(?<!\\)[<>`|]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("fences a code span longer than any backtick run inside it", () => {
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCode("a|b")).toBe("`a\\|b`");
    expect(markdownCell("**bold** <b>x</b> [l](u)")).toBe("\\*\\*bold\\*\\* \\<b\\>x\\</b\\> \\[l\\]\\(u\\)");
  });
});
