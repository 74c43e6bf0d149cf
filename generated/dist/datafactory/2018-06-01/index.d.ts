export * from "./models.js";
export * from "./client.js";
export type { ValidateOptions, ValidationIssue, ValidationResult } from "../../runtime/validation.js";
//# sourceMappingURL=index.d.ts.map
