/** Stable exit codes (documented in the README; scripts and CI rely on them). */
export const EXIT = {
  ok: 0,
  /** `check`: the output differs from what `generate` would write. */
  stale: 1,
  /** Bad input: unreadable file, invalid YAML/JSON/OpenAPI, dangling $ref, invalid regex, bad arguments. */
  badInput: 2,
  /** Internal error: a bug in oagen (including generated code that does not type-check). */
  internal: 3,
  /** `diff`: non-breaking changes only. */
  nonBreaking: 1,
  /** `diff`: at least one breaking change. */
  breaking: 4,
} as const;
