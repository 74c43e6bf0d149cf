
//# sourceMappingURL=operation.js.map
