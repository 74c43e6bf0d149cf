/** The validators plan: what is trivial, directional, inlined, and which schemas sit on reference cycles. */
import { describe, expect, it } from "vitest";
import { nodesOnCycles } from "../../generator/emit/validators/cycles.js";
import { ValidatorPlan } from "../../generator/emit/validators/plan.js";
import { any, arr, composite, int, named, obj, ref, schemaId, service, str } from "./support/ir.js";
import { keywordService } from "./support/keyword-schemas.js";

describe("nodesOnCycles", () => {
  it("finds every schema on a cycle, self-references included, and nothing else", () => {
    const edges = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
      ["e", ["e"]],
      ["f", ["a"]],
    ]);
    expect([...nodesOnCycles(edges)].sort()).toEqual(["a", "b", "c", "e"]);
  });

  it("handles a reference chain of 100,000 schemas without recursion", () => {
    const chain = new Map(Array.from({ length: 100_000 }, (_, i) => [String(i), [String((i + 1) % 100_000)]]));
    expect(nodesOnCycles(chain).size).toBe(100_000);
  });
});

describe("ValidatorPlan", () => {
  const plan = new ValidatorPlan(keywordService());

  it("inlines small schemas outside cycles, never recursive or discriminated ones", () => {
    expect(plan.isInlined(schemaId("Password"))).toBe(true);
    expect(plan.isInlined(schemaId("ErrorModel"))).toBe(false);
    expect(plan.isInlined(schemaId("ErrorResponse"))).toBe(true);
    expect(plan.isInlined(schemaId("Animal"))).toBe(false);
    expect(plan.isInlined(schemaId("Pet"))).toBe(false);
    const props = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, [str(), false]])) as never;
    const sized = new ValidatorPlan(
      service([
        named("Big", obj(props(30))),
        named("Small", obj(props(10))),
        named("Outer", obj({ a: [ref("Small"), true], b: [ref("Small"), true] })),
      ]),
    );
    expect(sized.isInlined(schemaId("Big"))).toBe(false);
    expect(sized.isInlined(schemaId("Small"))).toBe(true);
    expect(sized.isInlined(schemaId("Outer"))).toBe(false); // 3 + 2 × 11 nodes once Small is written inline
  });

  it("knows what accepts everything", () => {
    expect(plan.isTrivial(ref("Untyped"))).toBe(true);
    expect(plan.isTrivial(ref("Alias"))).toBe(true);
    expect(plan.isTrivial(composite("anyOf", [str(), any()]))).toBe(true);
    expect(plan.isTrivial(composite("allOf", [any(), ref("Alias")]))).toBe(true);
    expect(plan.isTrivial(composite("oneOf", [any(), any()]))).toBe(false);
    expect(plan.isTrivial(obj({}))).toBe(false);
  });

  it("marks schemas whose validation depends on the direction, through references", () => {
    expect(plan.isDirectional(ref("Resource"))).toBe(true);
    expect(plan.isDirectional(arr(ref("Resource")))).toBe(true);
    expect(plan.isDirectional(ref("Password"))).toBe(false);
    // An optional read-only property is refused in requests: the check depends on the direction too.
    expect(plan.isDirectional(obj({ id: [str({ readOnly: true }), false] }))).toBe(true);
    expect(plan.isDirectional(obj({ id: [str({ writeOnly: true }), false] }))).toBe(false);
  });

  it("plans one constant per distinct pattern and long value list", () => {
    const p = new ValidatorPlan(
      service([
        named(
          "A",
          obj({
            x: [str({ enum: ["1", "2", "3", "4", "5", "6", "7", "8", "9"] }), true],
            y: [int({ enum: [1] }), true],
          }),
        ),
        named("B", arr(str({ enum: ["1", "2", "3", "4", "5", "6", "7", "8", "9"] }))),
      ]),
    );
    expect([...p.valueSets.values()].map((s) => s.name)).toEqual(["$values0"]);
  });
});
