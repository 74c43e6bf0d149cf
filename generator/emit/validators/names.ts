/**
 * Module-private identifiers of the validators module. Every one starts with `$`, which no name the naming
 * module hands out can contain, so none can meet a spec's type, validator or guard name. Each kind has its
 * own fixed prefix followed by a type name or a number, so two kinds can never produce the same identifier.
 */
import { identifier } from "../escape/index.js";

/** The runtime primitives, imported as a namespace (`$rt.codePointLength`). */
export const RUNTIME_NAMESPACE = "$rt";

/** Internal guard of a named schema: `(value, request) => boolean`, dispatching on its discriminator. */
export function guardFunctionName(typeName: string): string {
  return identifier(`$is_${typeName}`);
}

/** The same guard without discriminator dispatch (used where a subtype includes its base through `allOf`). */
export function plainGuardFunctionName(typeName: string): string {
  return identifier(`$isPlain_${typeName}`);
}

/** Internal issue collector of a named schema: `(value, path, errors, request) => void`. */
export function collectFunctionName(typeName: string): string {
  return identifier(`$collect_${typeName}`);
}

export function plainCollectFunctionName(typeName: string): string {
  return identifier(`$collectPlain_${typeName}`);
}

/** A guard for an inline `anyOf`/`oneOf` member, lifted into a function so it can be tested as an expression. */
export function matcherName(index: number): string {
  return `$match${index}`;
}

/** A spec pattern, compiled once at module load. */
export function patternConstantName(index: number): string {
  return `$pattern${index}`;
}

/** A Set of allowed values (large enums, declared property names for `additionalProperties`). */
export function valueSetName(index: number): string {
  return `$values${index}`;
}
