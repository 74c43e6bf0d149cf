/** The validation runtime's primitives (everything but formats, which `formats.test.ts` covers). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Check,
  IssueList,
  MAX_ISSUES,
  collectAll,
  codePointLength,
  countProperties,
  deepEqual,
  escapePointerToken,
  findDuplicateItems,
  hasOwn,
  firstProblem,
  ownProperty,
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

  it("first problem: records nothing and says stop at once", () => {
    expect(firstProblem.add("/a", "type", "must be a string")).toBe(false);
    expect(firstProblem.add("", "required", "is required")).toBe(false);
    expect(Object.keys(firstProblem)).toEqual(["add"]); // stateless: nothing to record into
  });

  it(`collect all: every issue in order, then stop at ${MAX_ISSUES}`, () => {
    const list = new IssueList();
    expect(list.issues).toBeUndefined(); // nothing allocated until the first issue
    for (let i = 0; i < MAX_ISSUES - 1; i++) expect(list.add(`/${i}`, "type", "must be a string")).toBe(true);
    expect(list.add(`/${MAX_ISSUES - 1}`, "type", "must be a string")).toBe(false);
    expect(list.issues).toHaveLength(MAX_ISSUES);
    expect(list.issues![0]).toEqual({ path: "/0", keyword: "type", message: "must be a string" });
    expect(list.issues!.at(-1)).toEqual({ path: `/${MAX_ISSUES - 1}`, keyword: "type", message: "must be a string" });
  });

  /** A hand-written check in the generated shape: an array of strings, each item at its pointer. */
  const strings: Check = (value, path, c) => {
    if (!Array.isArray(value)) return c.add(path, "type", "must be an array");
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== "string" && !c.add(path + "/" + i, "type", "must be a string")) return false;
    }
    return true;
  };

  it("runs one check under either strategy: the first problem answers, the list holds every issue", () => {
    expect(strings(["a", 1, 2], "", firstProblem, false)).toBe(false);
    expect(strings(["a", "b"], "", firstProblem, false)).toBe(true);
    expect(collectAll(["a", 1, 2], strings)).toEqual({
      valid: false,
      errors: [
        { path: "/1", keyword: "type", message: "must be a string" },
        { path: "/2", keyword: "type", message: "must be a string" },
      ],
    });
    const valid = ["a"];
    expect(collectAll(valid, strings)).toEqual({ valid: true, value: valid });
    expect((collectAll(valid, strings) as { value: unknown }).value).toBe(valid);
    let visited = 0;
    const counting: Check = (value, path, c) => {
      for (let i = 0; i < (value as unknown[]).length; i++) {
        visited++;
        if (!c.add(path + "/" + i, "type", "must be a string")) return false;
      }
      return true;
    };
    const result = collectAll(Array.from({ length: 500 }, () => 1), counting);
    expect(result.valid || result.errors.length).toBe(MAX_ISSUES);
    expect(visited).toBe(MAX_ISSUES); // the walk stops with the list full: bounded work on a huge bad value
  });

  it("passes the direction to the check (false for responses unless asked)", () => {
    const seen: boolean[] = [];
    const directional: Check = (_value, _path, _c, request) => (seen.push(request), true);
    collectAll(1, directional);
    collectAll(1, directional, true);
    expect(seen).toEqual([false, true]);
  });
});
