/** Layer (b): the escaping helpers — the only way spec text reaches generated code. */
import { describe, expect, it } from "vitest";
import { jsDocText, objectLiteralKey, regexLiteral, stringLiteral, typeMemberKey, valueLiteral } from "../../generator/emit/escape/index.ts";

const evaluate = (expr: string): unknown => new Function(`"use strict"; return (${expr});`)();

describe("stringLiteral", () => {
  const hostile = ['"', "\\", "`", "${x}", "*/", "</script>", "\u2028", "\u2029", "\n\r\t", "\u0000", "😀", "\u202e", "\ud800"];
  it.each(hostile)("round-trips %j", (text) => {
    const literal = stringLiteral(text);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029<]/);
    expect(evaluate(literal)).toBe(text);
  });
});

describe("jsDocText", () => {
  it("cannot close the comment or start a tag", () => {
    const doc = jsDocText("ends here */ alert(1) /*\n@see evil\r\nline\u2028sep");
    expect(doc).not.toContain("*/");
    expect(doc.split("\n").some((l) => l.trimStart().startsWith("@"))).toBe(false);
    expect(evaluate(`/** ${doc} */ 1`)).toBe(1);
  });
});

describe("regexLiteral", () => {
  const patterns: [string, "" | "u"][] = [
    ["^[-\\w\\._\\(\\)]+$", ""],
    ["^a/b$", ""],
    ["[/]", ""],
    ["a*\\/", ""],
    ["^\\p{L}+$", "u"],
  ];
  it.each(patterns)("keeps %s verbatim", (js, flags) => {
    const literal = regexLiteral({ js, flags });
    const re = evaluate(literal) as RegExp;
    expect(re.source).toBe(new RegExp(js, flags).source);
    expect(re.flags).toBe(flags);
  });
  it("escapes a raw line terminator", () => {
    const re = evaluate(regexLiteral({ js: "a\nb", flags: "" })) as RegExp;
    expect(re.test("a\nb")).toBe(true);
  });
});

describe("keys", () => {
  it("quotes what is not an identifier and never lets __proto__ set a prototype", () => {
    expect(typeMemberKey("plain")).toBe("plain");
    expect(typeMemberKey("@odata.type")).toBe('"@odata.type"');
    expect(typeMemberKey("a-b")).toBe('"a-b"');
    const obj = evaluate(`{ ${objectLiteralKey("__proto__")}: 1, ${objectLiteralKey("with space")}: 2 }`) as Record<string, number>;
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(Object.keys(obj)).toEqual(["__proto__", "with space"]);
    expect(evaluate(valueLiteral(JSON.parse('{"a":[1,"x",null,true],"b-c":{"__proto__":2}}')))).toEqual(JSON.parse('{"a":[1,"x",null,true],"b-c":{"__proto__":2}}'));
  });
});
