export * from "./2023-09-01/index.js";
//# sourceMappingURL=index.d.ts.map
