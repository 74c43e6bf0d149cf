export * from "./2024-05-01/index.js";
//# sourceMappingURL=index.d.ts.map
