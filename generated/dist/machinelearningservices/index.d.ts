export * from "./2024-10-01/index.js";
//# sourceMappingURL=index.d.ts.map
