export {};
//# sourceMappingURL=mock-types.js.map
