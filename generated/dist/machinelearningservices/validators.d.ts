export * from "./2024-10-01/validators.js";
//# sourceMappingURL=validators.d.ts.map
