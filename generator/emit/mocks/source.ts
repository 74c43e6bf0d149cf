/**
 * `src/<service>/mocks.ts` as ts-morph structures: the fixtures and the service description as data (written
 * with `valueLiteral`, so spec text reaches the file only escaped), and thin typed entry points over the shared
 * mock runtime. Validators are referenced by their IR names, through `identifier`.
 */
import { StructureKind, VariableDeclarationKind, type OptionalKind, type SourceFileStructure, type StatementStructures } from "ts-morph";
import type { IrService } from "../../model/ir.js";
import { identifier, jsDocText, objectLiteralKey, stringLiteral, typeMemberKey, valueLiteral } from "../escape/index.js";
import type { ServiceDescriptionData } from "./description.js";

/** A fixture as stored: one JSON file in the package (path relative to the package root). */
export interface FixtureFile {
  operationId: string;
  name: string;
  path: string;
  contents: string;
}

export function mocksSourceStructure(
  service: IrService,
  description: ServiceDescriptionData,
  fixtures: readonly FixtureFile[],
  /** Path of the mocks module itself, relative to the package root (for the JSON import specifiers). */
  modulePath: string = `src/${service.name}/mocks.ts`,
): OptionalKind<SourceFileStructure> {
  const validatorNames = [...new Set(description.operations.map((op) => identifier(op.validatorName)))].sort();
  const statements: (string | StatementStructures)[] = [
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
      namedImports: ["MockFixtureTable", "MockOptions", "MockServiceDescription"],
    },
    ...(validatorNames.length > 0
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "./validators.js", namedImports: validatorNames }]
      : []),
    ...fixtureImports(fixtures, modulePath),
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: "\n",
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "Fixtures by operationId, then fixture name: the documented samples (`example-…`), synthesised answers per\n" +
          "response (`200`, `200-nulls`, …) and error answers in the service's error model (`error-400`, …), each\n" +
          jsDocText(`stored once, in \`fixtures/${service.name}/<operationId>/<name>.json\`.`),
      ],
      declarations: [{ name: "fixtures", type: fixturesType(fixtures), initializer: fixturesLiteral(fixtures) }],
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

/** Module-private name of the n-th fixture import (`$` never starts a name the naming module hands out). */
function fixtureLocal(index: number): string {
  return `$fixture${index}`;
}

/** `import $fixture0 from "../../fixtures/<service>/<op>/<name>.json" with { type: "json" };` per fixture. */
function fixtureImports(fixtures: readonly FixtureFile[], modulePath: string): string[] {
  const up = "../".repeat(modulePath.split("/").length - 1);
  return fixtures.map((f, i) => `import ${fixtureLocal(i)} from ${stringLiteral(up + f.path)} with { type: "json" };`);
}

function byOperation(fixtures: readonly FixtureFile[]): Map<string, { name: string; index: number }[]> {
  const ops = new Map<string, { name: string; index: number }[]>();
  fixtures.forEach((f, index) => {
    const list = ops.get(f.operationId) ?? [];
    list.push({ name: f.name, index });
    ops.set(f.operationId, list);
  });
  return ops;
}

/** The declared type: `MockFixtureTable<{ "<operationId>": "<name>" | …; … }>`. */
function fixturesType(fixtures: readonly FixtureFile[]): string {
  const members = [...byOperation(fixtures)].map(([op, list]) => `${typeMemberKey(op)}: ${list.map((f) => stringLiteral(f.name)).join(" | ")};`);
  return `MockFixtureTable<{ ${members.join(" ")} }>`;
}

function fixturesLiteral(fixtures: readonly FixtureFile[]): string {
  const operations = [...byOperation(fixtures)].map(([op, list]) => {
    const entries = list.map((f) => `${objectLiteralKey(f.name)}: ${fixtureLocal(f.index)}`);
    return `${objectLiteralKey(op)}: { ${entries.join(", ")} }`;
  });
  return `{ ${operations.join(", ")} }`;
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
