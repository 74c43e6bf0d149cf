/**
 * What the runtime's tracing and user agent read from the static descriptions (`runtime/tracing.ts`): the
 * generated package's name and version (from the IR, never written here), the `az.namespace` of the spans, and
 * each operation's span name `<Client>.<group>.<method>`. All are data literals (`renderLiteral` escapes them).
 */
import type { IrOperation, IrService } from "../../model/ir.js";
import type { FileScope } from "../file-scope.js";
import { code, type LiteralObject } from "./literal.js";

/** Azure resource provider namespaces as written in ARM paths (`/providers/Microsoft.DataFactory/…`). */
const PROVIDER = /\/providers\/([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+)\//;

/** `package` (the package-level `packageInfo`, so a version bump rewrites one file) and `namespace` of the service spec. */
export function tracingServiceFields(service: IrService, names: FileScope): LiteralObject {
  const namespaces = [...new Set(service.operations.flatMap((op) => PROVIDER.exec(op.path)?.[1] ?? []))].sort();
  return {
    package: service.package === undefined ? undefined : code(names.packageValue("packageInfo")),
    namespace: namespaces.length === 1 ? namespaces[0] : undefined,
  };
}

/** `spanName` of an operation spec. */
export function tracingOperationFields(service: IrService, op: IrOperation): LiteralObject {
  return { spanName: [service.clientName, op.group, op.method].join(".") };
}
