/**
 * Fixture synthesis from IR schemas: strings that really satisfy the seeds' regex patterns and length limits
 * (checked here with RegExp, independently of the synthesiser's own check), formats, fake secrets, numbers within
 * bounds, the variant modes, recursive models, and determinism.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { synthesizeNumber } from "../../generator/plan/fixtures/numbers.ts";
import { createRandom } from "../../generator/plan/fixtures/random.ts";
import { SynthesisError, synthesizeString } from "../../generator/plan/fixtures/strings.ts";
import { synthesizeValue, type SynthesisMode } from "../../generator/plan/fixtures/synthesize.ts";
import type { IrNamedSchema, IrSchema } from "../../generator/model/ir.ts";
import { arr, named, obj, pattern, ref, str } from "./support/ir.ts";

/** Path-parameter patterns of the five documented operations, with their declared length limits. */
const AZURE_PATTERNS = [
  { source: "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$", minLength: 3, maxLength: 63 }, // DF/Purview names
  { source: "^[-\\w\\._\\(\\)]+$", minLength: 1, maxLength: 90 }, // resourceGroupName
  { source: "^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$", minLength: 1, maxLength: 50 }, // APIM serviceName
  { source: "^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$" }, // ML workspaceName
  { source: "^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,49}[a-zA-Z0-9]$" }, // DPS Resource.name: lookaheads randexp ignores
];

const codePoints = (s: string) => Array.from(s).length;

function synth(schema: IrSchema, mode: SynthesisMode = "typical", seed = "seed", schemas: Record<string, IrNamedSchema> = {}) {
  return synthesizeValue(schema, { schemas, mode, direction: "response", random: createRandom(seed) });
}

describe("strings", () => {
  it.each(AZURE_PATTERNS)("satisfy $source and its limits for any seed, typical and at each limit", (p) => {
    const schema = str({ pattern: pattern(p.source), minLength: p.minLength, maxLength: p.maxLength });
    const regex = new RegExp(p.source);
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(undefined, "min" as const, "max" as const), (seed, target) => {
        const value = synthesizeString({ schema, random: createRandom(seed), hint: "name", ...(target ? { target } : {}) });
        expect(value).toMatch(regex);
        if (p.minLength !== undefined) expect(codePoints(value)).toBeGreaterThanOrEqual(p.minLength);
        if (p.maxLength !== undefined) expect(codePoints(value)).toBeLessThanOrEqual(p.maxLength);
        if (target === "min" && p.minLength !== undefined) expect(codePoints(value)).toBe(p.minLength);
        if (target === "max" && p.maxLength !== undefined) expect(codePoints(value)).toBe(p.maxLength);
      }),
      { numRuns: 60 },
    );
  });

  it("never copies regex syntax into values (the faker failure mode)", () => {
    const schema = str({ pattern: pattern("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$") });
    for (let i = 0; i < 50; i++) {
      expect(synthesizeString({ schema, random: createRandom(`s${i}`), hint: "x" })).not.toMatch(/[\^$(?:]/);
    }
  });

  it("uses a valid example when randexp cannot drive the pattern, and fails with the pointer when nothing fits", () => {
    const letters = str({ pattern: pattern("^\\p{Lu}\\p{Ll}+$", "u"), example: "Émile", pointer: "#/components/schemas/N" });
    expect(synthesizeString({ schema: letters, random: createRandom("a"), hint: "n" })).toMatch(/^\p{Lu}\p{Ll}+$/u);
    const impossible = str({ pattern: pattern("^[a-z]+$"), minLength: 5, maxLength: 3, pointer: "#/components/schemas/Bad" });
    expect(() => synthesizeString({ schema: impossible, random: createRandom("a"), hint: "n" })).toThrow(SynthesisError);
    try {
      synthesizeString({ schema: impossible, random: createRandom("a"), hint: "n" });
    } catch (error) {
      expect((error as SynthesisError).pointer).toBe("#/components/schemas/Bad");
      expect((error as Error).message).toContain('pattern "^[a-z]+$"');
    }
  });

  it("counts length limits in code points", () => {
    const schema = str({ pattern: pattern("^.+$", "u"), minLength: 4, maxLength: 4 });
    for (let i = 0; i < 20; i++) {
      const value = synthesizeString({ schema, random: createRandom(`u${i}`), hint: "e" });
      expect(codePoints(value)).toBe(4);
      expect(value).toMatch(/^.+$/u);
    }
  });

  it("falls back to the example for astral ranges, which randexp's parser splits into surrogates", () => {
    const schema = str({ pattern: pattern("^[😀-😏]+$", "u"), maxLength: 3, example: "😀😁" });
    expect(synthesizeString({ schema, random: createRandom("emoji"), hint: "e" })).toBe("😀😁");
  });

  it("gives well-formed values for formats", () => {
    const random = createRandom("formats");
    const value = (format: string) => synthesizeString({ schema: str({ format }), random, hint: "thing" });
    expect(value("uuid")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(value("date-time")).toMatch(/^2024-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(value("date")).toMatch(/^2024-\d\d-\d\d$/);
    expect(new URL(value("uri")).hostname).toBe("example.com");
    expect(value("email")).toMatch(/^thing-[0-9a-f]{6}@example\.com$/);
    expect(value("ipv4")).toMatch(/^192\.0\.2\.\d+$/);
    const bytes = value("byte");
    expect(Buffer.from(bytes, "base64").toString("base64")).toBe(bytes);
  });

  it("makes secrets base64 of an obviously fake key, within length limits", () => {
    const secret = synthesizeString({ schema: str({ secret: true }), random: createRandom("k"), hint: "primaryKey" });
    expect(Buffer.from(secret, "base64").toString("utf8")).toMatch(/^FAKE-KEY-primaryKey-[0-9a-f]{8}$/);
    const bounded = str({ secret: true, minLength: 44, maxLength: 44 });
    const fitted = synthesizeString({ schema: bounded, random: createRandom("k"), hint: "primaryKey" });
    expect(fitted).toHaveLength(44);
    expect(Buffer.from(fitted, "base64").toString("utf8")).toMatch(/^FAKE-KEY-primaryKey-/);
  });

  it("picks enum values and honours const", () => {
    const rights = ["ServiceConfig", "EnrollmentRead", "DeviceConnect"];
    for (let i = 0; i < 20; i++) expect(rights).toContain(synth(str({ enum: rights }), "typical", `e${i}`));
    expect(synth(str({ const: "fixed", minLength: 10 }))).toBe("fixed");
  });
});

describe("numbers", () => {
  it("stay within inclusive and exclusive bounds and multiples, for any seed", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const random = createRandom(seed);
        const n = synthesizeNumber({ kind: "integer", pointer: "#", exclusiveMinimum: 10, maximum: 40, multipleOf: 5 }, random);
        expect(n > 10 && n <= 40 && n % 5 === 0).toBe(true);
        const f = synthesizeNumber({ kind: "number", pointer: "#", exclusiveMinimum: 0, exclusiveMaximum: 1 }, random);
        expect(f > 0 && f < 1).toBe(true);
        const i32 = synthesizeNumber({ kind: "integer", pointer: "#", format: "int32", minimum: 2147483600 }, random);
        expect(Number.isInteger(i32) && i32 >= 2147483600 && i32 <= 2147483647).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("sit on the declared bounds at the limit targets", () => {
    const schema = { kind: "integer" as const, pointer: "#", minimum: 3, maximum: 9 };
    expect(synthesizeNumber(schema, createRandom("a"), "min")).toBe(3);
    expect(synthesizeNumber(schema, createRandom("a"), "max")).toBe(9);
    expect(synthesizeNumber({ kind: "number", pointer: "#", minimum: 0, multipleOf: 0.1 }, createRandom("b"), "min")).toBe(0);
  });
});

describe("schemas and modes", () => {
  const Key = obj(
    {
      keyName: str(),
      primaryKey: str({ secret: true }),
      note: str({ nullable: true }),
      tags: arr(str(), { maxItems: 3 }),
      name: str({ minLength: 2, maxLength: 6 }),
      hidden: str({ writeOnly: true }),
    },
    ["keyName"],
  );

  it("typical: every readable property, arrays of two, no writeOnly property in responses", () => {
    const value = synth(Key) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["keyName", "primaryKey", "note", "tags", "name"]);
    expect(value["tags"]).toHaveLength(2);
    expect(typeof value["note"]).toBe("string");
  });

  it("variants: nulls, empty arrays, limits, required only", () => {
    expect((synth(Key, "nulls") as Record<string, unknown>)["note"]).toBeNull();
    expect((synth(Key, "empty-arrays") as Record<string, unknown>)["tags"]).toEqual([]);
    const min = synth(Key, "min-lengths") as Record<string, string>;
    const max = synth(Key, "max-lengths") as Record<string, unknown>;
    expect(min["name"]).toHaveLength(2);
    expect(max["name"]).toHaveLength(6);
    expect(max["tags"]).toHaveLength(3);
    expect(synth(Key, "required-only")).toEqual({ keyName: expect.any(String) });
  });

  it("ends recursive models after one nested level", () => {
    const schemas = Object.fromEntries([
      named("ErrorModel", obj({ code: str(), message: str(), details: arr(ref("ErrorModel")) }, ["code", "message"])),
    ]);
    const value = synth(ref("ErrorModel"), "typical", "r", schemas) as { details: { details: unknown[] }[] };
    expect(value.details).toHaveLength(2);
    expect(value.details.every((d) => Array.isArray(d.details) && d.details.length === 0)).toBe(true);
  });

  it("refuses a model that requires infinite nesting, naming the schema", () => {
    const schemas = Object.fromEntries([named("Loop", obj({ next: ref("Loop") }, ["next"], { pointer: "#/components/schemas/Loop" }))]);
    expect(() => synth(ref("Loop"), "typical", "x", schemas)).toThrow(/infinitely nested/);
  });

  it("keeps `__proto__` as an own property", () => {
    const value = synth(obj({ ["__proto__"]: str({ const: "x" }) }, ["__proto__"])) as object;
    expect(Object.prototype.hasOwnProperty.call(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("is deterministic per seed and differs across seeds", () => {
    expect(JSON.stringify(synth(Key, "typical", "one"))).toBe(JSON.stringify(synth(Key, "typical", "one")));
    expect(JSON.stringify(synth(Key, "typical", "one"))).not.toBe(JSON.stringify(synth(Key, "typical", "two")));
  });
});
