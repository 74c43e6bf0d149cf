/**
 * Verbatim statements (emit/verbatim.ts): finished module-level text skips ts-morph's writer and lands in the
 * printed file exactly as the writer would have written it.
 */
import { describe, expect, it } from "vitest";
import type { WriterFunction } from "ts-morph";
import { printUnit } from "../../generator/emit/print.ts";
import { verbatim } from "../../generator/emit/verbatim.ts";

// A spec's text reaches a check body only inside escaped literals: a backtick or a brace there changes nothing.
const FUNCTION = 'function $check_A(value: unknown): boolean {\n  if (typeof value !== "string") return false;\n  const s = "$1 $& {} `x` \\n";\n  if (s !== "") {\n    return c.add(path + "/a`b", "type", "must be a `string`");\n  }\n\n  return true;\n}';

function print(statements: (string | WriterFunction)[]): string {
  return printUnit({ kind: "source", path: "src/x.ts", specFile: "x.yaml", structure: { statements } }).contents;
}

describe("verbatim statements", () => {
  it("print as the writer prints the same text, between ordinary statements", () => {
    const asText = (w: Parameters<WriterFunction>[0]) => {
      w.blankLineIfLastNot();
      w.write(FUNCTION);
      w.newLine();
    };
    const asVerbatim = (w: Parameters<WriterFunction>[0]) => {
      w.blankLineIfLastNot();
      verbatim(FUNCTION)(w);
      w.newLine();
    };
    const viaWriter = print(["const a = 1;", asText, asText, "const b = 2;"]);
    expect(print(["const a = 1;", asVerbatim, asVerbatim, "const b = 2;"])).toBe(viaWriter);
    // `$1`, `$&` in the text are not replacement patterns, and no marker is left.
    expect(viaWriter).toContain('const s = "$1 $& {} `x` \\n";');
    expect(print([asVerbatim])).not.toContain("\u0000");
  });

  it("indented line by line, are what the writer's block makes of a check body (emit/validators.ts relies on it)", () => {
    const body = 'if (typeof value !== "string") return c.add(path + "/a`b{", "type", "must be a `string`");\nfor (const k in o) {\n  if (k === "}") return false;\n}\nreturn true;\n';
    const signature = "function $check_B(value: unknown, path: string, c: $rt.Issues): boolean";
    const viaBlock = print([(w) => void w.write(signature).block(() => w.write(body))]);
    const indented = print([
      (w) => {
        verbatim(`${signature} {\n${body.replace(/^(?=.)/gm, "  ")}}`)(w);
        w.newLine();
      },
    ]);
    expect(indented).toBe(viaBlock);
  });

  it("go through the writer below module level, where lines need the block's indentation", () => {
    const nested = (w: Parameters<WriterFunction>[0]) => {
      w.write("namespace N").block(() => verbatim("const x = {\n  a: 1,\n};")(w));
    };
    expect(print([nested])).toContain("namespace N {\n  const x = {\n    a: 1,\n  };\n}");
  });

  it("write their text through the writer when printed outside printUnit", () => {
    const written: string[] = [];
    verbatim("text")({ getIndentationLevel: () => 0, write: (t: string) => written.push(t) } as never);
    expect(written).toEqual(["text"]);
  });
});
