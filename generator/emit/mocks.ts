/**
 * Mocks of a service: `src/<service>/mocks.ts` (fixtures, the service description, `createMockHttpClient`,
 * msw `handlers`) and the same fixtures as JSON under `fixtures/<service>/<operationId>/<name>.json` for tools
 * in other languages. The behaviour lives in the shared runtime (`generator/runtime/mock-*.ts`).
 */
import type { IrService } from "../model/ir.js";
import { describeService } from "./mocks/description.js";
import { buildServiceFixtures, type OperationFixtures } from "./mocks/fixtures.js";
import { mocksSourceStructure } from "./mocks/source.js";
import type { EmitUnit, TextUnit } from "./types.js";

export function emitMocks(service: IrService): EmitUnit[] {
  const fixtures = buildServiceFixtures(service);
  const description = describeService(service, fixtures);
  return [
    {
      kind: "source",
      path: `src/${service.name}/mocks.ts`,
      specFile: service.specFile,
      structure: mocksSourceStructure(service, description, fixtures),
    },
    ...fixtureFiles(service, fixtures),
  ];
}

function fixtureFiles(service: IrService, fixtures: readonly OperationFixtures[]): TextUnit[] {
  return fixtures.flatMap(({ operation, fixtures: list }) =>
    list.map(({ name, fixture }) => ({
      kind: "text" as const,
      path: `fixtures/${service.name}/${pathSegment(operation.operationId)}/${pathSegment(name)}.json`,
      contents: JSON.stringify({ operationId: operation.operationId, fixture: name, ...fixture }, null, 2) + "\n",
    })),
  );
}

/** A file-name-safe segment (operationIds are `Group_Method` in practice; anything else becomes `_`). */
function pathSegment(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/^\.+/, "_");
}
