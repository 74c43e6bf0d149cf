/**
 * load: spec file → a validated document with internal `$ref`s kept (named schemas stay named, cycles
 * survive), its format, and a locator for diagnostics. The only stage that reads spec files.
 *
 * Order: read the root file, check its local refs, keep the chosen operations (`--operation`), bundle what they
 * reach from other files (confined to the spec root, bundle.ts), load their `x-ms-examples` lazily, check
 * path parameters on the bundle (so parameters from common-types count), then validate the bundle.
 */
import path from "node:path";
import { SpecError, type Diagnostic } from "../diagnostics/index.js";
import { locateDiagnostics } from "../diagnostics/locate.js";
import { checkPathParameters } from "./check-paths.js";
import { checkRefs } from "./check-refs.js";
import { readSource } from "./read-source.js";
import type { Locate } from "./source-map.js";
import { validateOpenApi } from "./validate-openapi.js";
import { bundleSpec } from "./bundle.js";
import { loadExamples } from "./examples.js";
import { selectOperations } from "./select-operations.js";
import { defaultSpecRoot } from "./spec-root.js";

export type SpecFormat = "openapi-3.1" | "openapi-3.0" | "swagger-2.0";

export interface LoadedSpec {
  /** Path as given (relative to the working directory when possible), `/`-separated. */
  file: string;
  absolutePath: string;
  format: SpecFormat;
  /** The document; treat as read-only. */
  document: Readonly<Record<string, unknown>>;
  locate: Locate;
  warnings: Diagnostic[];
  /** Named-schema id → the name the spec wrote, where the bundle had to change it (invalid or taken name). */
  originalNames: Readonly<Record<string, string>>;
  /** The folder `$ref`s may read from (absolute). */
  specRoot: string;
  /** With `operations`: the chosen operation ids this file does not define. */
  missingOperations: string[];
  /** With `operations`: every operationId the file defines (for "did you mean"). */
  availableOperations: string[];
  /** Other files the bundle read through `$ref` (absolute paths, sorted): inputs of the output like the spec itself. */
  referencedFiles: string[];
}

export interface LoadOptions {
  /** The folder `$ref`s may read from; default: see spec-root.ts. */
  specRoot?: string;
  /** Only these operations (by operationId) and what they reach; default: every operation. */
  operations?: readonly string[];
}

export async function loadSpec(file: string, cwd = process.cwd(), options: LoadOptions = {}): Promise<LoadedSpec> {
  const absolutePath = path.resolve(cwd, file);
  const display = toDisplayPath(absolutePath, cwd);
  const specRoot = options.specRoot ? path.resolve(cwd, options.specRoot) : defaultSpecRoot(absolutePath);
  const source = await readSource(display, absolutePath);
  if (Array.isArray(source)) throw new SpecError(source);
  const { data, locate } = source;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new SpecError([
      { severity: "error", code: "not-openapi", file: display, pointer: "", message: "The file does not hold an OpenAPI document (its top level is not a mapping).", hint: "Pass an OpenAPI 3.x or Swagger 2.0 document." },
    ]);
  }
  const root = data as Record<string, unknown>;
  const format = detectFormat(display, root, locate);

  const refs = checkRefs(display, root, locate);
  if (refs.diagnostics.length > 0) throw new SpecError(locateDiagnostics(refs.diagnostics, () => locate));

  const selection = options.operations ? selectOperations(root, options.operations) : undefined;
  const displayOf = (p: string) => toDisplayPath(p, cwd);
  const rootFile = { absolutePath, display, data: root, locate };
  const bundled = await bundleSpec({ root: rootFile, specRoot, display: displayOf, ...(selection ? { operationPointers: selection.pointers } : {}) });
  const exampleDiagnostics = await loadExamples(bundled.document, rootFile, specRoot, displayOf);
  const problems = [...bundled.diagnostics, ...exampleDiagnostics];
  const errors = problems.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new SpecError(errors);
  const warnings = problems.filter((d) => d.severity === "warning");
  const document = bundled.document;

  const early = [...checkRefs(display, document, locate).diagnostics, ...checkPathParameters(display, document, locate)];
  if (early.length > 0) throw new SpecError(locateDiagnostics(early, () => locate));

  const invalid = await validateOpenApi(display, document, locate);
  if (invalid.length > 0) throw new SpecError(locateDiagnostics(invalid, () => locate));

  return {
    file: display,
    absolutePath,
    format,
    document: deepFreeze(document),
    locate,
    warnings,
    originalNames: bundled.originalNames,
    specRoot,
    missingOperations: selection?.missing ?? [],
    availableOperations: selection?.available ?? [],
    referencedFiles: bundled.files,
  };
}

function detectFormat(file: string, document: Record<string, unknown>, locate: Locate): SpecFormat {
  const openapi = document["openapi"];
  const swagger = document["swagger"];
  if (typeof openapi === "string" && /^3\.1\.\d+$/.test(openapi)) return "openapi-3.1";
  if (typeof openapi === "string" && /^3\.0\.\d+$/.test(openapi)) return "openapi-3.0";
  if (swagger === "2.0") return "swagger-2.0";
  const pointer = openapi !== undefined ? "#/openapi" : swagger !== undefined ? "#/swagger" : "";
  throw new SpecError([
    {
      severity: "error",
      code: "unsupported-version",
      file,
      pointer,
      ...(pointer ? locate(pointer) : {}),
      message:
        openapi !== undefined || swagger !== undefined
          ? `Unsupported version ${JSON.stringify(openapi ?? swagger)}.`
          : "The document has neither an `openapi` nor a `swagger` field.",
      hint: 'oagen reads OpenAPI 3.1 (`openapi: 3.1.0`), OpenAPI 3.0 (`openapi: 3.0.3`) and Swagger 2.0 (`swagger: "2.0"`).',
    },
  ]);
}

export function toDisplayPath(absolutePath: string, cwd: string): string {
  const rel = path.relative(cwd, absolutePath);
  const chosen = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : absolutePath;
  return chosen.split(path.sep).join("/");
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
