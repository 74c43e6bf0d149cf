/**
 * Synthesised numbers for fixtures: inside the declared bounds (exclusive ones too), a multiple of `multipleOf`,
 * whole for integers and the int32/int64 formats. At a length-limit target, a declared bound itself.
 */
import type { IrNumberSchema } from "../../model/ir.js";
import type { Random } from "./random.js";
import { SynthesisError } from "./strings.js";

const INT32 = { min: -2147483648, max: 2147483647 };
/** The default span of an unbounded side (values stay small and readable). */
const SPAN = 100;

export function synthesizeNumber(schema: IrNumberSchema, random: Random, target?: "min" | "max"): number {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined && schema.enum.length > 0) {
    const sorted = [...schema.enum].sort((a, b) => a - b);
    return target === "min" ? sorted[0]! : target === "max" ? sorted[sorted.length - 1]! : random.pick(schema.enum);
  }
  const whole = schema.kind === "integer" || schema.format === "int32" || schema.format === "int64";
  const step = schema.multipleOf ?? (whole ? 1 : undefined);
  let lo = lowerBound(schema, whole);
  let hi = upperBound(schema, whole);
  if (schema.format === "int32") {
    lo = Math.max(lo ?? INT32.min, INT32.min);
    hi = Math.min(hi ?? INT32.max, INT32.max);
  }
  const declaredLo = lo !== undefined && (schema.minimum !== undefined || schema.exclusiveMinimum !== undefined);
  const declaredHi = hi !== undefined && (schema.maximum !== undefined || schema.exclusiveMaximum !== undefined);
  const from = lo ?? (hi !== undefined ? hi - SPAN : 0);
  const to = hi ?? from + SPAN;
  if (step !== undefined) {
    let kLo = Math.ceil(from / step);
    let kHi = Math.floor(to / step);
    if (schema.exclusiveMinimum !== undefined && kLo * step <= schema.exclusiveMinimum) kLo++;
    if (schema.exclusiveMaximum !== undefined && kHi * step >= schema.exclusiveMaximum) kHi--;
    if (kLo > kHi) throw new SynthesisError(schema.pointer, `No multiple of ${step} lies within the declared bounds.`);
    const typicalHi = Math.min(kHi, kLo + SPAN);
    const k = target === "min" && declaredLo ? kLo : target === "max" && declaredHi ? kHi : random.int(kLo, typicalHi);
    return roundLike(k * step, step);
  }
  if (target === "min" && declaredLo && schema.exclusiveMinimum === undefined) return from;
  if (target === "max" && declaredHi && schema.exclusiveMaximum === undefined) return to;
  const value = Math.round((from + (to - from) * random.next()) * 100) / 100;
  return value <= from || value >= to ? (from + to) / 2 : value;
}

function lowerBound(schema: IrNumberSchema, whole: boolean): number | undefined {
  const bounds: number[] = [];
  if (schema.minimum !== undefined) bounds.push(whole ? Math.ceil(schema.minimum) : schema.minimum);
  if (schema.exclusiveMinimum !== undefined) {
    bounds.push(whole ? Math.floor(schema.exclusiveMinimum) + 1 : schema.exclusiveMinimum);
  }
  return bounds.length > 0 ? Math.max(...bounds) : undefined;
}

function upperBound(schema: IrNumberSchema, whole: boolean): number | undefined {
  const bounds: number[] = [];
  if (schema.maximum !== undefined) bounds.push(whole ? Math.floor(schema.maximum) : schema.maximum);
  if (schema.exclusiveMaximum !== undefined) {
    bounds.push(whole ? Math.ceil(schema.exclusiveMaximum) - 1 : schema.exclusiveMaximum);
  }
  return bounds.length > 0 ? Math.min(...bounds) : undefined;
}

/** `k * step` without binary noise (`0.1 * 3` → `0.3`). */
function roundLike(value: number, step: number): number {
  const decimals = (String(step).split(".")[1] ?? "").length;
  return decimals === 0 ? value : Number(value.toFixed(decimals));
}
