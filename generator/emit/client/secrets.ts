/**
 * `redact<Name>` functions, for every named schema that holds a secret and every success response type: a deep
 * copy with the secrets masked. Where the secrets sit is data — a `SecretMap` literal per named schema that holds any,
 * pruned to the branches that lead to one, with named schemas referenced lazily (recursive schemas work) —
 * executed by the runtime's `redact`.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type VariableStatementStructure,
} from "ts-morph";
import type { IrNamedSchema, IrSchema, IrService, SchemaId } from "../../model/ir.js";
import { camelCase } from "../../naming/index.js";
import { identifier } from "../escape/index.js";
import { code, renderLiteral, type Literal, type LiteralObject } from "./literal.js";
import type { FileScope } from "../file-scope.js";


export function emitRedactors(
  service: IrService,
  names: FileScope,
): (VariableStatementStructure | FunctionDeclarationStructure)[] {
  const holders = schemasHoldingSecrets(service);
  const responseTypes = new Set(
    service.operations.flatMap((op) =>
      op.responses.flatMap((r) => (/^2\d\d$/.test(r.status) && r.schema?.kind === "ref" ? [r.schema.ref] : [])),
    ),
  );
  const mapNames = new Map<SchemaId, string>();
  const sorted = Object.values(service.schemas).sort((a, b) =>
    a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0,
  );
  for (const named of sorted) {
    if (holders.has(named.id)) mapNames.set(named.id, names.local(`${camelCase(named.typeName)}Secrets`));
  }
  const statements: (VariableStatementStructure | FunctionDeclarationStructure)[] = [];
  for (const named of sorted) {
    const mapName = mapNames.get(named.id);
    if (mapName === undefined && !responseTypes.has(named.id)) continue;
    if (mapName !== undefined) {
      const map = secretMap(named.schema, holders, mapNames)!;
      statements.push({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [
          { name: mapName, type: names.runtimeType("redact", "SecretMap"), initializer: renderLiteral(map) },
        ],
      });
    }
    statements.push(redactor(named, mapName, names));
  }
  return statements;
}

function redactor(
  named: IrNamedSchema,
  mapName: string | undefined,
  names: FileScope,
): FunctionDeclarationStructure {
  const type = names.schemaTypeName(named.id);
  const redact = names.runtimeValue("redact", "redact");
  const doc =
    mapName === undefined
      ? `A deep copy of a {@link ${type}}, which holds no secrets (every response type has a \`redact…\` function).`
      : `A deep copy of a {@link ${type}} with every secret replaced by \`"REDACTED"\`, for logging.`;
  return {
    kind: StructureKind.Function,
    name: identifier(named.redactorName),
    isExported: true,
    docs: [{ description: doc }],
    parameters: [{ name: "value", type }],
    returnType: type,
    statements: [`return ${redact}(value, ${mapName ?? "{}"});`],
  };
}

/** Ids of the named schemas that hold a secret anywhere, through references too (a fixed point, so cycles work). */
export function schemasHoldingSecrets(service: IrService): Set<SchemaId> {
  const holders = new Set<SchemaId>();
  for (let changed = true; changed;) {
    changed = false;
    for (const named of Object.values(service.schemas)) {
      if (!holders.has(named.id) && holdsSecret(named.schema, holders)) {
        holders.add(named.id);
        changed = true;
      }
    }
  }
  return holders;
}

function holdsSecret(schema: IrSchema, holders: ReadonlySet<SchemaId>): boolean {
  if (schema.secret) return true;
  switch (schema.kind) {
    case "ref":
      return holders.has(schema.ref);
    case "object":
      return (
        schema.properties.some((p) => holdsSecret(p.schema, holders)) ||
        (typeof schema.additionalProperties === "object" && holdsSecret(schema.additionalProperties, holders))
      );
    case "array":
      return holdsSecret(schema.items, holders);
    case "allOf":
    case "anyOf":
    case "oneOf":
      return schema.members.some((m) => holdsSecret(m, holders));
    default:
      return false;
  }
}

/** The `SecretMap` literal of `schema`, or undefined when it holds no secret. */
function secretMap(
  schema: IrSchema,
  holders: ReadonlySet<SchemaId>,
  mapNames: ReadonlyMap<SchemaId, string>,
): Literal | undefined {
  if (schema.secret) return true;
  const of = (s: IrSchema) => secretMap(s, holders, mapNames);
  switch (schema.kind) {
    case "ref": {
      const name = mapNames.get(schema.ref);
      return name === undefined ? undefined : code(`() => ${name}`);
    }
    case "object": {
      // fromEntries defines own properties: a `__proto__` key stays a key.
      const entries = schema.properties.flatMap((p) => {
        const map = of(p.schema);
        if (map === undefined) return [];
        // Under a key naming an Object.prototype method (`toString`), TypeScript types a bare `true` from that
        // method and widens it to boolean: pin the literal.
        const inherited = (Object.prototype as unknown as Record<string, unknown>)[p.name];
        return [[p.name, map === true && typeof inherited === "function" ? code("true as const") : map] as const];
      });
      const additional = typeof schema.additionalProperties === "object" ? of(schema.additionalProperties) : undefined;
      if (entries.length === 0 && additional === undefined) return undefined;
      const map: LiteralObject = {
        properties: entries.length > 0 ? Object.fromEntries(entries) : undefined,
        additionalProperties: additional,
      };
      return map;
    }
    case "array": {
      const items = of(schema.items);
      return items === undefined ? undefined : { items };
    }
    case "allOf":
    case "anyOf":
    case "oneOf": {
      const maps = schema.members.map(of).filter((m): m is Literal => m !== undefined);
      return maps.length === 0 ? undefined : maps.length === 1 ? maps[0] : { all: maps };
    }
    default:
      return undefined;
  }
}
