export * from "./2018-06-01/index.js";
//# sourceMappingURL=index.d.ts.map
