/**
 * Mocks of a service: `src/<service>/mocks.ts` (the fixture table, the service description, `createMockHttpClient`,
 * msw `handlers`) and the fixtures themselves, stored once, as JSON: one file per operation,
 * `fixtures/<service>/<api-version>/<operationId>.json`, an object of that operation's fixtures by name (written by
 * `JSON.stringify`, read by tools in other languages and imported by `mocks.ts` with `with { type: "json" }`). One
 * file per operation, not per fixture: a full rebuild of 1,000 operations writes 1,000 fixture files instead of
 * 8,400 (the file count, not the bytes, was most of the write stage), and importing the mocks loads 1,000 JSON
 * modules. An operationId that is not a safe, unique file name gets a sanitised, de-duplicated name
 * (`fixtureFileNames`). The behaviour lives in the shared runtime (`generator/runtime/mock-*.ts`).
 */
import type { IrService } from "../model/ir.js";
import { pathSegment, type ServicePlan } from "../plan/index.js";
import { describeService } from "./mocks/description.js";
import type { OperationFixtures } from "../plan/fixtures/fixtures.js";
import { mocksSourceStructure, type FixtureFile } from "./mocks/source.js";
import type { EmitUnit, TextUnit } from "./types.js";

export function emitMocks(plan: ServicePlan): EmitUnit[] {
  const { service } = plan;
  const { fixtures } = plan;
  const description = describeService(service, fixtures);
  const files = fixtureFiles(service, plan.files.fixturesFolder, fixtures);
  return [
    {
      kind: "source",
      path: plan.files.mocks,
      specFile: service.specFile,
      structure: mocksSourceStructure(plan, description, files),
    },
    ...files.filter((f) => f.fixtures.length > 0).map((f): TextUnit => ({ kind: "text", path: f.path, contents: f.contents })),
  ];
}

/**
 * Every operation's fixture file, in the service's order (the plan has an entry for every operation; one without
 * fixtures has none on disk: its table entry is `{}`).
 */
function fixtureFiles(service: IrService, folder: string, fixtures: readonly OperationFixtures[]): FixtureFile[] {
  const names = fixtureFileNames(service.operations.map((operation) => operation.operationId));
  return fixtures.map(({ operation, fixtures: list }) => ({
    operationId: operation.operationId,
    path: `${folder}/${names.get(operation.operationId)!}.json`,
    contents: JSON.stringify(byName(list), null, 2) + "\n",
    fixtures: list.map(({ name, fixture }) => ({ name, value: fixture })),
  }));
}

/** The fixtures as one object by name; every name an own property, even one the prototype has. */
function byName(list: OperationFixtures["fixtures"]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const { name, fixture } of list) Object.defineProperty(object, name, { value: fixture, enumerable: true, writable: true, configurable: true });
  return object;
}

/**
 * The fixture file name (without `.json`) of each operationId: the operationId itself where it is already a safe
 * file name (the usual `Group_Method`), else its sanitised form, with `-2`, `-3`, … where that is taken. Names are
 * compared case-insensitively (macOS and Windows file systems), safe operationIds claim theirs first, and the rest
 * go in the given (IR, sorted) order, so the names are unique and deterministic.
 */
export function fixtureFileNames(operationIds: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (operationId: string, name: string) => {
    names.set(operationId, name);
    taken.add(name.toLowerCase());
  };
  const rest: string[] = [];
  for (const id of operationIds) {
    if (names.has(id)) continue;
    if (id !== "" && pathSegment(id) === id && !taken.has(id.toLowerCase())) claim(id, id);
    else rest.push(id);
  }
  for (const id of rest) {
    if (names.has(id)) continue;
    const base = pathSegment(id) || "operation";
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    claim(id, name);
  }
  return names;
}
