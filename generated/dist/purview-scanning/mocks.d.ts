export * from "./2023-09-01/mocks.js";
//# sourceMappingURL=mocks.d.ts.map
