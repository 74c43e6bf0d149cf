/**
 * Bounds that keep the generator finite on hostile input. A spec past any of them fails with a diagnostic
 * (exit 2) naming the place, in time and memory proportional to the part of the file read so far — never an
 * out-of-memory crash, a stack overflow or a hang.
 */
export const LOAD_LIMITS = {
  /**
   * Largest spec file read, checked before reading. Azure's largest single spec files are a few MB; a synthetic
   * spec of 5,000 operations (the scale benchmark) is 29 MB of YAML, which must generate.
   */
  maxFileBytes: 48 * 1024 * 1024,
  /**
   * Deepest nesting of objects/arrays, checked while the YAML/JSON is parsed (the parser's composer recurses
   * per level) and again on the data (aliases can nest deeper than the text).
   */
  maxDepth: 128,
  /**
   * YAML aliases (`*name`) per file. YAML's own resolver rescans the document for each alias inside an
   * anchored node, so this also bounds that work; OpenAPI documents rarely use aliases at all.
   */
  maxAliasCount: 100,
  /** Values in the document once aliases are expanded (a 29 MB spec of 5,000 operations has about two million). */
  maxValues: 4_000_000,
  /** Longest single string (a description or key); real descriptions are a few KB. */
  maxStringLength: 1_000_000,
  /** Longest `$ref` chain followed before it is given up on. */
  maxRefChain: 64,
  /** Values of one enum: each is a member of a TypeScript union, and the compiler slows to minutes past ~50,000. */
  maxEnumValues: 10_000,
  /** Other files one spec may reach through `$ref` (Azure's largest closures are a few dozen files). */
  maxReferencedFiles: 256,
  /**
   * Values copied in for refs to places inside other files that are not named definitions (each use is a copy,
   * so nested uses multiply); refs to named definitions are shared and do not count.
   */
  maxInlinedValues: 200_000,
} as const;
