/**
 * `src/<service>/<api-version>/mocks.ts` as ts-morph structures: the fixtures and the service description as data (written
 * with `valueLiteral`, so spec text reaches the file only escaped), and thin typed entry points over the shared
 * mock runtime. Validators are referenced by their IR names, through `identifier`.
 */
import type { OptionalKind, SourceFileStructure, StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "../structure-kind.js";
import { importSpecifier, runtimeFile, type ServicePlan } from "../../plan/index.js";
import { FileScope } from "../file-scope.js";
import { identifier, jsDocText, objectLiteralKey, stringLiteral, typeMemberKey, valueLiteral } from "../escape/index.js";
import type { ServiceDescriptionData } from "./description.js";
import { verbatim } from "../verbatim.js";

/** An operation's fixtures, in the plan's order (the fixture file holds them as one object by name). */
export interface OperationFixtureSet {
  operationId: string;
  fixtures: readonly { name: string; value: unknown }[];
}

/** `files`: one per operation of the service, in its order (an operation without fixtures has an empty list). */
export function mocksSourceStructure(
  plan: ServicePlan,
  description: ServiceDescriptionData,
  files: readonly OperationFixtureSet[],
): OptionalKind<SourceFileStructure> {
  const { service } = plan;
  const modulePath = plan.files.mocks;
  const names = new FileScope(plan, modulePath);
  const createClient = names.runtimeValue("mock-http-client", "createServiceMockHttpClient");
  const ServiceMockHttpClient = names.runtimeType("mock-http-client", "ServiceMockHttpClient");
  const createHandlers = names.runtimeValue("mock-msw", "createServiceMswHandlers");
  const MswHandlers = names.runtimeType("mock-msw", "MswHandlers");
  const MswModule = names.runtimeType("mock-msw", "MswModule");
  const MockFixtureTable = names.runtimeType("mock-types", "MockFixtureTable");
  const MockOptions = names.runtimeType("mock-types", "MockOptions");
  const MockServiceDescription = names.runtimeType("mock-types", "MockServiceDescription");
  const validators = new Map(
    service.operations.map((op) => [op.parametersValidatorName, names.parametersValidator(op)] as const),
  );
  const statements: (string | StatementStructures)[] = [
    ...names.importDeclarations(),
    ...fixtureImport(files, modulePath, plan.files.fixtures),
    {
      kind: StructureKind.ExportDeclaration,
      namedExports: ["createTestCredential", { name: "TestCredential", isTypeOnly: true }, { name: "TestCredentialOptions", isTypeOnly: true }],
      moduleSpecifier: importSpecifier(modulePath, runtimeFile("mock-credential")),
    },
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: "\n",
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "Fixtures by operationId, then fixture name: the documented samples (`example-…`), synthesised answers per\n" +
          "response (`200`, `200-nulls`, …) and error answers in the service's error model (`error-400`, …), each\n" +
          jsDocText(`stored once, in \`${plan.files.fixtures}\` (by operationId, then name).`),
      ],
      // The two tables are most of the file's text, final as built: written as they are (verbatim.ts).
      declarations: [{ name: "fixtures", type: fixturesType(files, MockFixtureTable), initializer: verbatim(fixturesLiteral(files)) }],
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
          type: `${MockServiceDescription}<typeof fixtures>`,
          initializer: verbatim(descriptionLiteral(description, validators)),
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      leadingTrivia: "\n",
      isExported: true,
      name: "MockHttpClientOptions",
      docs: ["Scenario controls by operationId (`\"*\"` for all), and whether a bearer token is required."],
      type: `${MockOptions}<typeof fixtures>`,
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "MockHttpClient",
      docs: ["An `HttpClient` for the client's `httpClient` option, with scenario controls and recorded calls."],
      type: `${ServiceMockHttpClient}<typeof fixtures>`,
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "createMockHttpClient",
      docs: ["A mock of the service for a client's `httpClient` option: no network, the service's own rules and errors."],
      parameters: [{ name: "options", hasQuestionToken: true, type: "MockHttpClientOptions" }],
      returnType: "MockHttpClient",
      statements: [`return ${createClient}(serviceDescription, options);`],
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
        { name: "msw", type: `${MswModule}<H, R>` },
        { name: "options", hasQuestionToken: true, type: "MockHttpClientOptions" },
      ],
      returnType: `${MswHandlers}<H, typeof fixtures>`,
      statements: [`return ${createHandlers}(serviceDescription, msw, options);`],
    },
  ];
  return { statements };
}

/** Module-private name of the fixture file's import (`$` never starts a name the naming module hands out). */
const FIXTURES_LOCAL = "$fixtures";

/**
 * `import $fixtures from "../../../fixtures/<service>/<api-version>.json" with { type: "json" };` when some operation
 * takes its fixtures from the file. An operation with a `__proto__` key anywhere in its fixtures (or as its
 * operationId) has them written inline instead (`valueLiteral` keeps the key an own property): bundlers such as Vite
 * turn a JSON module into an object literal, where `"__proto__": …` would set the prototype instead. The file still
 * holds them, for other tools.
 */
function fixtureImport(files: readonly OperationFixtureSet[], modulePath: string, fixturesPath: string): string[] {
  if (!files.some(isImported)) return [];
  const up = "../".repeat(modulePath.split("/").length - 1);
  return [`import ${FIXTURES_LOCAL} from ${stringLiteral(up + fixturesPath)} with { type: "json" };`];
}

function isImported(file: OperationFixtureSet): boolean {
  return file.fixtures.length > 0 && file.operationId !== "__proto__" && !file.fixtures.some((f) => hasProtoKey(f.value));
}

function hasProtoKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (value === null || typeof value !== "object") return false;
  return Object.keys(value).some((key) => key === "__proto__" || hasProtoKey((value as Record<string, unknown>)[key]));
}

/** The declared type: `MockFixtureTable<{ "<operationId>": "<name>" | …; … }>`. */
function fixturesType(files: readonly OperationFixtureSet[], tableType: string): string {
  const members = files.map((f) => `${typeMemberKey(f.operationId)}: ${f.fixtures.length === 0 ? "never" : f.fixtures.map((x) => stringLiteral(x.name)).join(" | ")};`);
  return `${tableType}<{ ${members.join(" ")} }>`;
}

function fixturesLiteral(files: readonly OperationFixtureSet[]): string {
  const operations = files.map((f) => {
    const value = isImported(f) ? `${FIXTURES_LOCAL}[${stringLiteral(f.operationId)}]` : `{ ${f.fixtures.map((x) => `${objectLiteralKey(x.name)}: ${valueLiteral(x.value)}`).join(", ")} }`;
    return `${objectLiteralKey(f.operationId)}: ${value}`;
  });
  return `{ ${operations.join(", ")} }`;
}

function descriptionLiteral(description: ServiceDescriptionData, validators: ReadonlyMap<string, string>): string {
  const { operations, ...service } = description;
  const ops = operations.map(({ validatorName, ...data }) =>
    objectWith(data, `validateParameters: ${validators.get(validatorName) ?? identifier(validatorName)}`),
  );
  return objectWith(service, `operations: [${ops.join(", ")}]`, "fixtures");
}

/** `{ …data as literals, …extra members }`. */
function objectWith(data: object, ...members: string[]): string {
  const entries = Object.entries(data).map(([key, value]) => `${objectLiteralKey(key)}: ${valueLiteral(value)}`);
  return `{${[...entries, ...members].join(", ")}}`;
}
