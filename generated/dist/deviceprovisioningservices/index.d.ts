export * from "./2018-01-22/index.js";
//# sourceMappingURL=index.d.ts.map
