/**
 * Mocks of a service: `src/<service>/mocks.ts` (the fixture table, the service description, `createMockHttpClient`,
 * msw `handlers`) and the fixtures themselves, stored once, as JSON: one file per api-version,
 * `fixtures/<service>/<api-version>.json`, an object of the operations' fixtures by operationId, then by fixture name
 * (written by `JSON.stringify`, read by tools in other languages and imported by `mocks.ts` with
 * `with { type: "json" }`). One file, not one per operation: creating files, not writing bytes, was most of a full
 * rebuild's write stage (1,000 operations: 1,000 files, 0.5 s), and importing the mocks loaded as many JSON modules.
 * The behaviour lives in the shared runtime (`generator/runtime/mock-*.ts`).
 */
import type { ServicePlan } from "../plan/index.js";
import { describeService } from "./mocks/description.js";
import type { OperationFixtures } from "../plan/fixtures/fixtures.js";
import { mocksSourceStructure, type OperationFixtureSet } from "./mocks/source.js";
import type { EmitUnit, TextUnit } from "./types.js";

export function emitMocks(plan: ServicePlan): EmitUnit[] {
  const { service } = plan;
  const { fixtures } = plan;
  const description = describeService(service, fixtures);
  const sets = fixtures.map(({ operation, fixtures: list }): OperationFixtureSet => ({ operationId: operation.operationId, fixtures: list.map(({ name, fixture }) => ({ name, value: fixture })) }));
  const stored = fixtures.filter((f) => f.fixtures.length > 0);
  return [
    {
      kind: "source",
      path: plan.files.mocks,
      specFile: service.specFile,
      structure: mocksSourceStructure(plan, description, sets),
    },
    ...(stored.length > 0 ? [{ kind: "text", path: plan.files.fixtures, contents: JSON.stringify(byOperation(stored), null, 2) + "\n" } satisfies TextUnit] : []),
  ];
}

/**
 * The fixture file's data: the operations with fixtures, in the service's order, each an object of its fixtures by
 * name. Every key is an own property, even one the prototype has (`__proto__`, `constructor`).
 */
function byOperation(operations: readonly OperationFixtures[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const { operation, fixtures } of operations) {
    const byName: Record<string, unknown> = {};
    for (const { name, fixture } of fixtures) define(byName, name, fixture);
    define(object, operation.operationId, byName);
  }
  return object;
}

function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
