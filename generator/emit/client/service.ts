/**
 * The service-level part of a client module: the client options type (core's `PipelineOptions` via the
 * runtime's `ClientOptions`, plus the service's client-level parameters and server variables), the static
 * service description, the client class with one property per operation group, and the group interfaces.
 */
import type { ClassDeclarationStructure, InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, VariableStatementStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "../structure-kind.js";
import type { IrClientParameter, IrOperation, IrService, IrServerVariable } from "../../model/ir.js";
import { identifier, identifierName, jsDocText, regexLiteral, typeMemberKey } from "../escape/index.js";
import { code, renderLiteral, type LiteralObject } from "./literal.js";
import type { FileScope } from "../file-scope.js";
import { lroGroupMemberLines, lroGroupMethods } from "./lro.js";
import { operationSignature } from "./operation.js";
import { tracingServiceFields } from "./tracing.js";

/** The runtime base class's own members, which a group property must not shadow. */
const BASE_MEMBERS = new Set(["pipeline", "constructor"]);

/** Server variables come from the server template and from `host` parameters (Swagger's parameterized host). */
function serverVariables(service: IrService): IrServerVariable[] {
  const variables = [...service.server.variables];
  for (const p of service.clientParameters) {
    if (p.location === "host" && !variables.some((v) => v.name === p.name)) {
      variables.push({
        name: p.name,
        tsName: p.tsName,
        ...(p.description === undefined ? {} : { description: p.description }),
      });
    }
  }
  return variables;
}

/** Client-level parameters bound from options: everything but the host ones (server variables). */
function boundParameters(service: IrService): IrClientParameter[] {
  return service.clientParameters.filter((p) => p.location !== "host");
}

/** The api-version option is always `apiVersion` (declared by `ClientOptions`), whatever the IR calls it. */
function optionName(p: IrClientParameter): string {
  return p.isApiVersion ? "apiVersion" : identifierName(p.tsName);
}

export function emitOptionsType(service: IrService, names: FileScope): InterfaceDeclarationStructure {
  const members: OptionalKind<PropertySignatureStructure>[] = [];
  for (const variable of serverVariables(service)) {
    // Required even with a spec default: a data-plane default names an example account, not yours.
    const lines = [
      variable.description ? jsDocText(variable.description) : "",
      `Fills \`{${jsDocText(variable.name)}}\` in the service URL.`,
    ];
    members.push({
      name: identifierName(variable.tsName),
      type: "string",
      docs: [{ description: lines.filter(Boolean).join("\n\n") }],
    });
  }
  for (const p of boundParameters(service)) {
    if (p.isApiVersion) continue;
    const optional = !p.required || defaultOf(service, p) !== undefined;
    members.push({
      name: optionName(p),
      hasQuestionToken: optional,
      type: optional ? "string | undefined" : "string",
      docs: p.description ? [{ description: jsDocText(p.description) }] : [],
    });
  }
  return {
    kind: StructureKind.Interface,
    name: identifier(service.clientOptionsTypeName),
    isExported: true,
    extends: [names.runtimeType("client", "ClientOptions")],
    docs: [
      {
        description: `Options of {@link ${identifier(service.clientName)}}: core's pipeline options, \`credential\` and the service's own.`,
      },
    ],
    properties: members,
  };
}

export function emitServiceSpec(
  service: IrService,
  specName: string,
  names: FileScope,
): VariableStatementStructure {
  const spec: LiteralObject = {
    server: service.server.urlTemplate,
    serverVariables: serverVariables(service).map((v): LiteralObject => ({ name: v.name, tsName: v.tsName })),
    credentialScopes: [...service.credentialScopes],
    clientParameters: boundParameters(service).map((p): LiteralObject => ({
      name: p.name,
      tsName: optionName(p),
      in: p.location,
      required: p.required,
      default: defaultOf(service, p),
    })),
    validateClientParameters: code(names.clientParametersValidator()),
    ...tracingServiceFields(service, names),
  };
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      { name: specName, type: names.runtimeType("client", "ServiceSpec"), initializer: renderLiteral(spec) },
    ],
  };
}

function defaultOf(service: IrService, p: IrClientParameter): string | undefined {
  if (p.isApiVersion) return service.apiVersion;
  return typeof p.schema.default === "string" ? p.schema.default : undefined;
}

export function emitClientClass(
  service: IrService,
  specName: string,
  names: FileScope,
): ClassDeclarationStructure {
  const base = names.runtimeValue("client", "ServiceClient");
  // Imports are recorded now: the constructor's writer runs only when the file is printed.
  const functions = new Map(service.operations.map((op) => [op, names.value(names.plan.symbols.operationFunction(op))] as const));
  const lroMembers = lroGroupMemberLines(service, names);
  return {
    kind: StructureKind.Class,
    name: identifier(service.clientName),
    isExported: true,
    extends: base,
    docs: [{ description: clientDocs(service) }],
    properties: service.groups.map((group) => {
      if (BASE_MEMBERS.has(group.property)) {
        throw new Error(`operation group "${group.property}" would shadow the client's own member of that name`);
      }
      return {
        name: identifierName(group.property),
        type: identifier(group.interfaceName),
        isReadonly: true,
      };
    }),
    ctors: [
      {
        parameters: [{ name: "options", type: identifier(service.clientOptionsTypeName) }],
        statements: (writer) => {
          writer.writeLine(`super(${specName}, options);`);
          for (const group of service.groups) {
            writer.write(`this.${identifierName(group.property)} = `).inlineBlock(() => {
              for (const op of operationsOf(service, group.property)) {
                writer.writeLine(`${identifierName(op.method)}: (params, callOptions) => ${functions.get(op)!}(this, params, callOptions),`);
                for (const line of lroMembers.get(op) ?? []) writer.writeLine(line);
              }
            });
            writer.write(";").newLine();
          }
        },
      },
    ],
  };
}

export function emitGroupInterfaces(service: IrService, names: FileScope): InterfaceDeclarationStructure[] {
  return service.groups.map((group) => ({
    kind: StructureKind.Interface,
    name: identifier(group.interfaceName),
    isExported: true,
    docs: [
      { description: `The \`${identifierName(group.property)}\` operations of {@link ${identifier(service.clientName)}}.` },
    ],
    methods: operationsOf(service, group.property).flatMap((op) => {
      const signature = operationSignature(service, op, names);
      return [{
        name: typeMemberKey(op.method),
        docs: [{ description: signature.docs }],
        parameters: [
          { name: "params", type: signature.params.type, hasQuestionToken: signature.params.optional },
          { name: "options", type: signature.optionsType, hasQuestionToken: true },
        ],
        returnType: signature.returnType,
      }, ...lroGroupMethods(service, op, names, signature)];
    }),
  }));
}

function operationsOf(service: IrService, group: string): IrOperation[] {
  return service.operations.filter((op) => op.group === group);
}

function clientDocs(service: IrService): string {
  const lines = [jsDocText(service.title)];
  if (service.description && service.description !== service.title) lines.push(jsDocText(service.description));
  const scopes = service.credentialScopes.map((s) => `\`${jsDocText(s)}\``).join(", ");
  lines.push(`api-version ${jsDocText(service.apiVersion)}${scopes === "" ? "" : `; token scope ${scopes}`}.`);
  return lines.join("\n\n");
}
