/** The validation runtime's primitives (everything but formats, which `formats.test.ts` covers). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_ISSUES,
  addIssue,
  codePointLength,
  countProperties,
  deepEqual,
  escapePointerToken,
  findDuplicateItems,
  hasOwn,
  ownProperty,
  type ValidationIssue,
} from "../../generator/runtime/validation.js";

describe("validation runtime", () => {
  it("counts code points as JSON Schema does, a lone surrogate as one", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("😀a😀")).toBe(3);
    expect(codePointLength("\ud83d")).toBe(1);
    expect(codePointLength("\ude00\ud83d")).toBe(2);
    expect(codePointLength("a\ud83d")).toBe(2);
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => codePointLength(s) === [...s].length));
  });

  it("escapes JSON Pointer tokens (RFC 6901)", () => {
    expect(escapePointerToken("plain")).toBe("plain");
    expect(escapePointerToken("a/b~c")).toBe("a~1b~0c");
    expect(escapePointerToken("~1")).toBe("~01");
  });

  it("compares JSON values deeply, objects regardless of key order", () => {
    expect(deepEqual({ a: [1, { b: null }], c: "x" }, { c: "x", a: [1, { b: null }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({ toString: 1 }, { toString: 1 })).toBe(true);
    expect(deepEqual({ constructor: {} }, { constructor: {} })).toBe(true);
    fc.assert(fc.property(fc.jsonValue(), (v) => deepEqual(v, JSON.parse(JSON.stringify(v)))));
  });

  it("finds the first pair of equal items", () => {
    expect(findDuplicateItems([1, "1", true, null])).toBeUndefined();
    expect(findDuplicateItems(["a", "b", "a"])).toEqual([0, 2]);
    expect(findDuplicateItems([{ a: 1 }, 2, { a: 1 }])).toEqual([0, 2]);
    expect(findDuplicateItems([[1], [1, 2], [1, 2]])).toEqual([1, 2]);
    expect(findDuplicateItems([0, -0])).toEqual([0, 1]);
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 8 }), (items) => {
        const expected = items.some((a, i) => items.some((b, j) => j > i && deepEqual(a, b)));
        expect(findDuplicateItems(items) !== undefined).toBe(expected);
      }),
    );
  });

  it("reads own properties only, __proto__ included", () => {
    const parsed = JSON.parse('{"__proto__": 1, "a": 2}') as Record<string, unknown>;
    expect(ownProperty(parsed, "__proto__")).toBe(1);
    expect(ownProperty({}, "__proto__")).toBeUndefined();
    expect(ownProperty({}, "constructor")).toBeUndefined();
    expect(hasOwn(Object.create({ inherited: 1 }) as object, "inherited")).toBe(false);
    expect(countProperties(Object.assign(Object.create({ inherited: 1 }) as object, { a: 1, b: 2 }))).toBe(2);
    expect(countProperties(parsed)).toBe(2);
  });

  it(`creates the issue list on the first issue and keeps at most ${MAX_ISSUES}`, () => {
    let errors: ValidationIssue[] | undefined;
    for (let i = 0; i < MAX_ISSUES + 5; i++) errors = addIssue(errors, `/${i}`, "type", "must be a string");
    expect(errors).toHaveLength(MAX_ISSUES);
    expect(errors![0]).toEqual({ path: "/0", keyword: "type", message: "must be a string" });
    expect(errors!.at(-1)).toEqual({ path: `/${MAX_ISSUES - 1}`, keyword: "type", message: "must be a string" });
  });
});
