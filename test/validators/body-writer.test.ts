/**
 * The walker's writer (emit/validators/body-writer.ts) writes what code-block-writer writes for the same calls, on
 * random statements full of what its indentation depends on: quotes, template literals with `${…}`, comments,
 * regular expressions, backslashes and braces, nested in blocks.
 */
import fc from "fast-check";
import { CodeBlockWriter } from "ts-morph";
import { describe, expect, it } from "vitest";
import { BodyWriter, type BlockWriter } from "../../generator/emit/validators/body-writer.ts";

type Op = { line: string } | { head: string; body: Op[] };

function run(w: BlockWriter, ops: readonly Op[]): void {
  for (const op of ops) {
    if ("line" in op) w.writeLine(op.line);
    else w.write(op.head).block(() => run(w, op.body));
  }
}

const piece = fc.constantFrom('"', "'", "`", "${", "}", "{", "/", "*", "\\", "//", "/*", "*/", "/a/", "$", " ", "x", "\n", "\r\n", "return", "(", ")", ";");
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
const { ops } = fc.letrec((tie) => ({
  ops: fc.array(tie("op"), { maxLength: 5 }) as fc.Arbitrary<Op[]>,
  op: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.record({ line: text }), fc.record({ head: text, body: tie("ops") as fc.Arbitrary<Op[]> })),
}));

describe("BodyWriter", () => {
  it("writes what code-block-writer writes for the same calls", () => {
    fc.assert(
      fc.property(ops, (list) => {
        const reference = new CodeBlockWriter({ indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false });
        const ours = new BodyWriter();
        run(reference, list);
        run(ours, list);
        expect(ours.toString()).toBe(reference.toString());
      }),
      { numRuns: 3000 },
    );
  });

  it("indents a block's lines, but not the lines of a template literal that spans them", () => {
    const w = new BodyWriter();
    w.write("if (a)").block(() => {
      w.writeLine("const t = `x");
      w.writeLine("y`;");
      w.writeLine('f("}");');
    });
    w.writeLine("return true;");
    expect(w.toString()).toBe('if (a) {\n  const t = `x\ny`;\n  f("}");\n}\nreturn true;\n');
  });
});
