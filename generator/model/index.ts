export { buildIr, type ServiceInput, type ServiceSettings } from "./build-document.js";
export * from "./ir.js";
