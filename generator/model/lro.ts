/**
 * Long-running operations: `x-ms-long-running-operation` and `x-ms-long-running-operation-options`
 * (`final-state-via`), the same keys in OpenAPI 3 and Swagger 2.0. What the client cannot honour is a warning
 * with a pointer and a fix, never a silent fallback.
 */
import { appendPointer } from "../util/json-pointer.js";
import { isRecord, warn, type ModelContext } from "./context.js";
import type { IrFinalStateVia, IrLro, IrOperation, IrPaging, IrResponse } from "./ir.js";

const FINAL_STATE_VIA: readonly IrFinalStateVia[] = ["azure-async-operation", "location", "original-uri", "operation-location"];
/** Success responses in the order their body is taken as the result. */
const RESULT_ORDER = ["200", "201"];

/** The operation's `IrLro`, or undefined when it is not long-running. */
export function readLro(ctx: ModelContext, op: Readonly<Record<string, unknown>>, pointer: string, responses: readonly IrResponse[]): IrLro | undefined {
  const flag = op["x-ms-long-running-operation"];
  if (flag === undefined || flag === false) return undefined;
  if (flag !== true) {
    warn(ctx, appendPointer(pointer, "x-ms-long-running-operation"), "invalid-long-running-operation", "x-ms-long-running-operation must be true or false; the operation is treated as an ordinary call.", "Write x-ms-long-running-operation: true.");
    return undefined;
  }
  const lro: IrLro = { andWaitMethod: "", andWaitFunctionName: "" };
  const finalStateVia = readFinalStateVia(ctx, op, pointer);
  if (finalStateVia !== undefined) lro.finalStateVia = finalStateVia;
  const resultStatus = chooseResultStatus(responses);
  if (resultStatus !== undefined) lro.resultStatus = resultStatus;
  if (!responses.some((r) => /^2\d\d$/.test(r.status))) {
    warn(ctx, appendPointer(pointer, "responses"), "long-running-without-success", "This long-running operation declares no 2xx response; the client accepts any 2xx and returns no result.", "Declare the 202 (and 200) responses of the operation.");
  }
  return lro;
}

function readFinalStateVia(ctx: ModelContext, op: Readonly<Record<string, unknown>>, pointer: string): IrFinalStateVia | undefined {
  const options = op["x-ms-long-running-operation-options"];
  if (options === undefined) return undefined;
  const optionsPointer = appendPointer(pointer, "x-ms-long-running-operation-options");
  if (!isRecord(options)) {
    warn(ctx, optionsPointer, "invalid-long-running-options", "x-ms-long-running-operation-options must be an object; Azure's default for the method is used.", "Write x-ms-long-running-operation-options: { final-state-via: location }.");
    return undefined;
  }
  const value = options["final-state-via"];
  if (value === undefined) return undefined;
  const match = FINAL_STATE_VIA.find((v) => typeof value === "string" && v === value.toLowerCase());
  if (match === undefined) {
    warn(ctx, appendPointer(optionsPointer, "final-state-via"), "invalid-final-state-via", `final-state-via ${JSON.stringify(value)} is not one the client knows; Azure's default for the method is used.`, `Use one of ${FINAL_STATE_VIA.join(", ")}.`);
  }
  return match;
}

function chooseResultStatus(responses: readonly IrResponse[]): string | undefined {
  const withBody = responses.filter((r) => /^2\d\d$/.test(r.status) && r.schema !== undefined);
  for (const status of RESULT_ORDER) if (withBody.some((r) => r.status === status)) return status;
  return withBody[0]?.status;
}

/**
 * A long-running operation whose result is a page of a list (`x-ms-pageable` too) is polled, and its result
 * returned whole: paging it is not supported, which an explicit `x-ms-pageable` is told with a warning.
 */
export function lroAllowsPaging(ctx: ModelContext, op: Pick<IrOperation, "lro" | "pointer">, paging: IrPaging): boolean {
  if (op.lro === undefined) return true;
  if (paging.source === "x-ms-pageable") {
    warn(ctx, appendPointer(op.pointer, "x-ms-pageable"), "long-running-pageable", "A long-running operation cannot also be paged; the client returns its final result as one page.", "Remove x-ms-pageable, or page the result with a separate list operation.");
  }
  return false;
}

/** A long-running operation's method is `begin<Method>` (its `…AndWait` twin is claimed right after it). */
export function lroMethodBase(op: Pick<IrOperation, "lro">, method: string): string {
  return op.lro === undefined ? method : `begin_${method}`;
}

/** The `…AndWait` names, once claimed by `names.ts`. */
export function nameLro(lro: IrLro | undefined, andWaitMethod: string | undefined, andWaitFunctionName: string | undefined): Pick<IrOperation, "lro"> {
  if (lro === undefined || andWaitMethod === undefined || andWaitFunctionName === undefined) return {};
  return { lro: { ...lro, andWaitMethod, andWaitFunctionName } };
}
