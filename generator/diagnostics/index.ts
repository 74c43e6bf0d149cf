export { SpecError, compareDiagnostics, type Diagnostic, type Severity } from "./diagnostic.js";
export { locateDiagnostics, type LocatePointer } from "./locate.js";
export { diagnosticsToJson, renderDiagnostic, renderDiagnostics } from "./render.js";
