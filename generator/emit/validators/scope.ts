/**
 * What the walker needs while writing one check function: fresh local names, how a property is read, when a
 * property is required in which direction, and calls to other named schemas' checks.
 */
import type { IrProperty, SchemaId } from "../../model/ir.js";
import { stringLiteral } from "../escape/index.js";
import {
  ISSUES_PARAM,
  REQUEST_PARAM,
  RUNTIME_NAMESPACE as RT,
  checkFunctionName,
  plainCheckFunctionName,
} from "./names.js";
import type { ValidatorPlan } from "./plan.js";

export class FunctionScope {
  private counter = 0;

  /**
   * @param selfId the named schema whose function this is (its discriminator mapping to itself means "plain").
   */
  constructor(
    readonly plan: ValidatorPlan,
    readonly selfId?: SchemaId,
  ) {}

  /** A local name not used before in this function (`v1`, `o2`, `i3`…). */
  local(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }

  /**
   * `$check_T(v, path, c)` / `$check_T(v, path, c, request)`, or the plain variant (for `allOf` members and
   * discriminator targets). Without `path`, a match: the first-problem strategy, true when `v` matches.
   */
  checkCall(id: SchemaId, v: string, path: string | undefined, plain: boolean): string {
    const typeName = this.plan.named(id).typeName;
    const name = this.plan.refer(
      plain && this.plan.hasPlainVariant(id) ? plainCheckFunctionName(typeName) : checkFunctionName(typeName),
    );
    return `${name}(${v}, ${strategy(path)}${this.plan.isDirectional(this.plan.named(id).schema) ? `, ${REQUEST_PARAM}` : ""})`;
  }
}

/** The path and fail strategy arguments of a call: the caller's, or a match (first problem, no path). */
export function strategy(path: string | undefined): string {
  return path === undefined ? `"", ${RT}.firstProblem` : `${path}, ${ISSUES_PARAM}`;
}

/** Reads a property of `object` (a `Record<string, unknown>` local); own properties only for keys
 * `Object.prototype` also has, which a plain read would find inherited (`constructor`, `__proto__`). */
export function readProperty(object: string, name: string): string {
  return Object.prototype.hasOwnProperty.call(Object.prototype, name)
    ? `${RT}.ownProperty(${object}, ${stringLiteral(name)})`
    : `${object}[${stringLiteral(name)}]`;
}

/**
 * When a property must be present. OpenAPI: a required readOnly property is required in responses only, a
 * required writeOnly property in requests only.
 */
export type Requirement = "always" | "never" | "response" | "request";

export function requirement(prop: IrProperty): Requirement {
  if (!prop.required) return "never";
  const { readOnly, writeOnly } = prop.schema;
  if (readOnly && writeOnly) return "never";
  if (readOnly) return "response";
  if (writeOnly) return "request";
  return "always";
}

/** The condition, given the property is missing, under which that is a problem (`""` = always). */
export function missingCondition(req: Exclude<Requirement, "never">): string {
  return req === "always" ? "" : req === "response" ? `!${REQUEST_PARAM}` : REQUEST_PARAM;
}
