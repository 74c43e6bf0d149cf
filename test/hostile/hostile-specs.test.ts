/**
 * Every fixture in test/specs/hostile/ is generated — all of them as services of one package, through the same
 * `runPipeline` the CLI runs (so every registered emitter is covered) — then checked by the real `tsc --strict`
 * and imported, every compiled module, in a fresh Node process that watches the global object. Spec text like
 * `*\/ globalThis.__pwned = 1 /*` must stay inert: it may appear in comments and strings, never as code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IrService } from "../../generator/model/ir.ts";
import { compareDeclarations } from "../support/declarations.ts";
import { REPO_ROOT } from "../support/pipeline.ts";
import {
  SENTINEL,
  createWorkspace,
  generatePackage,
  identifierOccurrences,
  importAllModules,
  listFiles,
  runTsc,
  writeSpecs,
  type ImportReport,
} from "./support/generated-package.ts";

const FIXTURES = path.join(REPO_ROOT, "test/specs/hostile");
const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.slice(0, -".yaml".length))
  .sort();

const workspace = createWorkspace("hostile");
let outDir: string;
let services: Record<string, IrService>;
let warnings: Awaited<ReturnType<typeof generatePackage>>["warnings"];
let tsc: ReturnType<typeof runTsc>;
let imports: ImportReport;

beforeAll(async () => {
  const cases = fixtureNames.map((name) => ({ service: name, file: `${name}.yaml`, text: readFileSync(path.join(FIXTURES, `${name}.yaml`), "utf8") }));
  const generated = await generatePackage(workspace.dir, writeSpecs(workspace.dir, "specs", cases));
  outDir = generated.outDir;
  warnings = generated.warnings;
  services = Object.fromEntries(generated.ir.services.map((s) => [s.name, s]));
  tsc = runTsc(outDir);
  imports = importAllModules(outDir);
}, 180_000);
afterAll(() => workspace.dispose());

const sourceFiles = () => listFiles(path.join(outDir, "src")).filter((f) => f.endsWith(".ts"));
const typeNames = (service: string) => Object.fromEntries(Object.values(services[service]!.schemas).map((s) => [s.originalName, s.typeName]));

describe("hostile specs: generated, type-checked, imported", () => {
  it("generates one service per fixture, without warnings", () => {
    expect(Object.keys(services)).toEqual(fixtureNames);
    // The fixtures plant secrets in examples on purpose: those are replaced, each with one warning (issue 13 #2).
    expect(warnings.filter((w) => w.code !== "secret-in-example")).toEqual([]);
  });

  it("passes tsc --strict", () => {
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("writes TypeScript's declarations for every file (token by token)", () => {
    expect(compareDeclarations(outDir).mismatches).toEqual([]);
  });

  it("imports every compiled module in a fresh process without setting the sentinel or any global", () => {
    expect(imports.modules.length).toBeGreaterThan(fixtureNames.length * 4);
    expect(imports.modules.filter((m) => !m.ok)).toEqual([]);
    expect(imports.modules.filter((m) => m.sentinelSet).map((m) => m.file)).toEqual([]);
    expect(imports.addedGlobals).toEqual([]);
  });

  it("keeps the payloads in comments and strings: no generated file has the sentinel as code", () => {
    const files = sourceFiles();
    const withPayload = files.filter((f) => readFileSync(f, "utf8").includes(SENTINEL));
    expect(withPayload.length).toBeGreaterThan(0); // the payloads did reach the output, as text
    for (const file of files) expect([path.relative(outDir, file), identifierOccurrences(readFileSync(file, "utf8"), SENTINEL)]).toEqual([path.relative(outDir, file), 0]);
  });

  it("writes a README table whose rows keep their cells and a package.json that parses", () => {
    const rows = readFileSync(path.join(outDir, "README.md"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("| `azure-keys/"));
    expect(rows).toHaveLength(fixtureNames.length);
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(7);
    expect(JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8"))).toHaveProperty("exports");
  });
});

describe("hostile specs: naming", () => {
  it("gives schema names that collide after casing distinct names, in schema-id order", () => {
    expect(typeNames("schema-name-collisions")).toMatchObject({
      FooBar: "FooBar",
      FooBar2: "FooBar2",
      "foo-bar": "FooBar3",
      "foo.bar": "FooBar4",
      foo_bar: "FooBar5",
      RestError: "RestError2",
    });
  });

  it("falls back to Schema for names without letters and prefixes a leading digit", () => {
    expect(typeNames("schema-name-fallbacks")).toMatchObject({ "-": "Schema", ".": "Schema2", "1": "_1", "1.0": "_10", Schema: "Schema3", _: "Schema4", __: "Schema5" });
  });

  it("renames types that would shadow a global the generated modules use, and only those", () => {
    const names = typeNames("global-names");
    for (const global of ["Set", "Map", "Object", "Array", "Promise", "Record", "Error", "JSON", "Number", "String", "Symbol", "Date", "Response", "NaN"]) {
      expect(names[global]).toBe(`${global}_`);
    }
    expect(names).toMatchObject({ undefined: "Undefined", Location: "Location", Globals: "Globals" });
  });

  it("splits colliding operationIds into distinct groups and methods; reserved words stay method names", () => {
    const ops = Object.fromEntries(services["operation-id-collisions"]!.operations.map((o) => [o.operationId, `${o.group}.${o.method} ${o.functionName}`]));
    expect(ops).toEqual({
      Items_ListKeys: "items.listKeys itemsListKeys",
      Items_List_Keys: "items.listKeys2 itemsListKeys2",
      items_listKeys: "items2.listKeys items2ListKeys",
      Items_Delete: "items.delete itemsDelete",
      Items_New: "items.new itemsNew",
      Items_constructor: "items.constructor2 itemsConstructor2",
      Items___proto__: "items.proto itemsProto",
      Items_toString: "items.toString2 itemsToString2",
      delete: "operations.delete operationsDelete",
      class: "operations.class operationsClass",
      Fetch: "operations.fetch operationsFetch",
    });
  });

  it("keeps parameters named after reserved words as property names and renames only what collides", () => {
    const op = services["reserved-parameters"]!.operations[0]!;
    const renamed = op.parameters.filter((p) => p.tsName !== p.name).map((p) => [p.name, p.tsName]);
    expect(renamed).toEqual([["__proto__", "proto"], ["body", "body2"]]);
    expect(op.parameters.map((p) => p.tsName)).toContain("class");
    expect(op.body?.tsName).toBe("body");
  });

  it("never turns enum values into identifiers: the module exports only the schemas' names", () => {
    const models = readFileSync(path.join(outDir, "src/enum-values/2024-01-01/models.ts"), "utf8");
    expect(models).toContain('"Etc/GMT+1"');
    expect(models).toContain('"Etc/GMT-1"');
    expect(exportedNames(path.join(outDir, "dist/enum-values/2024-01-01/models.d.ts"))).toEqual(["Clock", "Level", "TimeZone"]);
    const timeZone = Object.values(services["enum-values"]!.schemas).find((s) => s.typeName === "TimeZone")!;
    expect(timeZone.schema.kind === "string" && timeZone.schema.enum).toEqual(["Etc/GMT+1", "Etc/GMT-1", "Etc/GMT_1", "etc/gmt+1", "Etc/GMT 1", "*/", '"', "\u2028", "__proto__", "constructor"]);
  });

  it("types an intersection TypeScript could not represent as unknown", () => {
    expect(readFileSync(path.join(outDir, "src/composition-explosion/2024-01-01/models.ts"), "utf8")).toContain("export type Explosion = unknown;");
  });

  it("quotes property keys that are not identifiers and keeps the rest as written", () => {
    const models = readFileSync(path.join(outDir, "src/property-names/2024-01-01/models.ts"), "utf8");
    for (const key of ["constructor", "__proto__", "toString", "default", "class"]) expect(models).toMatch(new RegExp(`^\\s+${key}\\??:`, "m"));
    for (const key of ["a-b", "@odata.type", "123start", "with space", ""]) expect(models).toMatch(new RegExp(`^\\s+"${key.replace(/\./g, "\\.")}"\\??:`, "m"));
  });
});

describe("hostile specs: `__proto__` stays data in generated code", () => {
  const hostile = () => JSON.parse('{"constructor":"c","__proto__":{"polluted":true},"toString":"s","secretKey":"k"}') as Record<string, unknown>;

  it("validates and redacts an object with a `__proto__` key without touching prototypes", async () => {
    const validators = await import(pathToFileURL(path.join(outDir, "dist/property-names/validators.js")).href);
    const client = await import(pathToFileURL(path.join(outDir, "dist/property-names/index.js")).href);
    const value = hostile();
    expect(validators.validateThing(value)).toEqual({ valid: true, value });
    const redacted = client.redactThing(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(Object.keys(redacted)).toEqual(["constructor", "__proto__", "toString", "secretKey"]);
    expect(redacted["secretKey"]).toBe("REDACTED");
    expect(Object.getOwnPropertyDescriptor(redacted, "__proto__")?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("masks secrets stored under keys that name Object.prototype members, through references and unions", async () => {
    const client = await import(pathToFileURL(path.join(outDir, "dist/property-names/index.js")).href);
    const vault = JSON.parse(
      '{"constructor":"c1","toString":{"constructor":"c2"},"valueOf":{"inner":"i"},"propertyIsEnumerable":[{"constructor":"c3"}],"hasOwnProperty":"plain"}',
    ) as Record<string, unknown>;
    expect(client.redactVault(vault)).toEqual({
      constructor: "REDACTED",
      toString: { constructor: "REDACTED" },
      valueOf: { inner: "REDACTED" },
      propertyIsEnumerable: [{ constructor: "REDACTED" }],
      hasOwnProperty: "plain",
    });
    const thing = hostile();
    thing["isPrototypeOf"] = { constructor: "c4" };
    expect((client.redactThing(thing) as Record<string, unknown>)["isPrototypeOf"]).toEqual({ constructor: "REDACTED" });
    // The union's map is keyed by discriminator values `constructor` and `__proto__`.
    for (const kind of ["constructor", "__proto__"]) {
      const cat = JSON.parse(`{"kind":${JSON.stringify(kind)},"meows":true,"toLocaleString":"t"}`) as Record<string, unknown>;
      expect(client.redactAnimal(cat)).toEqual(JSON.parse(`{"kind":${JSON.stringify(kind)},"meows":true,"toLocaleString":"REDACTED"}`));
    }
  });

  it("keeps `__proto__` keys of examples as own properties of the fixtures", async () => {
    const mocks = await import(pathToFileURL(path.join(outDir, "dist/property-names/mocks.js")).href);
    const body = mocks.fixtures.Things_Put["example-put"].body as Record<string, unknown>;
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.hasOwn(body, "__proto__")).toBe(true);
    expect(Object.keys(body)).toContain("");
  });
});

/** Names a declaration file exports (interfaces, type aliases, functions, variables, classes). */
function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) names.push(...statement.declarationList.declarations.map((d) => d.name.getText(source)));
    else if ("name" in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) names.push((statement.name as ts.Identifier).text);
  }
  return names.sort();
}
