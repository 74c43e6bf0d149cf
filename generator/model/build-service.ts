/**
 * One or more loaded spec files of one api-version of one service → an IrService (build-document.ts splits a
 * service's files by api-version first, so several versions sit side by side). Each file is modelled in its own context; named schemas with the same id must be identical across files.
 */
import { SpecError, compareDiagnostics, type Diagnostic } from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import { createModelContext, isRecord, type ModelContext } from "./context.js";
import type { IrClientParameter, IrSchema, IrService } from "./ir.js";
import { assignNames } from "./names.js";
import { attachPaging, readOperations, type OperationDraft } from "./operation.js";
import { registerNamed, buildSchema } from "./schema.js";
import { chooseCredentialScopes, readSecuritySchemes } from "./security.js";
import { readServer } from "./server.js";
import type { ServiceSettings } from "./build-document.js";
import { namedSchemaName } from "./refs.js";
import { findShapes } from "./shapes.js";

export interface ServiceBuild {
  service: IrService;
  warnings: Diagnostic[];
}

export function buildService(name: string, specs: LoadedSpec[], settings: ServiceSettings = {}): ServiceBuild {
  if (specs.length === 0) throw new Error("internal error: a service needs at least one spec");
  const sorted = [...specs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const diagnostics: Diagnostic[] = [];
  const named = new Map<string, { id: string; originalName: string; schema: IrSchema; file: string }>();
  const drafts: OperationDraft[] = [];
  const clientParameters = new Map<string, Omit<IrClientParameter, "tsName">>();
  const first = sorted[0]!;
  let firstCtx: ModelContext | undefined;
  const apiVersions = new Set<string>();

  for (const spec of sorted) {
    const ctx = createModelContext(spec);
    firstCtx ??= ctx;
    registerComponentSchemas(ctx);
    const finalDrafts = readOperations(ctx);
    drainQueue(ctx);
    attachPaging(ctx, finalDrafts);
    drafts.push(...finalDrafts);
    for (const d of finalDrafts) {
      for (const c of d.clientParameters) {
        if (!clientParameters.has(c.param.name)) {
          clientParameters.set(c.param.name, {
            name: c.param.name,
            location: c.param.location,
            required: c.param.required,
            schema: c.param.schema,
            isApiVersion: c.isApiVersion,
            ...(c.param.description ? { description: c.param.description } : {}),
          });
        }
      }
    }
    for (const [id, source] of ctx.named) {
      const schema = ctx.built.get(id)!;
      const existing = named.get(id);
      if (existing && JSON.stringify(existing.schema) !== JSON.stringify(schema)) {
        diagnostics.push({
          severity: "error",
          code: "conflicting-definition",
          file: spec.file,
          pointer: id,
          ...spec.locate(id),
          message: `"${source.originalName}" is defined differently here and in ${existing.file}.`,
          hint: "Make the definitions identical, or give one of them another name.",
        });
      } else if (!existing) {
        named.set(id, { id, originalName: source.originalName, schema, file: spec.file });
      }
    }
    const version = apiVersionOf(spec);
    if (version) apiVersions.add(version);
    diagnostics.push(...ctx.diagnostics);
  }

  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new SpecError(dedupe(errors).sort(compareDiagnostics));

  const info = isRecord(first.document["info"]) ? first.document["info"] : {};
  const firstCtxCount = firstCtx!.diagnostics.length; // server/security diagnostics land after this
  const server = readServer(firstCtx!);
  const { schemes, credentialScopes: explicitScopes } = readSecuritySchemes(firstCtx!);
  const credentialScopes = chooseCredentialScopes(firstCtx!, explicitScopes, schemes, server, settings.credentialScopes);
  const apiVersion = [...apiVersions][0] ?? "";
  const bodies = drafts.flatMap((d) => (d.operation.body ? [{ schema: d.operation.body.schema, patch: d.operation.httpMethod === "PATCH" }] : []));
  const shapes = findShapes(new Map([...named.values()].map((n) => [n.id, n.schema])), bodies);
  const names = assignNames(settings.clientName ?? (typeof info["title"] === "string" ? info["title"] : name), [...named.values()], drafts, [...clientParameters.values()], shapes);
  const service: IrService = {
    name,
    clientName: names.clientName,
    clientOptionsTypeName: names.clientOptionsTypeName,
    groups: names.groups,
    specFile: first.file,
    specFormat: first.format,
    title: typeof info["title"] === "string" ? info["title"] : name,
    ...(typeof info["description"] === "string" ? { description: info["description"] } : {}),
    apiVersion,
    server,
    credentialScopes,
    security: schemes,
    clientParameters: names.clientParameters,
    clientParametersValidatorName: names.clientParametersValidatorName,
    schemas: names.schemas,
    operations: names.operations,
  };
  diagnostics.push(...firstCtx!.diagnostics.slice(firstCtxCount));
  const flatten = clientFlattenNotice(service, [...named.values()], sorted);
  if (flatten) diagnostics.push(flatten);
  const lateErrors = diagnostics.filter((d) => d.severity === "error"); // server and security problems
  if (lateErrors.length > 0) throw new SpecError(dedupe(lateErrors).sort(compareDiagnostics));
  return { service, warnings: dedupe(diagnostics).sort(compareDiagnostics) };
}

/** Every definition in `components/schemas` (or Swagger `definitions`) is a named schema, used or not. */
function registerComponentSchemas(ctx: ModelContext): void {
  const components = isRecord(ctx.document["components"]) ? ctx.document["components"] : {};
  const containers: [string, unknown][] = [
    ["#/components/schemas/", components["schemas"]],
    ["#/definitions/", ctx.document["definitions"]],
  ];
  for (const [prefix, container] of containers) {
    if (!isRecord(container)) continue;
    for (const key of Object.keys(container)) {
      const id = prefix + key.replace(/~/g, "~0").replace(/\//g, "~1");
      registerNamed(ctx, id, ctx.spec.originalNames?.[id] ?? namedSchemaName(id) ?? key);
    }
  }
}

function drainQueue(ctx: ModelContext): void {
  while (ctx.queue.length > 0) {
    const id = ctx.queue.shift()!;
    if (ctx.built.has(id)) continue;
    ctx.built.set(id, { kind: "unknown", pointer: id }); // placeholder while building (cycles)
    ctx.built.set(id, buildSchema(ctx, ctx.named.get(id)!.node, id));
  }
}

/**
 * `x-ms-client-flatten` is read (`IrProperty.flatten`) but not applied: types keep the wire shape, as the Azure
 * SDK's modular TypeScript generator does for new packages (see docs/shapes.md). One `info` per service names
 * how many properties ask for it and where the first one is.
 */
function clientFlattenNotice(service: IrService, named: { id: string; file: string }[], specs: LoadedSpec[]): Diagnostic | undefined {
  const found: { pointer: string; file: string }[] = [];
  for (const source of named) {
    const stack: IrSchema[] = [service.schemas[source.id]!.schema];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.kind === "object") {
        for (const p of node.properties) if (p.flatten) found.push({ pointer: p.schema.pointer, file: source.file });
      } else if (node.kind === "allOf") stack.push(...node.members);
    }
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
  const first = found[0]!;
  const spec = specs.find((s) => s.file === first.file);
  return {
    severity: "info",
    code: "client-flatten-not-applied",
    file: first.file,
    pointer: first.pointer,
    ...(spec ? spec.locate(first.pointer) : {}),
    message:
      `${found.length === 1 ? "This property asks" : `${found.length} properties ask (this is the first)`} for \`x-ms-client-flatten\`; ` +
      "oagen keeps the wire shape (as the Azure SDK's modular TypeScript clients do), so the nested object stays nested in the generated types.",
    hint: "Nothing to fix: write the nested object (`properties: { … }`) as the service expects it. See docs/shapes.md.",
  };
}

export function apiVersionOf(spec: LoadedSpec): string | undefined {
  const info = spec.document["info"];
  return isRecord(info) && typeof info["version"] === "string" ? info["version"] : undefined;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.severity}|${d.code}|${d.file}|${d.pointer}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
