export * from "./2024-05-01/mocks.js";
//# sourceMappingURL=mocks.d.ts.map
