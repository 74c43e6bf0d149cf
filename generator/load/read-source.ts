/**
 * Reads a spec file (YAML or JSON: JSON is parsed by the same YAML 1.2 parser, so both get positions) into
 * plain data plus a locator. Problems become diagnostics with the file, a JSON pointer and, once the file has
 * been read, a line and column (1:1 for the file as a whole): unreadable file, too large, syntax error,
 * duplicate keys, and every limit in `limits.ts`, each checked before the work it protects.
 */
import { readFile, stat } from "node:fs/promises";
import type { Document, LineCounter } from "yaml";
import type { Diagnostic } from "../diagnostics/index.js";
import { checkValues } from "./check-values.js";
import { LOAD_LIMITS } from "./limits.js";
import { parseData } from "./parse-data.js";
import { parseYaml } from "./parse-yaml.js";
import { PositionTable } from "./position-table.js";
import { createLocator, locatorFromText, type Locate } from "./source-map.js";

export interface SourceText {
  data: unknown;
  locate: Locate;
  text: string;
}

const WHOLE_FILE = { line: 1, column: 1 };

export async function readSource(file: string, absolutePath: string): Promise<SourceText | Diagnostic[]> {
  const error = (code: string, message: string, hint: string, position?: { line: number; column: number }, pointer = ""): Diagnostic[] => [
    { severity: "error", code, file, pointer, ...position, message, hint },
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
      `The file is ${size} bytes; oagen reads spec files of up to ${LOAD_LIMITS.maxFileBytes} bytes.`,
      "Split the spec into smaller files, or check that this is the file you meant.",
      WHOLE_FILE,
    );
  }
  let text: string;
  try {
    text = await readFile(absolutePath, "utf8");
  } catch (e) {
    return error("unreadable-file", `The file cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}).`, "Check the path and its permissions.");
  }

  // The fast path: data and a table of positions from one pass over the text.
  const fast = parseData(text, LOAD_LIMITS);
  if (fast && !checkValues(fast.data, LOAD_LIMITS)) return { data: fast.data, locate: locatorFromText(text, PositionTable.fromEvents(text, fast.events)), text };

  // Anything the fast path refused is read again by the parser that locates and names each problem.
  let parsed: ReturnType<typeof parseYaml>;
  try {
    parsed = parseYaml(text, LOAD_LIMITS);
  } catch (e) {
    return error("yaml-syntax", `The file cannot be parsed: ${firstLine((e as Error).message)}.`, "Fix the YAML/JSON syntax.", WHOLE_FILE);
  }
  if (!parsed.ok) {
    const at = position(parsed.lines, parsed.offset);
    return parsed.problem === "nesting-too-deep"
      ? error("nesting-too-deep", `The document nests deeper than ${LOAD_LIMITS.maxDepth} levels here.`, "Flatten the structure with named schemas and $ref.", at)
      : error("too-many-aliases", `The document uses more than ${LOAD_LIMITS.maxAliasCount} YAML aliases.`, "Write the content out, or use $ref for repeated schemas.", at);
  }
  const { doc, lines } = parsed;
  if (doc.errors.length > 0) {
    return doc.errors.map((err) => {
      const duplicate = err.code === "DUPLICATE_KEY";
      return {
        severity: "error" as const,
        code: duplicate ? "duplicate-key" : "yaml-syntax",
        file,
        pointer: "",
        ...position(lines, err.pos[0]),
        message: `${duplicate ? "Duplicate key" : "YAML/JSON syntax error"}: ${firstLine(err.message)}.`,
        hint: duplicate ? "Remove or rename one of the two keys." : "Fix the syntax at this line and column.",
      };
    });
  }
  const aliasAt = parsed.firstAliasOffset !== undefined ? position(lines, parsed.firstAliasOffset) : WHOLE_FILE;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LOAD_LIMITS.maxAliasCount });
  } catch (e) {
    return /alias/i.test((e as Error).message)
      ? error("too-many-aliases", `The YAML aliases expand to too much data: ${firstLine((e as Error).message)}.`, "Write the content out, or use $ref for repeated schemas.", aliasAt)
      : error("yaml-syntax", `The document cannot be converted to data: ${firstLine((e as Error).message)}.`, "Fix the YAML/JSON at this place.", aliasAt);
  }
  const locate = createLocator(doc as Document, lines);
  const problem = checkValues(data, LOAD_LIMITS);
  if (problem) return error(problem.code, problem.message, problem.hint, locate(problem.pointer) ?? WHOLE_FILE, problem.pointer);
  return { data, locate, text };
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The parser's first line, without trailing punctuation and short (it can quote a whole line of the file). */
function firstLine(message: string): string {
  const line = message.slice(0, 201).split("\n")[0]!;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line.replace(/[.:]\s*$/, "");
}
