export * from "./2018-01-22/mocks.js";
//# sourceMappingURL=mocks.d.ts.map
