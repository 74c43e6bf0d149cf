export { buildIr, DEFAULT_PACKAGE, type ServiceInput, type ServiceSettings } from "./build-document.js";
export * from "./ir.js";
export { endPatternSafetyPrefetch } from "./regex-safety.js";
export { prefetchSafetyOf } from "./regex-safety-prefetch.js";
