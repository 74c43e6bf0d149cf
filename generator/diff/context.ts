/** The state one service comparison shares: both services, the changes found, and the pairs already compared. */
import type { IrSchema, IrService } from "../model/ir.js";
import type { Direction, RawChange, ChangeSubject } from "./types.js";

export interface DiffContext {
  old: IrService;
  new: IrService;
  changes: RawChange[];
  /** `oldPointer|newPointer` of schema pairs being compared (cycles through refs). */
  visiting: Set<string>;
}

/** Where a comparison is: whose change it is, how the caller meets the value, and the dotted path so far. */
export interface Where {
  subject: ChangeSubject;
  direction: Direction;
  path: string;
}

export function createDiffContext(oldService: IrService, newService: IrService): DiffContext {
  return { old: oldService, new: newService, changes: [], visiting: new Set() };
}

export function child(where: Where, segment: string): Where {
  return { ...where, path: where.path === "" ? segment : `${where.path}.${segment}` };
}

/** Records a change at `where`. */
export function report(ctx: DiffContext, where: Where, change: Omit<RawChange, "subject" | "path" | "direction"> & { path?: string }): void {
  ctx.changes.push({ subject: where.subject, path: change.path ?? where.path, direction: where.direction, ...stripPath(change) });
}

function stripPath<T extends { path?: string }>(change: T): Omit<T, "path"> {
  const { path: _path, ...rest } = change;
  return rest;
}

/** The named schema a ref points at, in one service. */
export function resolveRef(service: IrService, schema: IrSchema): IrSchema {
  let current = schema;
  for (let i = 0; current.kind === "ref" && i < 64; i++) {
    const target = service.schemas[current.ref];
    if (!target) return current;
    current = target.schema;
  }
  return current;
}

/** The public TypeScript name of a ref's target (`IntegrationRuntimeAuthKeys`), or the id when unknown. */
export function refName(service: IrService, schema: IrSchema): string | undefined {
  return schema.kind === "ref" ? (service.schemas[schema.ref]?.typeName ?? schema.ref) : undefined;
}
