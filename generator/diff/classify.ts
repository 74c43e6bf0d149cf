/**
 * Breaking or not, for a TypeScript caller of the generated package: code written against the old version either
 * still compiles and behaves as before against the new one (non-breaking), or it may not (breaking). Each rule is
 * one line below; docs/diff.md lists them as a table.
 *
 * Direction matters: a caller *sends* request values (narrowing what is accepted breaks it) and *receives*
 * response values (widening what may arrive breaks it: a new member of a closed union, a property that may now
 * be missing or null). A type used both ways takes the stricter rule.
 */
import type { Change, ChangeSide, Direction, RawChange, SemverBump, Severity } from "./types.js";

const sends = (d: Direction) => d !== "response";
const receives = (d: Direction) => d !== "request";

/** Severity of one change. */
export function severityOf(c: RawChange): Severity {
  const f = c.facts ?? {};
  const breaking = ((): boolean => {
    switch (c.code) {
      case "service-removed":
      case "operation-removed":
      case "operation-renamed":
      case "path-changed":
      case "method-changed":
      case "parameter-removed":
      case "property-removed":
      case "type-changed":
      case "schema-removed":
        return true;
      case "service-added":
      case "operation-added":
      case "schema-added":
      case "default-api-version-changed":
        return false;
      case "response-added":
        // A success status with another body (or none) widens the method's result type.
        return f["changesResult"] === true;
      case "response-removed":
        return false; // the status is no longer returned: fewer cases to handle
      case "parameter-added":
        return f["required"] === true;
      case "parameter-moved":
        // Between the method's parameters object and the client options, or renamed: where the caller passes it changes.
        return f["from"] === "client" || f["to"] === "client" || f["renamed"] === true;
      case "parameter-required-changed":
        return f["required"] === true;
      case "pattern-changed":
        // A new or different pattern refuses values the old one took; a removed one refuses nothing.
        return sends(c.direction) && f["change"] !== "removed";
      case "enum-value-removed":
        // A request value the caller may send is refused; for an extensible enum `Known<Name>` also loses a member.
        return sends(c.direction) || f["extensible"] === true;
      case "enum-value-added":
        // A closed response union gains a member: exhaustive switches stop compiling. Extensible enums are `string`.
        return receives(c.direction) && f["extensible"] !== true;
      case "enum-extensibility-changed":
        // Closed → extensible widens the type to `string` (breaks receivers); extensible → closed narrows it (breaks senders).
        return f["extensible"] === true ? receives(c.direction) : sends(c.direction);
      case "constraint-narrowed":
        return sends(c.direction);
      case "constraint-widened":
        // A closed enum dropped: the response type widens from a union to `string`.
        if (f["keyword"] === "enum") return receives(c.direction) && f["extensible"] !== true;
        if (f["keyword"] === "additionalProperties") return receives(c.direction);
        return false;
      case "property-added":
        return sends(c.direction) && f["required"] === true;
      case "property-required-changed":
        // Required in a request: old callers omit it. Optional in a response: old readers assume it is there.
        return f["required"] === true ? sends(c.direction) : receives(c.direction);
      case "nullable-changed":
        // null may now arrive (receivers) / null is no longer accepted (senders).
        return f["nullable"] === true ? receives(c.direction) : sends(c.direction);
      case "secret-changed":
        // A value that was masked in logs and redact<Name>() now is not: review before upgrading.
        return f["secret"] === false;
      case "error-model-changed":
        return f["aspect"] === "schema";
      case "paging-changed":
        // Paged ↔ not paged changes the method's return type; the items property changes what the iterator yields.
        return f["aspect"] === "paged" || f["aspect"] === "itemsProperty";
      case "lro-changed":
        // begin<Method>/begin<Method>AndWait appear or disappear.
        return f["aspect"] === "long-running";
    }
  })();
  return breaking ? "breaking" : "non-breaking";
}

/** The semver step a change needs: breaking → major; an addition → minor; any other compatible change → patch. */
export function bumpOf(c: RawChange, severity: Severity): Exclude<SemverBump, "none"> {
  if (severity === "breaking") return "major";
  switch (c.code) {
    case "service-added":
    case "operation-added":
    case "schema-added":
    case "parameter-added":
    case "property-added":
    case "enum-value-added":
    case "response-added":
    case "default-api-version-changed":
    case "paging-changed":
    case "lro-changed":
      return "minor";
    default:
      return "patch";
  }
}

/** The largest step of all changes (`none` when there are none). */
export function combinedBump(changes: readonly { bump: SemverBump }[]): SemverBump {
  const order: SemverBump[] = ["none", "patch", "minor", "major"];
  return changes.reduce<SemverBump>((max, c) => (order.indexOf(c.bump) > order.indexOf(max) ? c.bump : max), "none");
}

export function classify(c: RawChange, service: string, files: { old: string; new: string }): Change {
  const severity = severityOf(c);
  const side = (s: { pointer: string; value?: unknown } | undefined, file: string): ChangeSide | undefined => (s ? { file, pointer: s.pointer, ...("value" in s && s.value !== undefined ? { value: s.value } : {}) } : undefined);
  const oldSide = side(c.old, files.old);
  const newSide = side(c.new, files.new);
  return {
    code: c.code,
    severity,
    bump: bumpOf(c, severity),
    service,
    subject: c.subject,
    path: c.path,
    direction: c.direction,
    message: describe(c),
    ...(oldSide ? { old: oldSide } : {}),
    ...(newSide ? { new: newSide } : {}),
    ...(c.facts ? { facts: c.facts } : {}),
  };
}

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map(show).join(", ")}]` : String(v));

/** One sentence naming what changed, with both values where there are two. */
export function describe(c: RawChange): string {
  const what = c.path === "" ? `${c.subject.kind} ${c.subject.name}` : `${c.subject.name} ${c.path}`;
  const from = c.old?.value;
  const to = c.new?.value;
  const f = c.facts ?? {};
  switch (c.code) {
    case "service-added":
      return `Service ${c.subject.name} added.`;
    case "service-removed":
      return `Service ${c.subject.name} removed.`;
    case "default-api-version-changed":
      return `Default api-version changed from ${from} to ${to}.`;
    case "operation-added":
      return `Operation ${c.subject.name} added (${to}).`;
    case "operation-removed":
      return `Operation ${c.subject.name} removed (was ${from}).`;
    case "operation-renamed":
      return `Operation renamed: ${from} → ${to}.`;
    case "path-changed":
      return `${what}: path changed from ${from} to ${to}.`;
    case "method-changed":
      return `${what}: HTTP method changed from ${from} to ${to}.`;
    case "parameter-added":
      return `${what}: ${f["required"] ? "required" : "optional"} parameter added.`;
    case "parameter-removed":
      return `${what}: parameter removed.`;
    case "parameter-moved":
      return `${what}: parameter moved from ${from} to ${to}.`;
    case "parameter-required-changed":
      return `${what}: parameter became ${f["required"] ? "required" : "optional"}.`;
    case "pattern-changed":
      return f["change"] === "added" ? `${what}: pattern ${show(to)} added.` : f["change"] === "removed" ? `${what}: pattern ${show(from)} removed.` : `${what}: pattern changed from ${show(from)} to ${show(to)}.`;
    case "enum-value-added":
      return `${what}: ${f["extensible"] ? "extensible" : "closed"} enum value ${show(to)} added (${c.direction}).`;
    case "enum-value-removed":
      return `${what}: ${f["extensible"] ? "extensible" : "closed"} enum value ${show(from)} removed (${c.direction}).`;
    case "enum-extensibility-changed":
      return `${what}: enum changed from ${from} to ${to}.`;
    case "constraint-narrowed":
    case "constraint-widened":
      return `${what}: ${f["keyword"]} ${c.code === "constraint-narrowed" ? "narrowed" : "widened"} from ${from === undefined ? "none" : show(from)} to ${to === undefined ? "none" : show(to)} (${c.direction}).`;
    case "property-added":
      return `${what}: ${f["required"] ? "required" : "optional"} property added (${c.direction}).`;
    case "property-removed":
      return `${what}: property removed (${c.direction}).`;
    case "property-required-changed":
      return `${what}: property became ${f["required"] ? "required" : "optional"} (${c.direction}).`;
    case "type-changed":
      return `${what}: type changed from ${from} to ${to}.`;
    case "nullable-changed":
      return `${what}: ${f["nullable"] ? "became nullable" : "no longer nullable"} (${c.direction}).`;
    case "secret-changed":
      return `${what}: ${f["secret"] ? "now marked secret" : "no longer marked secret (its values are no longer masked)"}.`;
    case "error-model-changed":
      return f["aspect"] === "schema" ? `${what}: error model changed from ${from} to ${to}.` : `${what}: error statuses changed from [${from}] to [${to}].`;
    case "response-added":
      return `${what}: response ${f["status"]} added${f["changesResult"] ? " (the result type widens)" : ""}.`;
    case "response-removed":
      return `${what}: response ${f["status"]} removed.`;
    case "paging-changed":
      return `${what}: ${f["aspect"]} changed from ${show(from)} to ${show(to)}.`;
    case "lro-changed":
      return `${what}: ${f["aspect"]} changed from ${show(from)} to ${show(to)}.`;
    case "schema-added":
      return `Type ${c.subject.name} added.`;
    case "schema-removed":
      return `Type ${c.subject.name} removed.`;
  }
}
