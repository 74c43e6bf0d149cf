/** The naming module: casing and the collision resolver. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIXED_EXPORT_NAMES, NameScope, camelCase, isReservedWord, kebabCase, pascalCase, splitOperationId, splitWords } from "../../generator/naming/index.ts";

describe("casing", () => {
  it.each([
    ["IntegrationRuntimes", "integrationRuntimes", "IntegrationRuntimes", "integration-runtimes"],
    ["IotDpsResource", "iotDpsResource", "IotDpsResource", "iot-dps-resource"],
    ["api-version", "apiVersion", "ApiVersion", "api-version"],
    ["HTTPStatus", "httpStatus", "HTTPStatus", "http-status"],
    ["foo_bar", "fooBar", "FooBar", "foo-bar"],
    ["v2Beta", "v2Beta", "V2Beta", "v2-beta"],
    ["café au lait", "cafeAuLait", "CafeAuLait", "cafe-au-lait"],
    ["*/ evil `${x}` 😀", "evilX", "EvilX", "evil-x"],
    ["中文", "", "", ""],
  ])("%s", (input, camel, pascal, kebab) => {
    expect(camelCase(input)).toBe(camel);
    expect(pascalCase(input)).toBe(pascal);
    expect(kebabCase(input)).toBe(kebab);
  });

  it("splits words exactly as the rules say (checked against the regular-expression formulation)", () => {
    const reference = (name: string) =>
      name
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w.length > 0);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aAbBzZ09_- .éÉ中😀"), maxLength: 24 }), (name) => {
        expect(splitWords(name)).toEqual(reference(name));
      }),
      { numRuns: 5000 },
    );
  });

  it("only ever produces ASCII identifier characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (name) => {
        expect(pascalCase(name)).toMatch(/^[A-Za-z0-9]*$/);
        expect(camelCase(name)).toMatch(/^[A-Za-z0-9]*$/);
      }),
    );
  });

  // No clock: quadratic casing of 500,000 characters would take hours; the generous timeout catches only that.
  it("finishes on long names (spec names are untrusted)", { timeout: 120_000 }, () => {
    for (const name of ["A".repeat(500_000), "aB".repeat(250_000), "a_".repeat(250_000)]) expect(pascalCase(name).length).toBeGreaterThan(0);
  });

  it("splits Azure operationIds", () => {
    expect(splitOperationId("IntegrationRuntimes_RegenerateAuthKey")).toEqual({ group: "IntegrationRuntimes", method: "RegenerateAuthKey" });
    expect(splitOperationId("Items_List_Keys")).toEqual({ group: "Items", method: "List_Keys" });
    expect(splitOperationId("ListKeys")).toEqual({ group: "", method: "ListKeys" });
    expect(splitOperationId("_Leading")).toEqual({ group: "", method: "_Leading" });
  });
});

describe("NameScope", () => {
  it("keeps names that collide after casing distinct and deterministic", () => {
    const scope = new NameScope();
    expect(["foo_bar", "FooBar", "foo-bar"].map((n) => scope.claim(pascalCase(n)))).toEqual(["FooBar", "FooBar2", "FooBar3"]);
  });

  it("never hands out a suffixed name that is already taken", () => {
    const scope = new NameScope(["Foo2"]);
    expect(scope.claim("Foo")).toBe("Foo");
    expect(scope.claim("Foo")).toBe("Foo3");
    expect(scope.claim("Foo3")).toBe("Foo32");
    expect(scope.claim("Foo")).toBe("Foo4");
  });

  it("hands out unique names whatever is claimed, in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Foo", "Foo2", "Foo22", "Bar", "", "1", "class", "Set"), { maxLength: 40 }), (bases) => {
        const scope = new NameScope(FIXED_EXPORT_NAMES);
        const names = bases.map((b) => scope.claim(b));
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) {
          expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
          expect(isReservedWord(name)).toBe(false);
          expect(FIXED_EXPORT_NAMES).not.toContain(name);
        }
      }),
    );
  });

  it("stays usable when many names case to the same base", { timeout: 120_000 }, () => {
    const scope = new NameScope();
    for (let i = 0; i < 50_000; i++) scope.claim("A");
    expect(scope.claim("A")).toBe("A50001");
  });

  it("mangles reserved words, globals and leading digits for identifiers, not for property names", () => {
    const ids = new NameScope();
    expect(["class", "default", "123start", "", "Set", "Promise", "Record", "undefined", "NaN", "Location"].map((n) => ids.claim(n))).toEqual([
      "class_", "default_", "_123start", "value", "Set_", "Promise_", "Record_", "undefined_", "NaN_", "Location",
    ]);
    const props = new NameScope([], { propertyNames: true });
    expect(["default", "class", "delete", "Set"].map((n) => props.claim(n))).toEqual(["default", "class", "delete", "Set"]);
  });

  it("refuses names that were not cased first (a caller bug)", () => {
    expect(() => new NameScope().claim("a-b")).toThrow(/was not cased/);
    expect(() => new NameScope().claim("*/")).toThrow(/was not cased/);
  });
});

describe("NameScope with a shared base", () => {
  it("treats the base's names as taken without copying or changing it", () => {
    const base: ReadonlySet<string> = new Set(["Thing", "Thing2", "validateThing"]);
    const a = new NameScope([], { base });
    const b = new NameScope(["local"], { base });
    expect(a.claim("Thing")).toBe("Thing3");
    expect(b.claim("Thing")).toBe("Thing3"); // each scope claims on its own; the base is shared, not consumed
    expect(b.claim("local")).toBe("local2");
    expect(a.has("validateThing") && b.has("validateThing")).toBe(true);
    expect([...base]).toEqual(["Thing", "Thing2", "validateThing"]);
  });
});
