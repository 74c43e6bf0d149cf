/**
 * Fixture emission on hand-built IRs that used to break it: operationIds that sanitise to one file name (the
 * JSON files collided), and schemas whose naive synthesis is exponential (each `allOf`s the next one twice).
 */
import { planService } from "../../generator/plan/index.ts";
import { describe, expect, it } from "vitest";
import { emitMocks } from "../../generator/emit/mocks.ts";
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

describe("the fixture file", () => {
  it("holds every operation's fixtures under its operationId, whatever characters it has", () => {
    const ids = ["中", "文", "😀", "A b", "A_b", "a_B", "Keys_List", "constructor"];
    const schemas = [named("Thing", obj({ name: str() }, ["name"]))];
    const svc = service(schemas, ids.map((id, i) => op(id, `op${i}`)));
    const plan = planService(svc);
    const units = emitMocks(plan);
    // One file for the api-version, at the plan's path; the rest is the mocks module.
    const files = units.filter((u) => u.kind === "text");
    expect(files.map((u) => u.path)).toEqual([plan.files.fixtures]);
    expect(plan.files.fixtures).toMatch(/^fixtures\/[^/]+\/[^/]+\.json$/);
    const stored = JSON.parse(files[0]!.kind === "text" ? files[0]!.contents : "") as Record<string, Record<string, { status: number }>>;
    // Operation order, every id an own key (even one Object.prototype has), each with its fixtures by name.
    expect(Object.keys(stored)).toEqual(ids);
    for (const id of ids) {
      expect(Object.hasOwn(stored, id), id).toBe(true);
      expect(stored[id]!["200"]!.status).toBe(200);
    }
    expect(emitMocks(planService(svc)).map((u) => (u.kind === "text" ? u.contents : u.path))).toEqual(units.map((u) => (u.kind === "text" ? u.contents : u.path)));
  });

  it("is imported once by the mocks as a JSON module, except the fixtures of an operation with a `__proto__` key", () => {
    const schemas = [named("Thing", obj({ name: str() }, ["name"])), named("Odd", obj({ ["__proto__"]: str(), name: str() }, ["__proto__", "name"]))];
    const svc = service(schemas, [op("Things_Get", "getThing"), op("Odd_Get", "getOdd", ref("Odd")), op("__proto__", "getProto")]);
    const units = emitMocks(planService(svc));
    const source = units.find((u) => u.kind === "source")!;
    const statements = (source.kind === "source" ? source.structure.statements : []) as unknown[];
    const imports = statements.filter((s): s is string => typeof s === "string" && s.includes('with { type: "json" }'));
    // Bundlers turn a JSON module into an object literal, where `"__proto__":` would set the prototype: those
    // fixtures are written into mocks.ts instead; the file still holds them, for other tools.
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatch(/^import \$fixtures from "(\.\.\/)+fixtures\/[^"]+\.json" with \{ type: "json" \};$/);
    const file = units.find((u) => u.kind === "text");
    const stored = JSON.parse(file?.kind === "text" ? file.contents : "{}") as Record<string, Record<string, unknown>>;
    expect(Object.keys(stored)).toEqual(["Things_Get", "Odd_Get", "__proto__"]);
    expect(Object.keys(stored["Odd_Get"]!)).toContain("200");
    const printed = source.kind === "source" ? printUnit(source).contents : "";
    expect(printed).toMatch(/\bOdd_Get: \{ "?200"?: \{/);
    expect(printed).toContain('Things_Get: $fixtures["Things_Get"]');
    expect(printed).not.toContain('$fixtures["__proto__"]');
    expect(printed).not.toContain('$fixtures["Odd_Get"]');
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
