export { buildIr, type ServiceInput } from "./build-document.js";
export * from "./ir.js";
