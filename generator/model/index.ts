export { buildIr, DEFAULT_PACKAGE, type ServiceInput, type ServiceSettings } from "./build-document.js";
export * from "./ir.js";
