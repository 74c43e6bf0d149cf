
//# sourceMappingURL=mock-types.js.map
