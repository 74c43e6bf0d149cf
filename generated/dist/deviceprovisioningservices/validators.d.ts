export * from "./2018-01-22/validators.js";
//# sourceMappingURL=validators.d.ts.map
