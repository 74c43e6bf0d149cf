export { loadSpec, toDisplayPath, type LoadedSpec, type SpecFormat } from "./load-spec.js";
export { LOAD_LIMITS } from "./limits.js";
export type { Locate, SourcePosition } from "./source-map.js";
