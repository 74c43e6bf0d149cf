/**
 * Validation results shared by generated validators, clients and mocks. (Copied verbatim into the generated
 * package as `src/runtime/validation.ts`.)
 */

/** One problem found in a value. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the offending value; "" for the root. */
  path: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `pattern`, `maxLength`, …). */
  keyword: string;
  /** Plain-English message. Never contains the value itself (it may be a secret). */
  message: string;
}

export type ValidationResult<T> = { valid: true; value: T } | { valid: false; errors: ValidationIssue[] };
