/**
 * Specs that would make the generator or its output unbounded, written at test time (a 50 MB file is not
 * something to commit). Each case names the diagnostic code the CLI must answer with.
 */
import { closeSync, openSync, writeSync } from "node:fs";

export interface LimitCase {
  name: string;
  code: string;
  /** Writes the spec to `file`. */
  write: (file: string) => void;
}

const HEAD = 'openapi: 3.1.0\ninfo: {title: Limits, version: "2024-01-01"}\nservers: [{url: "https://management.azure.com"}]\n';
const OPERATION = `paths:
  /things:
    get:
      operationId: Things_Get
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/S0"}
`;

/** Streams `parts` to `file` without building the whole text in memory. */
function writeParts(file: string, parts: Iterable<string>): void {
  const fd = openSync(file, "w");
  try {
    for (const part of parts) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
}

function* repeat(text: string, times: number): Generator<string> {
  const chunk = text.repeat(Math.max(1, Math.floor(65_536 / text.length)));
  const perChunk = chunk.length / text.length;
  let left = times;
  for (; left >= perChunk; left -= perChunk) yield chunk;
  yield text.repeat(left);
}

export const LIMIT_CASES: LimitCase[] = [
  {
    name: "a 50 MB description",
    code: "file-too-large",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n    S0:\n      type: string\n      description: '", ...repeat("*/ globalThis.__pwned = 1; /* ", 1_750_000), "'\n"]),
  },
  {
    name: "a 2 MB description",
    code: "string-too-long",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n    S0:\n      type: string\n      description: '", ...repeat("x", 2_000_000), "'\n"]),
  },
  {
    name: "10,000-deep nesting in flow style",
    code: "nesting-too-deep",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n    S0: ", ...repeat("{type: array, items: ", 10_000), "{type: string}", ...repeat("}", 10_000), "\n"]),
  },
  {
    name: "10,000-deep nesting in JSON",
    code: "nesting-too-deep",
    write: (f) => writeParts(f, ['{"openapi":"3.1.0","info":{"title":"Limits","version":"1"},"paths":{},"x-deep":', ...repeat("[", 10_000), ...repeat("]", 10_000), "}"]),
  },
  {
    // Indentation grows with depth, so 10,000 levels would be a 50 MB file; 2,000 are 2 MB.
    name: "2,000-deep nesting in block style",
    code: "nesting-too-deep",
    write: (f) => writeParts(f, [HEAD, "paths: {}\nx-deep:\n", ...Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i + 1)}-\n`), `${" ".repeat(2_002)}x\n`]),
  },
  {
    name: "1,000,000 compact nested sequences",
    code: "nesting-too-deep",
    write: (f) => writeParts(f, [HEAD, "paths: {}\nx-deep:\n  ", ...repeat("- ", 1_000_000), "x\n"]),
  },
  {
    name: "a $ref loop",
    code: "ref-loop",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n    S0: {$ref: '#/components/schemas/S1'}\n    S1: {$ref: '#/components/schemas/S0'}\n"]),
  },
  {
    name: "a $ref chain of 10,000 links",
    code: "ref-chain-too-long",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n", ...Array.from({ length: 10_000 }, (_, i) => `    S${i}: {$ref: '#/components/schemas/S${i + 1}'}\n`), "    S10000: {type: string}\n"]),
  },
  {
    name: "a $ref chain of 10,000 links that loops",
    code: "ref-loop",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n", ...Array.from({ length: 10_000 }, (_, i) => `    S${i}: {$ref: '#/components/schemas/S${(i + 1) % 10_000}'}\n`)]),
  },
  {
    name: "100,000 YAML aliases",
    code: "too-many-aliases",
    write: (f) => writeParts(f, [HEAD, "paths: {}\nx-anchor: &a {type: string}\nx-uses:\n", ...repeat("  - *a\n", 100_000)]),
  },
  {
    name: "a billion laughs",
    code: "too-many-aliases",
    write: (f) =>
      writeParts(f, [HEAD, "paths: {}\n", "x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n", ...Array.from({ length: 9 }, (_, i) => `x-l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(", ")}]\n`)]),
  },
  {
    name: "few aliases of a large node (expands past the value limit)",
    code: "document-too-large",
    write: (f) => writeParts(f, [HEAD, "paths: {}\nx-big: &big [", ...repeat("v, ", 50_000), "v]\nx-uses: [", Array(90).fill("*big").join(", "), "]\n"]),
  },
  {
    name: "an alias inside its own anchor",
    code: "recursive-alias",
    write: (f) => writeParts(f, [HEAD, "paths: {}\nx-self: &self {items: [*self]}\n"]),
  },
  {
    name: "a number JSON cannot hold",
    code: "non-json-number",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n    S0: {type: number, maximum: .inf}\n"]),
  },
  {
    name: "a duplicate among 100,000 keys",
    code: "duplicate-key",
    write: (f) => writeParts(f, [HEAD, "paths: {}\nx-keys:\n", ...Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1\n`), "  k7: 2\n"]),
  },
  {
    name: "an enum of 20,000 values",
    code: "enum-too-large",
    write: (f) => writeParts(f, [HEAD, OPERATION, "components:\n  schemas:\n    S0:\n      type: string\n      enum:\n", ...Array.from({ length: 20_000 }, (_, i) => `        - v${i}\n`)]),
  },
];

/** A valid spec: schema `Ci` is `allOf: [Ci+1, Ci+1]`, so naive recursion does 2^n work. */
export function writeCompositionChain(file: string, schemas: number): void {
  writeParts(file, [
    HEAD,
    OPERATION,
    "components:\n  schemas:\n",
    ...Array.from({ length: schemas }, (_, i) => `    S${i}: {allOf: [{$ref: "#/components/schemas/S${i + 1}"}, {$ref: "#/components/schemas/S${i + 1}"}]}\n`),
    `    S${schemas}: {type: object, properties: {end: {type: boolean}}}\n`,
  ]);
}
