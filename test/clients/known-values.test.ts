/**
 * Extensible enums (`x-ms-enum.modelAsString`) follow Azure SDK conventions: the type is `string`, `Known<Name>`
 * lists the values this api-version documents, an unknown value in a request is refused before anything is sent
 * (unless the client opts out with `unknownEnumValues: "accept"`), and an unknown value in a response is accepted.
 * Checked for a request-only enum (the `mode` query parameter), a response-only one (`Thing.status`) and one used
 * in both (`tier`), on the generated, type-checked package against a local HTTPS server.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspace, generatePackage } from "../hostile/support/generated-package.ts";
import { rejection } from "../runtime/support/errors.ts";
import { useHarness } from "./support/harness.ts";

const SPECS = "test/specs/known-values";
const harness = useHarness();
const workspace = createWorkspace("known-values");
type Module = Record<string, unknown>;
let entry: Module;
let validators: Module;
let models: string;

beforeAll(async () => {
  const { outDir } = await generatePackage(workspace.dir, path.resolve(SPECS)); // type-checked in the pipeline
  const pkg = JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { exports: Record<string, { import: string }> };
  entry = (await import(pathToFileURL(path.join(outDir, pkg.exports["./known-values"]!.import)).href)) as Module;
  validators = (await import(pathToFileURL(path.join(outDir, pkg.exports["./known-values/validators"]!.import)).href)) as Module;
  models = readFileSync(path.join(outDir, "src/known-values/2024-01-01/models.ts"), "utf8");
}, 120_000);
afterAll(() => workspace.dispose());

type Client = { things: { update(params: object): Promise<{ status?: string; tier?: string }> } };
function client(extra: object = {}): Client {
  const Ctor = entry["KnownValuesClient"] as new (options: object) => Client;
  return new Ctor({ ...harness.options(), ...extra });
}
const answer = (body: object) => harness.server.handle(() => ({ status: 200, body }));

describe("extensible enums", () => {
  it("are typed string, with their documented values in Known<Name>", () => {
    for (const name of ["Mode", "Status", "Tier"]) expect(models).toContain(`export type ${name} = string;`);
    expect(entry["KnownTier"]).toEqual({ Basic: "Basic", Premium: "Premium" });
    expect(entry["KnownMode"]).toEqual({ Fast: "fast", Safe: "safe" });
    expect(models).toContain("/** The thing runs. */");
  });

  it("refuses an unknown value of a request-only enum before sending", async () => {
    const error = await rejection(client().things.update({ thingName: "abc", mode: "turbo", body: {} }));
    expect(error).toMatchObject({ name: "RequestValidationError", parameter: "mode", rule: "enum" });
    expect(harness.server.requests).toEqual([]);
  });

  it("refuses an unknown value of a shared enum in a request body before sending", async () => {
    const error = await rejection(client().things.update({ thingName: "abc", body: { tier: "Platinum" } }));
    expect(error).toMatchObject({ name: "RequestValidationError", rule: "enum" });
    expect(harness.server.requests).toEqual([]);
  });

  it("sends known values, and accepts unknown values of a response-only and a shared enum in the response", async () => {
    answer({ status: "Hibernating", tier: "Platinum" });
    const result = await client().things.update({ thingName: "abc", mode: "safe", body: { tier: "Premium" } });
    expect(result).toEqual({ status: "Hibernating", tier: "Platinum" });
    expect(harness.server.requests).toHaveLength(1);
    expect(harness.server.requests[0]!.url).toContain("mode=safe");
    expect(JSON.parse(harness.server.requests[0]!.body)).toEqual({ tier: "Premium" });
  });

  it('sends an unknown value when the client opts out with unknownEnumValues: "accept"', async () => {
    answer({ tier: "Platinum" });
    await client({ unknownEnumValues: "accept" }).things.update({ thingName: "abc", mode: "turbo", body: { tier: "Platinum" } });
    expect(harness.server.requests).toHaveLength(1);
    expect(harness.server.requests[0]!.url).toContain("mode=turbo");
  });

  it("validators take the direction: responses accept unknown values, requests do not", () => {
    const validateTier = validators["validateTier"] as (value: unknown, options?: object) => { valid: boolean };
    const isThing = validators["isThing"] as (value: unknown, options?: object) => boolean;
    expect(validateTier("Platinum").valid).toBe(true);
    expect(validateTier("Platinum", { direction: "response" }).valid).toBe(true);
    expect(validateTier("Platinum", { direction: "request" })).toMatchObject({ valid: false, errors: [{ path: "", keyword: "enum" }] });
    expect(validateTier("Platinum", { direction: "request", unknownEnumValues: "accept" }).valid).toBe(true);
    expect(validateTier("Basic", { direction: "request" }).valid).toBe(true);
    expect(validateTier(42).valid).toBe(false);
    expect(isThing({ status: "Hibernating" })).toBe(true);
    expect(isThing({ status: "Hibernating" }, { direction: "request" })).toBe(false);
  });
});
