/**
 * A downstream sample written against one api-version's public API, the way an application uses it: it calls
 * every operation with every parameter (values typed as the old spec allows: an enum's first value, `Known<Name>`
 * for an extensible one), reads every property of each result into a variable of the old type, and switches
 * exhaustively over closed response enums. Compiled against the old and the new package (downstream.test.ts).
 */
import type { IrSchema, IrService } from "../../../generator/model/ir.ts";

export function renderDownstreamSample(service: IrService, importPath: string): string {
  const lines = [`import * as api from ${JSON.stringify(importPath)};`, "", `declare const client: api.${service.clientName};`, ""];
  let n = 0;
  const reads = (target: string, schema: IrSchema | undefined): string[] => {
    const object = schema ? resolve(service, schema) : undefined;
    if (!object || object.kind !== "object") return [];
    return object.properties.map((p) => {
      const type = `${typeOf(service, p.schema)}${p.required ? "" : " | undefined"}${nullable(service, p.schema) ? " | null" : ""}`;
      return `  const read${++n}: ${type} = ${target}[${JSON.stringify(p.name)}];`;
    });
  };
  for (const op of service.operations) {
    const params = [...op.parameters.map((p) => `${JSON.stringify(p.tsName)}: ${literal(service, p.schema, 0)}`), ...(op.body ? [`${JSON.stringify(op.body.tsName)}: ${literal(service, op.body.schema, 0)}`] : [])];
    lines.push(`export async function use${op.pascalName}(): Promise<void> {`);
    lines.push(`  const params: api.${op.parametersTypeName} = { ${params.join(", ")} };`);
    if (op.lro) {
      lines.push(`  void api.${op.functionName}(client, params);`);
    } else if (op.paging) {
      lines.push(`  for await (const item of api.${op.functionName}(client, params)) {`, ...reads("item", op.paging.itemSchema).map((l) => "  " + l), "  }");
    } else {
      const success = op.responses.find((r) => r.schema && /^2/.test(r.status));
      lines.push(`  const result = await api.${op.functionName}(client, params);`);
      if (success) lines.push(...reads("result", success.schema));
      else lines.push("  void result;");
    }
    lines.push("}", "");
  }
  return lines.join("\n");
}

function resolve(service: IrService, schema: IrSchema): IrSchema {
  let s = schema;
  for (let i = 0; s.kind === "ref" && i < 32; i++) s = service.schemas[s.ref]?.schema ?? { kind: "unknown", pointer: "" };
  return s;
}

function nullable(service: IrService, schema: IrSchema): boolean {
  return schema.nullable === true || resolve(service, schema).nullable === true;
}

/** The old type as the caller wrote it: a closed enum as its literal union (new members do not fit). */
function typeOf(service: IrService, schema: IrSchema): string {
  const s = resolve(service, schema);
  switch (s.kind) {
    case "string":
      return s.enum && !s.extensible ? s.enum.map((v) => JSON.stringify(v)).join(" | ") : "string";
    case "number":
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "unknown";
  }
}

/** A value of the old type, as a literal. */
function literal(service: IrService, schema: IrSchema, depth: number): string {
  if (schema.kind === "ref") {
    const named = service.schemas[schema.ref];
    if (named?.knownValuesName && named.knownValues && named.knownValues.length > 0) return `api.${named.knownValuesName}.${named.knownValues[0]!.key}`;
    return named && depth < 6 ? literal(service, named.schema, depth + 1) : "{}";
  }
  switch (schema.kind) {
    case "string":
      return JSON.stringify(schema.enum?.[0] ?? schema.const ?? "x");
    case "number":
    case "integer":
      return String(schema.enum?.[0] ?? schema.const ?? schema.minimum ?? 1);
    case "boolean":
      return "true";
    case "null":
      return "null";
    case "array":
      return `[${literal(service, schema.items, depth + 1)}]`;
    case "object":
      return `{ ${schema.properties.filter((p) => !p.schema.readOnly).map((p) => `${JSON.stringify(p.name)}: ${literal(service, p.schema, depth + 1)}`).join(", ")} }`;
    case "allOf":
      return `{ ${schema.members.map((m) => `...${literal(service, m, depth + 1)}`).join(", ")} }`;
    case "anyOf":
    case "oneOf":
      return schema.members[0] ? literal(service, schema.members[0], depth + 1) : "null";
    default:
      return "null";
  }
}
