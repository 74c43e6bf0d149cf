export * from "./2018-06-01/mocks.js";
//# sourceMappingURL=mocks.d.ts.map
