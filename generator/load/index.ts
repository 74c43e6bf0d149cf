export { loadSpec, toDisplayPath, type LoadedSpec, type LoadOptions, type SpecFormat } from "./load-spec.js";
export { LOAD_LIMITS } from "./limits.js";
export { defaultSpecRoot } from "./spec-root.js";
export { unknownOperationDiagnostic } from "./select-operations.js";
export type { Locate, SourcePosition } from "./source-map.js";
