export { loadAndModel, runPipeline, type PipelineConfig, type PipelineResult, type Timings } from "./pipeline.js";
export { discoverSpecFiles, serviceNameFromTitle } from "./discover.js";
