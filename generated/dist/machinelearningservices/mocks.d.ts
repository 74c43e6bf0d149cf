export * from "./2024-10-01/mocks.js";
//# sourceMappingURL=mocks.d.ts.map
