export * from "./2024-05-01/validators.js";
//# sourceMappingURL=validators.d.ts.map
