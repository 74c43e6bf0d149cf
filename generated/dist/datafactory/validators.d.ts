export * from "./2018-06-01/validators.js";
//# sourceMappingURL=validators.d.ts.map
