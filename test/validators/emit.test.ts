/**
 * The validators emitter on small hand-written IR: the module's shape, and behaviour the differential test
 * cannot pin (ajv has no opinion on it): issue paths and messages, the 100-issue cap, direction, discriminator
 * dispatch, own-property reads of `__proto__`/`constructor`, hostile patterns, determinism.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { any, arr, int, named, obj, operation, pattern, ref, service, str } from "./support/ir.js";
import { keywordService } from "./support/keyword-schemas.js";
import { loadValidators, printValidators, type ValidatorExports } from "./support/load.js";

type Result =
  { valid: true; value: unknown } | { valid: false; errors: { path: string; keyword: string; message: string }[] };

const tiny = service(
  [named("Name", str({ pattern: pattern("^[a-z]+$"), maxLength: 8 }))],
  [operation("Get", [{ name: "name", tsName: "name", location: "path", required: true, schema: ref("Name") }])],
  "tiny",
);

describe("emitValidators: the module", () => {
  it("prints plain TypeScript: runtime imports, module-level regexes, one-line exported guard and validator", () => {
    const text = printValidators(tiny);
    expect(text).toContain('import type { ValidateOptions, ValidationResult } from "../../runtime/validation.js";');
    expect(text).toContain('import * as $rt from "../../runtime/validation.js";');
    expect(text).toContain('import type { Name } from "./models.js";');
    expect(text).toContain("const $pattern0 = /^[a-z]+$/;");
    expect(text).toContain(
      'export function isName(value: unknown, options?: ValidateOptions): value is Name { return $check_Name(value, "", $rt.firstProblemFor(options)); }',
    );
    expect(text).toContain(
      "export function validateName(value: unknown, options?: ValidateOptions): ValidationResult<Name> { return $rt.collectAll(value, $check_Name, false, options); }",
    );
    expect(text).toContain(
      "export function validateGetParameters(params: unknown, options?: ValidateOptions): ValidationResult<Record<string, unknown>> { " +
        "return $rt.collectAll(params, $checkParameters_validateGetParameters, false, options); }",
    );
    // One walker, one compact line per check; the strategy `c` decides whether to go on.
    expect(text).toMatch(
      /function \$check_Name\(value: unknown, path: string, c: \$rt\.Issues\): boolean \{\n\s+if \(typeof value !== "string"\) return c\.add\(path, "type", "must be a string"\);\n\s+if \(value\.length > 8 && \$rt\.codePointLength\(value\) > 8 && !c\.add\(path, "maxLength", "must be at most 8 characters long"\)\) return false;\n\s+if \(!\$pattern0\.test\(value\) && !c\.add\(path, "pattern", "must match the pattern \^\[a-z\]\+\$"\)\) return false;\n\s+return true;\n\s*\}/,
    );
  });

  it("writes one check per named schema (and its plain variant), never a mirrored guard and collector", () => {
    const text = printValidators(keywordService());
    const service = keywordService();
    const checks = text.match(/^function \$check_\w+\(/gm) ?? [];
    const trivial = ["Alias", "Untyped"]; // `{}` and a reference to it: no check
    expect(checks).toHaveLength(Object.keys(service.schemas).length - trivial.length);
    expect(text.match(/^function \$checkPlain_\w+\(/gm)).toEqual(["function $checkPlain_Animal("]);
    expect(text).not.toMatch(/\$is_|\$collect|addIssue/);
  });

  it("never uses eval or new Function, and compiles each pattern once at module level", () => {
    const text = printValidators(keywordService());
    expect(text).not.toMatch(/\beval\(|new Function|RegExp\(/);
    const literals = text.match(/^const \$pattern\d+ = \/.*\/u?;$/gm) ?? [];
    expect(literals.length).toBe(4);
    expect(text.match(/\$pattern\d+ = /g)).toHaveLength(literals.length);
  });

  it("is deterministic", () => {
    expect(printValidators(keywordService())).toBe(printValidators(keywordService()));
  });

  it("writes a pattern with `/` and `*/` as a safe regex literal, and the message as a string literal", async () => {
    const hostile = service([named("Path", str({ pattern: pattern("^a/b\\*/c$") }))], [], "hostile");
    const { exports, source } = await loadValidators(hostile, { typecheck: true });
    expect(source).toContain("const $pattern0 = /^a\\x2Fb\\*\\x2Fc$/;");
    expect(exports["isPath"]!("a/b*/c")).toBe(true);
    expect(exports["validatePath"]!("a/b")).toEqual({
      valid: false,
      errors: [{ path: "", keyword: "pattern", message: "must match the pattern ^a/b\\*/c$" }],
    });
  });
});

describe("generated validators: behaviour", () => {
  let v: ValidatorExports;
  const validate = (name: string, value: unknown) => v[name]!(value) as Result;

  beforeAll(async () => {
    v = (await loadValidators(keywordService(), { typecheck: true })).exports;
  });

  it("reports every issue in document order, each at its JSON Pointer", () => {
    const result = validate("validateStrings", {
      short: "a",
      name: "-bad-",
      keyName: "authKey3",
      fixed: "v2",
      extra: 1,
    });
    expect(result).toEqual({
      valid: false,
      errors: [
        { path: "/short", keyword: "minLength", message: "must be at least 2 characters long" },
        { path: "/name", keyword: "pattern", message: "must match the pattern ^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$" },
        { path: "/keyName", keyword: "enum", message: 'must be one of "authKey1", "authKey2"' },
        { path: "/fixed", keyword: "const", message: 'must be "v1"' },
      ],
    });
  });

  it("counts lengths in code points", () => {
    expect(validate("validateStrings", { name: "abc", short: "😀😀😀😀" }).valid).toBe(true);
    expect(validate("validateStrings", { name: "abc", short: "😀😀😀😀😀" })).toMatchObject({
      valid: false,
      errors: [{ path: "/short", keyword: "maxLength" }],
    });
  });

  it("never puts the value in a message", () => {
    const secret = "hunter2-SECRET-0123456789";
    const result = validate("validateStrings", {
      name: secret + "!",
      short: secret,
      id: secret,
      keyName: secret,
      fixed: secret,
    });
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result)).not.toContain("hunter2");
  });

  it("stops at 100 issues", () => {
    const result = validate("validateLists", { tags: Array.from({ length: 150 }, () => 1) });
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.errors).toHaveLength(100);
      expect(result.errors[99]).toEqual({ path: "/tags/98", keyword: "type", message: "must be a string" });
    }
  });

  it("escapes property names in pointers and reads only own properties", () => {
    expect(validate("validateClosed", { "@odata.type": "x", "a/b": "1", "t~1": 2 })).toEqual({
      valid: false,
      errors: [
        { path: "/a~1b", keyword: "type", message: "must be an integer" },
        { path: "/t~01", keyword: "type", message: "must be a boolean" },
      ],
    });
    // `constructor` and `toString` exist on every object's prototype; only own ones count.
    expect(v["isClosed"]!({ "@odata.type": "x" })).toBe(true);
    expect(validate("validateClosed", JSON.parse('{"@odata.type": "x", "constructor": 1}'))).toMatchObject({
      errors: [{ path: "/constructor", keyword: "type" }],
    });
    expect(validate("validateClosed", JSON.parse('{"@odata.type": "x", "__proto__": 1}'))).toEqual({
      valid: false,
      errors: [{ path: "/__proto__", keyword: "additionalProperties", message: "is not a property the schema allows" }],
    });
  });

  it("treats a declared __proto__ property as data", async () => {
    const proto = service([named("Proto", obj({ ["__proto__"]: [str(), true] }))], [], "proto");
    const { exports } = await loadValidators(proto, { typecheck: true });
    expect(exports["isProto"]!({})).toBe(false);
    expect(exports["isProto"]!(JSON.parse('{"__proto__": "x"}'))).toBe(true);
    expect(exports["validateProto"]!(JSON.parse('{"__proto__": 5}'))).toEqual({
      valid: false,
      errors: [{ path: "/__proto__", keyword: "type", message: "must be a string" }],
    });
  });

  it("applies required readOnly properties to responses and required writeOnly ones to requests; refuses read-only values in requests", () => {
    expect(validate("validateResource", { name: "r" })).toEqual({
      valid: false,
      errors: [{ path: "/id", keyword: "required", message: "is required" }],
    });
    expect(validate("validateResource", { id: "1", name: "r" }).valid).toBe(true);
    const params = (body: unknown) => validate("validateRegenerateKeyParameters", { resourceGroupName: "rg", body });
    expect(params({ name: "r" })).toEqual({
      valid: false,
      errors: [{ path: "/body/secret", keyword: "required", message: "is required" }],
    });
    expect(params({ name: "r", secret: "s" }).valid).toBe(true);
    // A read-only property is absent from request types; a request that sets it is refused (then checked too).
    expect(params({ id: 5, name: "r", secret: "s" })).toMatchObject({
      errors: [
        { path: "/body/id", keyword: "readOnly", message: "is read-only (set by the service): leave it out of requests" },
        { path: "/body/id", keyword: "type" },
      ],
    });
  });

  it("checks path, query and header parameters under their TypeScript names", () => {
    expect(
      validate("validateRegenerateKeyParameters", { resourceGroupName: "bad/rg", clientRequestId: "nope", top: 0 }),
    ).toEqual({
      valid: false,
      errors: [
        { path: "/resourceGroupName", keyword: "pattern", message: "must match the pattern ^[-\\w\\._\\(\\)]+$" },
        { path: "/clientRequestId", keyword: "format", message: "must be a valid uuid" },
        { path: "/top", keyword: "minimum", message: "must be greater than or equal to 1" },
        { path: "/body", keyword: "required", message: "is required" },
      ],
    });
    expect(validate("validateRegenerateKeyParameters", null)).toMatchObject({
      errors: [{ path: "", keyword: "type" }],
    });
    // accessName is an extensible enum: a request must use a known value unless the caller opts out.
    expect(validate("validateListKeysParameters", { accessName: "anyAccess", other: true })).toMatchObject({ valid: false, errors: [{ path: "/accessName", keyword: "enum" }] });
    expect(validate("validateListKeysParameters", { accessName: "access", other: true }).valid).toBe(true);
    expect(validate("validateUpdateParameters", {}).valid).toBe(true);
  });

  it("follows recursive references", () => {
    const deep = {
      code: "a",
      message: "b",
      details: [{ code: "c", message: "d", details: [{ code: "e", message: 3 }] }],
    };
    expect(validate("validateErrorResponse", { error: deep })).toEqual({
      valid: false,
      errors: [{ path: "/error/details/0/details/0/message", keyword: "type", message: "must be a string" }],
    });
  });

  it("dispatches on a discriminator to the subtype, which includes its base", () => {
    expect(
      validate("validateZoo", { animals: [{ kind: "Cat", name: "" }, { kind: "Dog", barks: -1 }, { kind: "Other" }] }),
    ).toEqual({
      valid: false,
      errors: [
        { path: "/animals/0/name", keyword: "minLength", message: "must be at least 1 character long" },
        { path: "/animals/0/meows", keyword: "required", message: "is required" },
        { path: "/animals/1/barks", keyword: "minimum", message: "must be greater than or equal to 0" },
      ],
    });
    expect(v["isAnimal"]!({ kind: "Animal" })).toBe(true);
    expect(v["isAnimal"]!({ kind: "Cat" })).toBe(false);
    expect(validate("validatePet", { kind: "Bird" })).toEqual({
      valid: false,
      errors: [{ path: "/kind", keyword: "discriminator", message: 'must be one of "Cat", "Dog"' }],
    });
    expect(v["isPet"]!({ kind: "Dog", barks: 2 })).toBe(true);
  });

  it("reports a failed anyOf/oneOf once, at the value", () => {
    expect(validate("validateAnyOfThing", "abc")).toEqual({
      valid: false,
      errors: [{ path: "", keyword: "anyOf", message: "must match at least one of the schemas in anyOf" }],
    });
    expect(validate("validateOneOfThing", 3)).toEqual({
      valid: false,
      errors: [
        {
          path: "",
          keyword: "oneOf",
          message: "must match exactly one of the schemas in oneOf (it matches more than one)",
        },
      ],
    });
    expect(validate("validateOneOfThing", null).valid).toBe(true);
  });

  it("accepts anything for `{}` and references to it", () => {
    for (const value of [undefined, null, 1, "x", [], {}]) {
      expect(v["isUntyped"]!(value)).toBe(true);
      expect(v["isAlias"]!(value)).toBe(true);
    }
  });

  it("returns the value itself when valid", () => {
    const value = { code: "a", message: "b" };
    const result = validate("validateErrorModel", value);
    expect(result.valid && result.value).toBe(value);
  });
});

describe("emitValidators: odd shapes still type-check", () => {
  it("contradictory enum and const, unsatisfiable allOf, empty objects, trivial members", async () => {
    const odd = service(
      [
        named("Never", str({ enum: ["a"], const: "b" })),
        named("Both", { kind: "allOf", pointer: "#", members: [str(), int()] }),
        named("Empty", obj({})),
        named("Loose", { kind: "anyOf", pointer: "#", members: [any(), int()] }),
        named("Closed", obj({}, { additionalProperties: false })),
        named("Items", arr(any(), { uniqueItems: true })),
      ],
      [],
      "odd",
    );
    const { exports } = await loadValidators(odd, { typecheck: true });
    expect(exports["isNever"]!("a")).toBe(false);
    expect(exports["isBoth"]!(1)).toBe(false);
    expect(exports["isEmpty"]!({ x: 1 })).toBe(true);
    expect(exports["isLoose"]!("x")).toBe(true);
    expect(exports["isClosed"]!({ x: 1 })).toBe(false);
    expect(exports["isItems"]!([{ a: 1 }, { a: 1 }])).toBe(false);
  });
});
