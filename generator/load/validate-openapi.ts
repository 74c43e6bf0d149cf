/**
 * Schema validation of the whole document with @readme/openapi-parser (OpenAPI 3.0, 3.1, Swagger 2.0).
 * The parser dereferences while it validates, so it gets a clone; the loaded document is never mutated.
 * Its messages carry a code frame over `JSON.stringify(document, null, 2)`; the framed line is mapped back to
 * a JSON pointer, and from there to the line and column in the user's file.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { appendPointer } from "../util/json-pointer.js";
import type { Locate } from "./source-map.js";
import { isKnownValid, rememberValid, validationKey } from "./validation-cache.js";

/** Checks oagen makes itself, with better locations, are warnings in the parser (no duplicate reports). */
const RULES_CHECKED_BY_OAGEN = {
  "path-parameters-not-in-parameters": "warning",
  "path-parameters-not-in-path": "warning",
} as const;

export async function validateOpenApi(file: string, document: Record<string, unknown>, locate: Locate): Promise<Diagnostic[]> {
  // One hash of the document for the lookup and the entry (hashing 6 MB of JSON is not free).
  const key = validationKey(JSON.stringify(document));
  if (isKnownValid(key)) return [];
  const { validate } = await import("@readme/openapi-parser");
  const forParser = prepareForParser(document);
  let result;
  try {
    result = await validate(forParser as never, {
      resolve: { external: false, http: false } as never,
      validate: { rules: { openapi: RULES_CHECKED_BY_OAGEN, swagger: RULES_CHECKED_BY_OAGEN }, errors: { colorize: false } },
    });
  } catch (error) {
    // The parser dereferences everything while validating; a very deep schema graph exceeds its limits.
    return [
      {
        severity: "error",
        code: "spec-too-complex",
        file,
        pointer: "",
        line: 1,
        column: 1,
        message: `The document cannot be validated: ${String((error as Error).message).split("\n")[0]}.`,
        hint: "Reduce how deeply schemas nest inside each other (name inner schemas and refer to them with $ref).",
      },
    ];
  }
  if (result.valid) {
    rememberValid(key);
    return [];
  }
  let lineToPointer: string[] | undefined;
  return result.errors.map((error) => {
    const { summary, frameLine } = splitFrame(error.message);
    let pointer = "";
    if (frameLine !== undefined) {
      lineToPointer ??= pointersByJsonLine(prepareForParser(document));
      pointer = lineToPointer[frameLine - 1] ?? "";
    }
    return {
      severity: "error" as const,
      code: "invalid-openapi",
      file,
      pointer,
      ...(pointer ? locate(pointer) : {}),
      message: `The document is not valid ${document["swagger"] ? "Swagger 2.0" : "OpenAPI"}: ${summary}.`,
      hint: "Correct the document so it follows the OpenAPI specification for its version.",
    };
  });
}

/** The copy the parser sees (it mutates what it gets): lazy examples removed, named-schema refs opaque. */
function prepareForParser(document: Record<string, unknown>): Record<string, unknown> {
  return opaqueNamedSchemaRefs(stripLazyExamples(structuredClone(document)));
}

/**
 * The parser dereferences the whole document before it checks its structure, so a named schema used twice is
 * walked twice — and a chain of schemas that each use the next one twice is walked 2^n times. The loader has
 * already proved every `$ref` resolves, and each named schema is validated where it is defined; so refs to
 * named schemas are turned into an inert extension key (same shape, same line count) and validation stays
 * linear in the document's size.
 */
function opaqueNamedSchemaRefs(document: Record<string, unknown>): Record<string, unknown> {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const record = node as Record<string, unknown>;
    const ref = record["$ref"];
    if (typeof ref === "string" && (ref.startsWith("#/components/schemas/") || ref.startsWith("#/definitions/"))) {
      const entries = Object.entries(record).map(([k, v]) => [k === "$ref" ? "x-oagen-ref" : k, v] as const);
      for (const key of Object.keys(record)) delete record[key];
      for (const [k, v] of entries) record[k] = v;
    }
    stack.push(...Object.values(record));
  }
  return document;
}

/**
 * `x-ms-examples` values are `$ref`s to example files that a partial checkout may not have; they are
 * loaded lazily by the model, so the parser must not try to resolve them.
 */
function stripLazyExamples(document: Record<string, unknown>): Record<string, unknown> {
  const paths = document["paths"];
  if (paths && typeof paths === "object") {
    for (const item of Object.values(paths as Record<string, unknown>)) {
      if (!item || typeof item !== "object") continue;
      for (const op of Object.values(item as Record<string, unknown>)) {
        if (op && typeof op === "object" && !Array.isArray(op)) delete (op as Record<string, unknown>)["x-ms-examples"];
      }
    }
  }
  return document;
}

function splitFrame(message: string): { summary: string; frameLine?: number } {
  const [first = "", ...rest] = message.split("\n");
  const marked = rest.find((line) => /^>\s*\d+\s*\|/.test(line));
  const summary = first.replace(/^[A-Z]+\s+(?=[a-z])/, "").replace(/[.\s]+$/, "");
  return marked ? { summary, frameLine: Number(/\d+/.exec(marked)![0]) } : { summary };
}

/** For each line of `JSON.stringify(value, null, 2)`, the pointer of the value that line opens. */
function pointersByJsonLine(value: unknown): string[] {
  const lines: string[] = [];
  const visit = (node: unknown, pointer: string): void => {
    lines.push(pointer);
    if (node === null || typeof node !== "object") return;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    const printable = entries.filter(([, v]) => v !== undefined && typeof v !== "function");
    if (printable.length === 0) return;
    for (const [key, child] of printable) visit(child, appendPointer(pointer, key));
    lines.push(pointer); // closing bracket
  };
  visit(value, "#");
  return lines;
}
