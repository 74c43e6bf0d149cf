/**
 * Mocks of a service: `src/<service>/mocks.ts` (the fixture table, the service description, `createMockHttpClient`,
 * msw `handlers`) and the fixtures themselves, stored once, as JSON under
 * `fixtures/<service>/<api-version>/<operationId>/<name>.json` (written by `JSON.stringify`, read by tools in other languages and
 * imported by `mocks.ts` with `with { type: "json" }`). An operationId that is not a safe, unique file name gets a
 * sanitised, de-duplicated folder (`fixtureFolders`). The behaviour lives in the shared runtime
 * (`generator/runtime/mock-*.ts`).
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
    ...files.map((f): TextUnit => ({ kind: "text", path: f.path, contents: f.contents })),
  ];
}

function fixtureFiles(service: IrService, folder: string, fixtures: readonly OperationFixtures[]): FixtureFile[] {
  const folders = fixtureFolders(service.operations.map((operation) => operation.operationId));
  return fixtures.flatMap(({ operation, fixtures: list }) =>
    list.map(({ name, fixture }) => ({
      operationId: operation.operationId,
      name,
      value: fixture,
      path: `${folder}/${folders.get(operation.operationId)!}/${pathSegment(name)}.json`,
      contents: JSON.stringify(fixture, null, 2) + "\n",
    })),
  );
}

/**
 * The fixture folder of each operationId: the operationId itself where it is already a safe file name (the
 * usual `Group_Method`), else its sanitised form, with `-2`, `-3`, … where that is taken. Names are compared
 * case-insensitively (macOS and Windows file systems), safe operationIds claim theirs first, and the rest go in
 * the given (IR, sorted) order, so the folders are unique and deterministic.
 */
export function fixtureFolders(operationIds: readonly string[]): Map<string, string> {
  const folders = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (operationId: string, folder: string) => {
    folders.set(operationId, folder);
    taken.add(folder.toLowerCase());
  };
  const rest: string[] = [];
  for (const id of operationIds) {
    if (folders.has(id)) continue;
    if (id !== "" && pathSegment(id) === id && !taken.has(id.toLowerCase())) claim(id, id);
    else rest.push(id);
  }
  for (const id of rest) {
    if (folders.has(id)) continue;
    const base = pathSegment(id) || "operation";
    let folder = base;
    for (let n = 2; taken.has(folder.toLowerCase()); n++) folder = `${base}-${n}`;
    claim(id, folder);
  }
  return folders;
}
