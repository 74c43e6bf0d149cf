/**
 * The loaded data, checked once, iteratively (no recursion, so no stack overflow), before any other stage
 * walks it: nesting depth, the number of values once YAML aliases are expanded (aliases share objects, so a
 * small file can stand for an enormous document), aliases that contain themselves, string length, and numbers
 * JSON cannot hold (YAML's `.inf`, `.nan`). Stops at the first problem, so the work is bounded by the limits.
 */
import { pointerFromTokens } from "../util/json-pointer.js";

export interface ValueLimits {
  maxDepth: number;
  maxValues: number;
  maxStringLength: number;
}

export interface ValueProblem {
  code: "nesting-too-deep" | "document-too-large" | "recursive-alias" | "string-too-long" | "non-json-number";
  pointer: string;
  message: string;
  hint: string;
}

interface Frame {
  /** Always an object or array: scalars are checked where their container is visited. */
  value: object;
  key: string | undefined;
  parent: Frame | undefined;
  depth: number;
}

export function checkValues(root: unknown, limits: ValueLimits): ValueProblem | undefined {
  const seen = new Set<object>();
  const stack: Frame[] = [];
  let count = 0;
  /** Counts and checks one value (scalars here, containers queued); a problem when one is found. */
  const visit = (value: unknown, key: string | number | undefined, parent: Frame | undefined): ValueProblem | undefined => {
    const code = ++count > limits.maxValues ? "document-too-large" : scalarCode(value, key, limits);
    if (code !== undefined) return scalarProblem(code, value, { value: {}, key: key === undefined ? undefined : String(key), parent, depth: 0 }, limits);
    if (value !== null && typeof value === "object") {
      stack.push({ value, key: key === undefined ? undefined : String(key), parent, depth: parent ? parent.depth + 1 : 0 });
    }
    return undefined;
  };
  let found = visit(root, undefined, undefined);
  while (!found && stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (frame.depth >= limits.maxDepth) {
      return problem(frame, "nesting-too-deep", `The document nests deeper than ${limits.maxDepth} levels here.`, "Flatten the structure with named schemas and $ref.");
    }
    if (seen.has(value) && isAncestor(value, frame.parent)) {
      return problem(frame, "recursive-alias", "This YAML alias refers to a node that contains it, so the data would be infinite.", "Remove the alias; use $ref for recursive schemas.");
    }
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !found; i++) found = visit(value[i], i, frame);
    } else {
      for (const key of Object.keys(value)) {
        found = visit((value as Record<string, unknown>)[key], key, frame);
        if (found) break;
      }
    }
  }
  return found;
}

type ScalarCode = "document-too-large" | "string-too-long" | "non-json-number";

function scalarCode(value: unknown, key: string | number | undefined, limits: ValueLimits): ScalarCode | undefined {
  if (typeof key === "string" && key.length > limits.maxStringLength) return "string-too-long";
  if (typeof value === "string" && value.length > limits.maxStringLength) return "string-too-long";
  if (typeof value === "number" && !Number.isFinite(value)) return "non-json-number";
  return undefined;
}

function scalarProblem(code: ScalarCode, value: unknown, at: Frame, limits: ValueLimits): ValueProblem {
  switch (code) {
    case "document-too-large":
      return problem(at, code, `With its YAML aliases expanded, the document holds more than ${limits.maxValues} values.`, "Use fewer aliases (write repeated schemas once under components and refer to them with $ref).");
    case "string-too-long": {
      const text = typeof value === "string" && value.length > limits.maxStringLength ? "This string" : "This key";
      const length = typeof value === "string" && value.length > limits.maxStringLength ? value.length : at.key!.length;
      return problem(at, code, `${text} is ${length} characters long; oagen accepts strings of up to ${limits.maxStringLength}.`, "Shorten it, or check that this is the file you meant.");
    }
    case "non-json-number":
      return problem(at, code, `${String(value)} is not a JSON number (OpenAPI documents are JSON data).`, "Write a finite number, or leave the keyword out.");
  }
}

function isAncestor(value: object, frame: Frame | undefined): boolean {
  for (let f = frame; f; f = f.parent) if (f.value === value) return true;
  return false;
}

function problem(frame: Frame, code: ValueProblem["code"], message: string, hint: string): ValueProblem {
  const tokens: string[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) tokens.push(f.key);
  return { code, pointer: pointerFromTokens(tokens.reverse()), message, hint };
}
