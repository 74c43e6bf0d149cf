/**
 * `redact<Name>` functions, for every named schema that holds a secret and every success response type: a deep
 * copy with the secrets masked. Where the secrets sit is data — a `SecretMap` literal per named schema that holds any,
 * pruned to the branches that lead to one, with named schemas referenced lazily (recursive schemas work) —
 * executed by the runtime's `redact`.
 */
import type { FunctionDeclarationStructure, VariableStatementStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "../structure-kind.js";
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
  const unionMapNames = new Map<SchemaId, string>();
  const sorted = Object.values(service.schemas).sort((a, b) =>
    a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0,
  );
  for (const named of sorted) {
    if (holders.has(named.id)) mapNames.set(named.id, names.local(`${camelCase(named.typeName)}Secrets`));
  }
  // A union holds a secret when any member does: its map dispatches on the discriminator.
  for (const named of sorted) {
    if (named.union?.members.some((id) => holders.has(id))) unionMapNames.set(named.id, names.local(`${camelCase(named.typeName)}UnionSecrets`));
  }
  const maps = { holders, mapNames, unionMapNames, secretMapType: () => names.runtimeType("redact", "SecretMap") };
  const statements: (VariableStatementStructure | FunctionDeclarationStructure)[] = [];
  const declare = (name: string, map: Literal) =>
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name, type: names.runtimeType("redact", "SecretMap"), initializer: renderLiteral(map) }],
    });
  for (const named of sorted) {
    const mapName = mapNames.get(named.id);
    const unionMapName = unionMapNames.get(named.id);
    if (mapName === undefined && unionMapName === undefined && !responseTypes.has(named.id)) continue;
    if (mapName !== undefined) declare(mapName, secretMap(named.schema, maps)!);
    if (unionMapName !== undefined) declare(unionMapName, unionSecretMap(service, named, maps));
    statements.push(redactor(service, named, unionMapName ?? mapName, names));
  }
  return statements;
}

interface MapNames {
  holders: ReadonlySet<SchemaId>;
  mapNames: ReadonlyMap<SchemaId, string>;
  unionMapNames: ReadonlyMap<SchemaId, string>;
  /** The imported name of the runtime's `SecretMap` type in this file (imported when asked for). */
  secretMapType: () => string;
}

/** The members of TypeScript's `Object` interface (lib.es5.d.ts), which every object type has. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set(["constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);

/**
 * A map stored under `key` of a `Record<string, SecretMap>` literal. Under a key that names an `Object.prototype`
 * member (`constructor`, `toString`), TypeScript types the value without its contextual type and widens it (`true`
 * to boolean, `() => map` to a function returning the map's narrowed type): pin a bare `true` and give anything
 * else its type back with `satisfies`, which keeps the value checked.
 */
function underKey(key: string, map: Literal, maps: MapNames): Literal {
  if (!OBJECT_MEMBERS.has(key)) return map;
  return map === true ? code("true as const") : code(`(${renderLiteral(map)}) satisfies ${maps.secretMapType()}`);
}

/** `{ variants: { propertyName, maps: { <value>: <variant's map> }, otherwise: every map } }` for a union. */
function unionSecretMap(service: IrService, named: IrNamedSchema, maps: MapNames): Literal {
  const union = named.union!;
  const mapOf = (id: SchemaId): Literal => {
    const name = maps.mapNames.get(id);
    return name === undefined ? {} : code(`() => ${name}`);
  };
  const entries = union.members
    .filter((id) => id !== named.id)
    .map((id) => [service.schemas[id]!.variant?.value, id] as const)
    .filter((entry): entry is readonly [string, SchemaId] => entry[0] !== undefined);
  const own = named.variant ? [[named.variant.value, named.id] as const] : [];
  const holding = union.members.filter((id) => maps.holders.has(id)).map((id) => code(`() => ${maps.mapNames.get(id)!}`));
  return {
    variants: {
      propertyName: union.propertyName,
      // fromEntries defines own properties: a `__proto__` value stays a key.
      maps: Object.fromEntries([...own, ...entries].map(([value, id]) => [value, underKey(value, mapOf(id), maps)])),
      otherwise: holding.length === 1 ? holding[0]! : { all: holding },
    },
  };
}

function redactor(
  service: IrService,
  named: IrNamedSchema,
  mapName: string | undefined,
  names: FileScope,
): FunctionDeclarationStructure {
  // A union base's redactor takes (and masks) any member of the union.
  const type = named.union ? names.type({ name: named.union.name, file: names.plan.symbols.modelsFile() }) : names.schemaTypeName(named.id);
  void service;
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

/**
 * Ids of the named schemas that hold a secret anywhere, through references too (a fixed point, so cycles work).
 * A reference to a union base reaches its variants' secrets (`allOf` inheritance does not: see `secretMap`).
 */
export function schemasHoldingSecrets(service: IrService): Set<SchemaId> {
  const holders = new Set<SchemaId>();
  const unionHolders = new Set<SchemaId>();
  for (let changed = true; changed;) {
    changed = false;
    for (const named of Object.values(service.schemas)) {
      if (named.union && !unionHolders.has(named.id) && named.union.members.some((id) => holders.has(id))) {
        unionHolders.add(named.id);
        changed = true;
      }
    }
    for (const named of Object.values(service.schemas)) {
      if (!holders.has(named.id) && holdsSecret(named.schema, holders, unionHolders)) {
        holders.add(named.id);
        changed = true;
      }
    }
  }
  return holders;
}

function holdsSecret(schema: IrSchema, holders: ReadonlySet<SchemaId>, unionHolders: ReadonlySet<SchemaId>, inherited = false): boolean {
  if (schema.secret) return true;
  const of = (s: IrSchema) => holdsSecret(s, holders, unionHolders);
  switch (schema.kind) {
    case "ref":
      return holders.has(schema.ref) || (!inherited && unionHolders.has(schema.ref));
    case "object":
      return (
        schema.properties.some((p) => of(p.schema)) ||
        (typeof schema.additionalProperties === "object" && of(schema.additionalProperties))
      );
    case "array":
      return of(schema.items);
    case "allOf":
      return schema.members.some((m) => holdsSecret(m, holders, unionHolders, true));
    case "anyOf":
    case "oneOf":
      return schema.members.some(of);
    default:
      return false;
  }
}

/**
 * The `SecretMap` literal of `schema`, or undefined when it holds no secret. A reference to a union base uses the
 * union's map; an `allOf` member (`inherited`) the base's own, or dispatch would lead back to the variant.
 */
function secretMap(schema: IrSchema, maps: MapNames, inherited = false): Literal | undefined {
  if (schema.secret) return true;
  const of = (s: IrSchema) => secretMap(s, maps);
  switch (schema.kind) {
    case "ref": {
      const name = (inherited ? undefined : maps.unionMapNames.get(schema.ref)) ?? maps.mapNames.get(schema.ref);
      return name === undefined ? undefined : code(`() => ${name}`);
    }
    case "object": {
      // fromEntries defines own properties: a `__proto__` key stays a key.
      const entries = schema.properties.flatMap((p) => {
        const map = of(p.schema);
        if (map === undefined) return [];
        return [[p.name, underKey(p.name, map, maps)] as const];
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
      const members = schema.members.map((m) => secretMap(m, maps, schema.kind === "allOf")).filter((m): m is Literal => m !== undefined);
      return members.length === 0 ? undefined : members.length === 1 ? members[0] : { all: members };
    }
    default:
      return undefined;
  }
}
