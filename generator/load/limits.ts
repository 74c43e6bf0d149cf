/**
 * Bounds that keep the generator finite on hostile input. A spec past any of them fails with a diagnostic
 * (exit 2) rather than exhausting memory or time.
 */
export const LOAD_LIMITS = {
  /** Largest spec file read (Azure's largest single spec files are a few MB). */
  maxFileBytes: 16 * 1024 * 1024,
  /** Deepest nesting of objects/arrays. */
  maxDepth: 128,
  /** YAML aliases expanded (guards against "billion laughs"). */
  maxAliasCount: 1000,
  /** Longest `$ref` chain followed before it is called a loop. */
  maxRefChain: 64,
} as const;
