export type * from "./models.js";
export type { ValidationIssue, ValidationResult } from "../runtime/validation.js";
