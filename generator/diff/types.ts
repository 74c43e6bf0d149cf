/**
 * The shapes of `oagen diff`: one `Change` per difference between two IRs, each classified for a TypeScript
 * caller of the generated package. `--json` prints a `DiffReport` (documented in docs/diff.md; bump
 * `DIFF_FORMAT_VERSION` on any breaking change of these shapes).
 */

export const DIFF_FORMAT_VERSION = 1;

/** Every change class `oagen diff` reports (docs/diff.md lists when each is breaking). */
export const CHANGE_CODES = [
  "service-added",
  "service-removed",
  "default-api-version-changed",
  "operation-added",
  "operation-removed",
  "operation-renamed",
  "path-changed",
  "method-changed",
  "parameter-added",
  "parameter-removed",
  "parameter-moved",
  "parameter-required-changed",
  "pattern-changed",
  "enum-value-added",
  "enum-value-removed",
  "enum-extensibility-changed",
  "constraint-narrowed",
  "constraint-widened",
  "property-added",
  "property-removed",
  "property-required-changed",
  "type-changed",
  "nullable-changed",
  "secret-changed",
  "error-model-changed",
  "response-added",
  "response-removed",
  "paging-changed",
  "lro-changed",
  "schema-added",
  "schema-removed",
] as const;

export type ChangeCode = (typeof CHANGE_CODES)[number];

export type Severity = "breaking" | "non-breaking";

/** How the caller meets a value: sends it (`request`), receives it (`response`), or both (a shared type). */
export type Direction = "request" | "response" | "both";

export type SemverBump = "major" | "minor" | "patch" | "none";

export interface ChangeSubject {
  /** `operation`: named by its operationId; `schema`: by its TypeScript type name; `client`: the client options. */
  kind: "service" | "client" | "operation" | "schema";
  name: string;
}

/** Where a change sits in one of the two specs. */
export interface ChangeSide {
  /** Spec file (as the service records it). */
  file: string;
  /** JSON pointer in that spec; for an added or removed item, the pointer of its parent on the side without it. */
  pointer: string;
  /** The value on this side (a pattern, an enum value, a bound, a type), when the change has one. */
  value?: unknown;
}

/** A difference before classification (what compare-*.ts find). */
export interface RawChange {
  code: ChangeCode;
  subject: ChangeSubject;
  /** Dotted path inside the subject: `body.keyName`, `parameters.factoryName`, `properties.authKey2`, `` for the subject itself. */
  path: string;
  direction: Direction;
  old?: { pointer: string; value?: unknown };
  new?: { pointer: string; value?: unknown };
  /** Code-specific facts the classifier reads (`required`, `keyword`, `extensible`, …). */
  facts?: Record<string, string | number | boolean>;
}

export interface Change {
  code: ChangeCode;
  severity: Severity;
  /** The semver step this change alone needs. */
  bump: Exclude<SemverBump, "none">;
  service: string;
  subject: ChangeSubject;
  path: string;
  direction: Direction;
  /** One sentence for people. */
  message: string;
  old?: ChangeSide;
  new?: ChangeSide;
  facts?: Record<string, string | number | boolean>;
}

/** What `oagen diff --json` prints. */
export interface DiffReport {
  oagenDiff: typeof DIFF_FORMAT_VERSION;
  old: DiffSide;
  new: DiffSide;
  changes: Change[];
  summary: { breaking: number; nonBreaking: number; bump: SemverBump };
}

export interface DiffSide {
  /** The input as given (file or folder). */
  input: string;
  services: { name: string; apiVersion: string; specFile: string }[];
}
