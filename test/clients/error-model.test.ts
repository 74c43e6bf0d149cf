/**
 * One error model per operation, decided by the plan, read by the client and written by the mocks (issue 9: the
 * client and the mocks no longer infer it twice). Checked for DPS 2017's flat, capitalised model, an envelope not
 * called `error` with an `x-ms-error-code` header, and an operation that declares no error model — against a local
 * HTTPS server and against the generated mock.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspace, generatePackage } from "../hostile/support/generated-package.ts";
import { rejection } from "../runtime/support/errors.ts";
import { useHarness } from "./support/harness.ts";

const harness = useHarness();
const workspace = createWorkspace("error-models");
type Module = Record<string, unknown>;
let entry: Module;
let mocks: Module;

beforeAll(async () => {
  const { outDir } = await generatePackage(workspace.dir, path.resolve("test/specs/error-models")); // type-checked in the pipeline
  const pkg = JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { exports: Record<string, { import: string }> };
  entry = (await import(pathToFileURL(path.join(outDir, pkg.exports["./error-models"]!.import)).href)) as Module;
  mocks = (await import(pathToFileURL(path.join(outDir, pkg.exports["./error-models/mocks"]!.import)).href)) as Module;
}, 120_000);
afterAll(() => workspace.dispose());

type Group = { get(): Promise<unknown> };
type Client = { flat: Group; wrapped: Group; undeclared: Group };
const Ctor = () => entry["ErrorModelsClient"] as new (options: object) => Client;
const OPERATIONS = [
  ["flat", "Flat_Get"],
  ["wrapped", "Wrapped_Get"],
  ["undeclared", "Undeclared_Get"],
] as const;

describe("error models", () => {
  it.each([
    ["flat", { Code: "ThingGone", Message: "The thing is gone.", HttpStatusCode: "404" }, {}, { code: "ThingGone", message: "The thing is gone." }],
    ["wrapped", { failure: { code: "ThingGone", message: "The thing is gone.", target: "name" } }, {}, { code: "ThingGone", message: "The thing is gone.", target: "name" }],
    ["wrapped", { failure: { message: "No code in the body." } }, { "x-ms-error-code": "FromHeader" }, { code: "FromHeader", message: "No code in the body." }],
    ["undeclared", { error: { code: "ThingGone", message: "The thing is gone." } }, {}, { code: "ThingGone", message: "The thing is gone." }],
  ] as const)("the %s client reads code, message and target where its model keeps them", async (group, body, headers, expected) => {
    harness.server.handle(() => ({ status: 404, body, headers }));
    const client = new (Ctor())({ ...harness.options({ maxRetries: 0 }) });
    const error = await rejection(client[group].get());
    expect(error).toMatchObject({ name: "RestError", statusCode: 404, ...expected });
  });

  it.each(OPERATIONS)("the %s client reads the error its mock writes", async (group, operationId) => {
    const createMockHttpClient = mocks["createMockHttpClient"] as (options: object) => object;
    const httpClient = createMockHttpClient({ scenarios: { [operationId]: { status: 404 } } });
    const client = new (Ctor())({ credential: harness.options().credential, httpClient, retryOptions: { maxRetries: 0 } });
    const error = await rejection(client[group].get());
    expect(error).toMatchObject({ name: "RestError", statusCode: 404, code: expect.any(String), message: expect.any(String) });
    expect((error as { message: string }).message).not.toMatch(/^The service returned status/);
  });
});
