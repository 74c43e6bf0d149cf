/**
 * Fixture emission on hand-built IRs that used to break it: operationIds that sanitise to one file name (the
 * JSON files collided), and schemas whose naive synthesis is exponential (each `allOf`s the next one twice).
 */
import { planService } from "../../generator/plan/index.ts";
import { describe, expect, it } from "vitest";
import { emitMocks, fixtureFileNames } from "../../generator/emit/mocks.ts";
import { printUnit } from "../../generator/emit/print.ts";
import { buildServiceFixtures } from "../../generator/plan/fixtures/fixtures.ts";
import { createRandom } from "../../generator/plan/fixtures/random.ts";
import { MAX_STEPS, synthesizeValue } from "../../generator/plan/fixtures/synthesize.ts";
import type { IrNamedSchema, IrOperation, IrSchema } from "../../generator/model/ir.ts";
import { named, obj, operation, ref, service, str } from "./support/ir.ts";

function op(operationId: string, functionName: string, schema: IrSchema = ref("Thing")): IrOperation {
  return operation({
    operationId,
    functionName,
    pascalName: functionName[0]!.toUpperCase() + functionName.slice(1),
    path: `/things/${functionName}`,
    responses: [{ status: "200", schema, headers: [] }],
  });
}

describe("fixture file names", () => {
  it("stay distinct and deterministic for operationIds that sanitise to the same name", () => {
    const ids = ["中", "文", "😀", "A b", "A_b", "a_B", "Keys_List"];
    const schemas = [named("Thing", obj({ name: str() }, ["name"]))];
    const svc = service(schemas, ids.map((id, i) => op(id, `op${i}`)));
    const units = emitMocks(planService(svc));
    const paths = units.map((u) => u.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);

    const names = fixtureFileNames(ids);
    // Safe operationIds keep their name (as the five services' `Group_Method` ids do); the rest are sanitised
    // and numbered in IR order.
    expect(Object.fromEntries(names)).toEqual({
      中: "_",
      文: "_-2",
      "😀": "__",
      "A b": "A_b-2",
      A_b: "A_b",
      a_B: "a_B-3", // `a_b-2` is `A_b-2` on a case-insensitive file system
      Keys_List: "Keys_List",
    });
    expect(new Set([...names.values()].map((f) => f.toLowerCase())).size).toBe(ids.length);
    for (const f of names.values()) expect(f).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/);

    // Every operation's fixtures are one file of its own (an object by fixture name), and emitting again gives the
    // same paths.
    const folder = planService(svc).files.fixturesFolder;
    for (const id of ids) {
      const own = units.filter((u) => u.kind === "text" && u.path === `${folder}/${names.get(id)}.json`);
      expect(own).toHaveLength(1);
      const fixtures = JSON.parse(own[0]!.kind === "text" ? own[0]!.contents : "") as Record<string, { status: number }>;
      expect(Object.keys(fixtures)).toContain("200");
      expect(fixtures["200"]!.status).toBe(200);
    }
    expect(units.filter((u) => u.kind === "text" && u.path.startsWith(`${folder}/`))).toHaveLength(ids.length);
    expect(emitMocks(planService(svc)).map((u) => u.path)).toEqual(paths);
  });

  it("are imported by the mocks as JSON modules, except an operation whose fixtures hold a `__proto__` key", () => {
    const schemas = [named("Thing", obj({ name: str() }, ["name"])), named("Odd", obj({ ["__proto__"]: str(), name: str() }, ["__proto__", "name"]))];
    const svc = service(schemas, [op("Things_Get", "getThing"), op("Odd_Get", "getOdd", ref("Odd"))]);
    const units = emitMocks(planService(svc));
    const source = units.find((u) => u.kind === "source")!;
    const statements = (source.kind === "source" ? source.structure.statements : []) as unknown[];
    const imports = statements.filter((s): s is string => typeof s === "string" && s.includes('with { type: "json" }'));
    // Bundlers turn a JSON module into an object literal, where `"__proto__":` would set the prototype: that
    // operation's fixtures are written into mocks.ts instead, and its file is still written for other tools.
    expect(imports).toHaveLength(1);
    expect(imports[0]).toContain("/Things_Get.json");
    const odd = units.find((u) => u.path.endsWith("/Odd_Get.json"));
    expect(odd?.kind === "text" && Object.keys(JSON.parse(odd.contents) as object)).toContain("200");
    const printed = source.kind === "source" ? printUnit(source).contents : "";
    expect(printed).toMatch(/\bOdd_Get: \{ "?200"?: \{/);
    expect(printed).toMatch(/\bThings_Get: \$fixtures\d+\b/);
  });

  it("keep plain operationIds as they are", () => {
    expect([...fixtureFileNames(["Factories_List", "IntegrationRuntimes_Get", "Keys_List-2"]).values()]).toEqual([
      "Factories_List",
      "IntegrationRuntimes_Get",
      "Keys_List-2",
    ]);
    // A sanitised name never takes a plain operationId's file, whatever the order.
    expect(Object.fromEntries(fixtureFileNames(["Keys List", "Keys_List"]))).toEqual({ "Keys List": "Keys_List-2", Keys_List: "Keys_List" });
  });
});

/** `S0 … S{depth-1}`: each `allOf`s the next one twice (plus a property of its own); the last is a plain object. */
function doublingChain(depth: number): [string, IrNamedSchema][] {
  const out: [string, IrNamedSchema][] = [];
  for (let i = 0; i < depth; i++) {
    const own = obj({ [`p${i}`]: str(), [`n${i}`]: { kind: "integer", pointer: `#/s${i}/n` } }, [`p${i}`]);
    const schema: IrSchema =
      i === depth - 1 ? own : { kind: "allOf", members: [ref(`S${i + 1}`), ref(`S${i + 1}`), own], pointer: `#/s${i}` };
    out.push(named(`S${i}`, schema));
  }
  return out;
}

describe("bounded synthesis", () => {
  const schemas: Record<string, IrNamedSchema> = Object.fromEntries(doublingChain(40));
  const synth = (mode: "typical" | "required-only" | "nulls" = "typical", seed = "seed") =>
    synthesizeValue(ref("S0"), { schemas, mode, direction: "response", random: createRandom(seed) });

  // No clock: 2^40 visits never finish, so the hang-only timeout is the proof, with MAX_STEPS bounding the work.
  it("finishes on 40 schemas that each allOf the next one twice (2^40 naively)", { timeout: 600_000 }, () => {
    const value = synth() as Record<string, unknown>;
    // Every schema's required property is there, whether synthesised normally or as a minimal value.
    for (let i = 0; i < 40; i++) expect(typeof value[`p${i}`]).toBe("string");
    expect(MAX_STEPS).toBeGreaterThan(1000);
  });

  it("is deterministic: the same seed gives the same value, in every mode", () => {
    for (const mode of ["typical", "required-only", "nulls"] as const) {
      expect(JSON.stringify(synth(mode, "a"))).toBe(JSON.stringify(synth(mode, "a")));
    }
  });

  it("builds the service's fixtures with bounded work, twice identically", { timeout: 600_000 }, () => {
    const svc = service(doublingChain(40), [op("Chain_Get", "chainGet", ref("S0"))]);
    const first = JSON.stringify(buildServiceFixtures(svc).map((o) => o.fixtures));
    const second = JSON.stringify(buildServiceFixtures(svc).map((o) => o.fixtures));
    expect(second).toBe(first);
    expect(emitMocks(planService(svc)).length).toBeGreaterThan(1);
  });

  it("leaves small schemas alone (no fallback below the bound)", () => {
    const small: Record<string, IrNamedSchema> = Object.fromEntries(doublingChain(4));
    const value = synthesizeValue(ref("S0"), { schemas: small, mode: "typical", direction: "response", random: createRandom("x") }) as Record<string, unknown>;
    // Below the bound optional properties are synthesised too (the minimal fallback would leave them out).
    for (let i = 0; i < 4; i++) expect(typeof value[`n${i}`]).toBe("number");
  });
});
