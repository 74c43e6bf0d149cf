/**
 * YAML/JSON text → a `yaml` Document, with the limits the parser itself does not keep:
 * - The `yaml` package builds its syntax tree iteratively but composes it recursively, and on deep input
 *   (`[[[[…`, `- - - …`) that recursion takes seconds per MB, gigabytes of memory, and can abort the whole
 *   process inside V8. So the lexemes are fed to the syntax-tree parser one at a time (the package's documented
 *   low-level API) and parsing stops as soon as the parser's open-node stack passes the nesting limit or the
 *   aliases pass theirs; only a bounded tree reaches the composer.
 * - Its `uniqueKeys` check compares every key with every earlier key of its mapping (quadratic: a mapping of
 *   100,000 keys takes minutes), so duplicate keys are found here with a set instead. Keys are compared as the
 *   data will hold them (`1` and `"1"` are the same JSON key).
 */
import { Composer, isMap, isScalar, Lexer, LineCounter, Parser, visit, YAMLParseError, type CST, type Document } from "yaml";

/** Lexeme the lexer emits before a scalar's source (the next lexeme is scalar text, never an alias). */
const SCALAR_MARKER = "\x1f";
/** The parser's stack holds the document and the stream besides one entry per open collection. */
const STACK_OVERHEAD = 2;

export interface YamlLimits {
  maxDepth: number;
  maxAliasCount: number;
}

export type ParsedYaml =
  | { ok: true; doc: Document.Parsed; lines: LineCounter; firstAliasOffset?: number }
  | { ok: false; problem: "nesting-too-deep" | "too-many-aliases"; offset: number; lines: LineCounter };

export function parseYaml(text: string, limits: YamlLimits): ParsedYaml {
  const lines = new LineCounter();
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  const tokens: CST.Token[] = [];
  let aliases = 0;
  let firstAliasOffset: number | undefined;
  let scalarNext = false;
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    if (!scalarNext && lexeme.startsWith("*")) {
      firstAliasOffset ??= offset;
      if (++aliases > limits.maxAliasCount) return { ok: false, problem: "too-many-aliases", offset, lines };
    }
    scalarNext = lexeme === SCALAR_MARKER;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > limits.maxDepth + STACK_OVERHEAD) return { ok: false, problem: "nesting-too-deep", offset, lines };
  }
  for (const token of parser.end()) tokens.push(token);

  const composer = new Composer({ version: "1.2", strict: true, uniqueKeys: false });
  const docs = [...composer.compose(tokens, true, text.length)];
  const doc = docs[0]!;
  const extra = docs[1];
  if (extra) doc.errors.push(new YAMLParseError([extra.range[0], extra.range[1]], "MULTIPLE_DOCS", "the file holds more than one YAML document"));
  if (doc.errors.length === 0) doc.errors.push(...duplicateKeys(doc));
  return { ok: true, doc, lines, ...(firstAliasOffset !== undefined ? { firstAliasOffset } : {}) };
}

function duplicateKeys(doc: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const keys = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value === null ? "" : String(pair.key.value);
        if (keys.has(key)) {
          const at = pair.key.range ?? [0, 0];
          errors.push(new YAMLParseError([at[0], at[1]], "DUPLICATE_KEY", `map keys must be unique; ${JSON.stringify(key.length > 60 ? key.slice(0, 60) + "…" : key)} appears twice`));
        }
        keys.add(key);
      }
    },
  });
  return errors;
}
