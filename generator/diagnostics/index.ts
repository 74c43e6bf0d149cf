export { SpecError, compareDiagnostics, type Diagnostic, type Severity } from "./diagnostic.js";
export { diagnosticsToJson, renderDiagnostic, renderDiagnostics } from "./render.js";
