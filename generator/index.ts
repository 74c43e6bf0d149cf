/** oagen's programmatic API: the same functions the CLI calls. */
export { loadAndModel, runPipeline, type PipelineConfig, type PipelineResult } from "./core/index.js";
export { SpecError, type Diagnostic } from "./diagnostics/index.js";
export { diffOutput, writeOutput } from "./write/write-output.js";
export type * from "./model/ir.js";
