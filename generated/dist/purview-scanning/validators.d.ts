export * from "./2023-09-01/validators.js";
//# sourceMappingURL=validators.d.ts.map
