/**
 * `src/<service>/mocks.ts` as ts-morph structures: the fixtures and the service description as data (written
 * with `valueLiteral`, so spec text reaches the file only escaped), and thin typed entry points over the shared
 * mock runtime. Validators are referenced by their IR names, through `identifier`.
 */
import { StructureKind, VariableDeclarationKind, type OptionalKind, type SourceFileStructure, type StatementStructures } from "ts-morph";
import type { IrService } from "../../model/ir.js";
import { identifier, jsDocText, objectLiteralKey, valueLiteral } from "../escape/index.js";
import type { ServiceDescriptionData } from "./description.js";
import type { OperationFixtures } from "./fixtures.js";

export function mocksSourceStructure(
  service: IrService,
  description: ServiceDescriptionData,
  fixtures: readonly OperationFixtures[],
): OptionalKind<SourceFileStructure> {
  const validatorNames = [...new Set(description.operations.map((op) => identifier(op.validatorName)))].sort();
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../runtime/mock-http-client.js",
      namedImports: ["createServiceMockHttpClient", { name: "ServiceMockHttpClient", isTypeOnly: true }],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../runtime/mock-msw.js",
      namedImports: ["createServiceMswHandlers", { name: "MswHandlers", isTypeOnly: true }, { name: "MswModule", isTypeOnly: true }],
    },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "../runtime/mock-types.js",
      namedImports: ["MockFixtureSet", "MockOptions", "MockServiceDescription"],
    },
    ...(validatorNames.length > 0
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "./validators.js", namedImports: validatorNames }]
      : []),
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: "\n",
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "Fixtures by operationId, then fixture name: the documented samples (`example-…`), synthesised answers per\n" +
          "response (`200`, `200-nulls`, …) and error answers in the service's error model (`error-400`, …). The same\n" +
          jsDocText(`data is in \`fixtures/${service.name}/<operationId>/<name>.json\`.`),
      ],
      declarations: [{ name: "fixtures", initializer: `${fixturesLiteral(fixtures)} satisfies MockFixtureSet` }],
    },
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: "\n",
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["What the mocks serve and check for this service (data for the shared mock runtime)."],
      declarations: [
        {
          name: "serviceDescription",
          type: "MockServiceDescription<typeof fixtures>",
          initializer: descriptionLiteral(description),
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      leadingTrivia: "\n",
      isExported: true,
      name: "MockHttpClientOptions",
      docs: ["Scenario controls by operationId (`\"*\"` for all), and whether a bearer token is required."],
      type: "MockOptions<typeof fixtures>",
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "MockHttpClient",
      docs: ["An `HttpClient` for the client's `httpClient` option, with scenario controls and recorded calls."],
      type: "ServiceMockHttpClient<typeof fixtures>",
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "createMockHttpClient",
      docs: ["A mock of the service for a client's `httpClient` option: no network, the service's own rules and errors."],
      parameters: [{ name: "options", hasQuestionToken: true, type: "MockHttpClientOptions" }],
      returnType: "MockHttpClient",
      statements: ["return createServiceMockHttpClient(serviceDescription, options);"],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "handlers",
      docs: [
        "msw 2 request handlers serving the same mock. msw is an optional peer dependency, so pass its module in:\n" +
          "`import * as msw from \"msw\"; setupServer(...handlers(msw));`. The array also has the mock's controls.",
      ],
      typeParameters: ["H", "R"],
      parameters: [
        { name: "msw", type: "MswModule<H, R>" },
        { name: "options", hasQuestionToken: true, type: "MockHttpClientOptions" },
      ],
      returnType: "MswHandlers<H, typeof fixtures>",
      statements: ["return createServiceMswHandlers(serviceDescription, msw, options);"],
    },
  ];
  return { statements };
}

function fixturesLiteral(fixtures: readonly OperationFixtures[]): string {
  const operations = fixtures.map(({ operation, fixtures: list }) => {
    const entries = list.map(({ name, fixture }) => `${objectLiteralKey(name)}: ${valueLiteral(fixture)}`);
    return `${objectLiteralKey(operation.operationId)}: {${entries.join(", ")}}`;
  });
  return `{${operations.join(", ")}}`;
}

function descriptionLiteral(description: ServiceDescriptionData): string {
  const { operations, ...service } = description;
  const ops = operations.map(({ validatorName, ...data }) =>
    objectWith(data, `validateParameters: ${identifier(validatorName)}`),
  );
  return objectWith(service, `operations: [${ops.join(", ")}]`, "fixtures");
}

/** `{ …data as literals, …extra members }`. */
function objectWith(data: object, ...members: string[]): string {
  const entries = Object.entries(data).map(([key, value]) => `${objectLiteralKey(key)}: ${valueLiteral(value)}`);
  return `{${[...entries, ...members].join(", ")}}`;
}
