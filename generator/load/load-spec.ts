/**
 * load: spec file → a validated document with internal `$ref`s kept (named schemas stay named, cycles
 * survive), its format, and a locator for diagnostics. The only stage that reads spec files.
 */
import path from "node:path";
import { SpecError, type Diagnostic } from "../diagnostics/index.js";
import { locateDiagnostics } from "../diagnostics/locate.js";
import { checkPathParameters } from "./check-paths.js";
import { checkRefs } from "./check-refs.js";
import { readSource } from "./read-source.js";
import type { Locate } from "./source-map.js";
import { validateOpenApi } from "./validate-openapi.js";

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
}

export async function loadSpec(file: string, cwd = process.cwd()): Promise<LoadedSpec> {
  const absolutePath = path.resolve(cwd, file);
  const display = toDisplayPath(absolutePath, cwd);
  const source = await readSource(display, absolutePath);
  if (Array.isArray(source)) throw new SpecError(source);
  const { data, locate } = source;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new SpecError([
      { severity: "error", code: "not-openapi", file: display, pointer: "", message: "The file does not hold an OpenAPI document (its top level is not a mapping).", hint: "Pass an OpenAPI 3.x or Swagger 2.0 document." },
    ]);
  }
  let document = data as Record<string, unknown>;
  const format = detectFormat(display, document, locate);

  const refs = checkRefs(display, document, locate);
  const early = [...refs.diagnostics, ...checkPathParameters(display, document, locate)];
  if (early.length > 0) throw new SpecError(locateDiagnostics(early, () => locate));

  if (refs.externalRefs.length > 0) document = await bundleExternal(display, absolutePath, refs.externalRefs);

  const invalid = await validateOpenApi(display, document, locate);
  if (invalid.length > 0) throw new SpecError(locateDiagnostics(invalid, () => locate));

  return { file: display, absolutePath, format, document: deepFreeze(document), locate, warnings: [] };
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

async function bundleExternal(file: string, absolutePath: string, externalRefs: string[]): Promise<Record<string, unknown>> {
  try {
    const { bundle } = await import("@readme/openapi-parser");
    return (await bundle(absolutePath, { resolve: { external: true, http: false } as never })) as unknown as Record<string, unknown>;
  } catch (e) {
    throw new SpecError([
      {
        severity: "error",
        code: "unresolvable-ref",
        file,
        pointer: "",
        message: `A reference to another file cannot be resolved (${externalRefs.slice(0, 3).join(", ")}${externalRefs.length > 3 ? ", …" : ""}): ${String((e as Error).message).split("\n")[0]}.`,
        hint: "Make sure every referenced file exists next to the spec, or inline the definitions.",
      },
    ]);
  }
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
