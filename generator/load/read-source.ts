/**
 * Reads a spec file (YAML or JSON: JSON is parsed by the same YAML 1.2 parser, so both get positions) into
 * plain data plus a locator. Problems become diagnostics: unreadable file, too large, syntax error, duplicate
 * keys, too many aliases, nesting too deep.
 */
import { readFile, stat } from "node:fs/promises";
import { LineCounter, parseDocument } from "yaml";
import type { Diagnostic } from "../diagnostics/index.js";
import { LOAD_LIMITS } from "./limits.js";
import { createLocator, type Locate } from "./source-map.js";

export interface SourceText {
  data: unknown;
  locate: Locate;
  text: string;
}

export async function readSource(file: string, absolutePath: string): Promise<SourceText | Diagnostic[]> {
  const error = (code: string, message: string, hint?: string, line?: number, column?: number): Diagnostic[] => [
    { severity: "error", code, file, pointer: "", message, ...(hint ? { hint } : {}), ...(line ? { line, column: column ?? 1 } : {}) },
  ];
  let size: number;
  try {
    const info = await stat(absolutePath);
    if (!info.isFile()) return error("unreadable-file", "This path is not a file.", "Pass a .yaml, .yml or .json spec file or a folder of them.");
    size = info.size;
  } catch (e) {
    return error("unreadable-file", `The file cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}).`, "Check the path and its permissions.");
  }
  if (size > LOAD_LIMITS.maxFileBytes) {
    return error(
      "file-too-large",
      `The file is ${size} bytes; oagen reads spec files up to ${LOAD_LIMITS.maxFileBytes} bytes.`,
      "Split the spec into smaller files, or check that this is the file you meant.",
    );
  }
  let text: string;
  try {
    text = await readFile(absolutePath, "utf8");
  } catch (e) {
    return error("unreadable-file", `The file cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}).`, "Check the path and its permissions.");
  }
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, version: "1.2" });
  } catch (e) {
    return error("yaml-syntax", `The file cannot be parsed: ${(e as Error).message}.`, "Fix the YAML/JSON syntax.");
  }
  if (doc.errors.length > 0) {
    return doc.errors.map((err) => {
      const pos = lines.linePos(err.pos[0]);
      return {
        severity: "error" as const,
        code: err.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
        file,
        pointer: "",
        line: pos.line,
        column: pos.col,
        message: `${err.code === "DUPLICATE_KEY" ? "Duplicate key" : "YAML/JSON syntax error"}: ${firstLine(err.message)}.`,
        hint: err.code === "DUPLICATE_KEY" ? "Remove or rename one of the two keys." : "Fix the syntax at this line and column.",
      };
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LOAD_LIMITS.maxAliasCount });
  } catch (e) {
    return error("yaml-syntax", `The document cannot be converted to data: ${firstLine((e as Error).message)}.`, "Remove excessive or recursive YAML aliases.");
  }
  const depth = maxDepth(data, LOAD_LIMITS.maxDepth + 1);
  if (depth > LOAD_LIMITS.maxDepth) {
    return error("nesting-too-deep", `The document nests deeper than ${LOAD_LIMITS.maxDepth} levels.`, "Flatten the structure with named schemas and $ref.");
  }
  return { data, locate: createLocator(doc, lines), text };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/[.:]\s*$/, "");
}

/** Depth of nesting, stopping as soon as `limit` is reached (iterative: no stack overflow on hostile input). */
function maxDepth(root: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest >= limit) return deepest;
    if (node !== null && typeof node === "object") {
      for (const child of Object.values(node)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
