/**
 * `oagen compare FRAGMENT UPSTREAM --operation ID`: the differences between two specs' IRs for one operation
 * (path, method, parameters and their constraints, body, response and error schemas, secrets, paging, token
 * scopes). Both are loaded with `--operation ID`, so the upstream file may be a partial checkout.
 */
import { loadAndModel } from "../core/pipeline.js";
import { SpecError, type Diagnostic } from "../diagnostics/index.js";
import type { IrDocument } from "../model/ir.js";
import { viewOperation, type OperationView } from "./operation-view.js";

export interface CompareInput {
  fragment: string;
  upstream: string;
  operationId: string;
  cwd: string;
  /** `--credential-scopes` for either side (applies where a spec declares none). */
  credentialScopes?: string[];
  specRoot?: string;
}

export interface Difference {
  key: string;
  fragment?: string;
  upstream?: string;
}

export interface CompareResult {
  differences: Difference[];
  warnings: Diagnostic[];
}

export async function compareOperation(input: CompareInput): Promise<CompareResult> {
  const settings = { operations: [input.operationId], ...(input.credentialScopes ? { credentialScopes: input.credentialScopes } : {}), ...(input.specRoot ? { specRoot: input.specRoot } : {}) };
  const fragment = await loadAndModel({ inputs: [input.fragment], cwd: input.cwd, service: "fragment", ...settings });
  const upstream = await loadAndModel({ inputs: [input.upstream], cwd: input.cwd, service: "upstream", ...settings });
  const differences = diffViews(viewOf(fragment.ir, input.operationId, input.fragment), viewOf(upstream.ir, input.operationId, input.upstream));
  return { differences, warnings: [...fragment.warnings, ...upstream.warnings] };
}

function viewOf(ir: IrDocument, operationId: string, file: string): OperationView {
  for (const service of ir.services) {
    const operation = service.operations.find((o) => o.operationId === operationId);
    if (operation) return viewOperation(service, operation);
  }
  throw new SpecError([{ severity: "error", code: "unknown-operation", file, pointer: "#/paths", message: `No operation in this file has the operationId "${operationId}".`, hint: "Pass an operationId both files define." }]);
}

export function diffViews(fragment: OperationView, upstream: OperationView): Difference[] {
  const keys = [...new Set([...fragment.keys(), ...upstream.keys()])].sort();
  return keys.flatMap((key) => {
    const a = fragment.get(key);
    const b = upstream.get(key);
    return a === b ? [] : [{ key, ...(a !== undefined ? { fragment: a } : {}), ...(b !== undefined ? { upstream: b } : {}) }];
  });
}

/** One line per difference: `key: fragment X, upstream Y` (`—` where one side has nothing). */
export function formatDifference(d: Difference): string {
  return `${d.key}: fragment ${d.fragment ?? "—"}, upstream ${d.upstream ?? "—"}`;
}
