/** oagen's programmatic API: the same functions the CLI calls, and `defineConfig` for `oagen.config.ts`. */
export { loadAndModel, runPipeline, type PipelineConfig, type PipelineResult } from "./core/index.js";
export { SpecError, type Diagnostic } from "./diagnostics/index.js";
export { diffOutput, writeOutput } from "./write/write-output.js";
export { OutputStage, type OutputSink } from "./write/stage.js";
export { defineConfig, readConfig, resolvePipelineConfig, validateConfig, type OagenConfig, type OagenServiceConfig } from "./config/index.js";
export { main } from "./cli/main.js";
export type * from "./model/ir.js";
