/**
 * Module-private identifiers of the validators module. Every one starts with `$`, which no name the naming
 * module hands out can contain, so none can meet a spec's type, validator or guard name. Each kind has its
 * own fixed prefix followed by a type name, a validator name or a number, and no prefix continues another
 * with `_`, so two kinds can never produce the same identifier.
 */
import { identifier } from "../escape/index.js";

/** The runtime primitives, imported as a namespace (`$rt.codePointLength`). */
export const RUNTIME_NAMESPACE = "$rt";

/** The fail strategy parameter of every check function (`$rt.Issues`). */
export const ISSUES_PARAM = "c";

/** Name of the boolean parameter that is true when a request (not a response) is validated. */
export const REQUEST_PARAM = "request";

/** The check of a named schema: `(value, path, c, request) => boolean`, dispatching on its discriminator. */
export function checkFunctionName(typeName: string): string {
  return identifier(`$check_${typeName}`);
}

/** The same check without discriminator dispatch (used where a subtype includes its base through `allOf`). */
export function plainCheckFunctionName(typeName: string): string {
  return identifier(`$checkPlain_${typeName}`);
}

/** The check of an operation's parameters (named after its exported validator). */
export function parametersCheckFunctionName(validatorName: string): string {
  return identifier(`$checkParameters_${validatorName}`);
}

/** A check for an inline `anyOf`/`oneOf` member, lifted into a function so it can be tested as an expression. */
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
