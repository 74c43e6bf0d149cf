/**
 * The reference for oagen's declaration emit: TypeScript's own `transpileDeclaration` (isolated declarations) of
 * each `src/**.ts` file, compared with the `.d.ts` oagen wrote, token by token: whitespace and indentation are
 * free, every token and every comment's words must match, except two spellings of the same declaration — a member
 * of a type literal may end without `;` before its `}`, and a class member may keep its `override` modifier
 * (TypeScript drops it; a declaration file may have it). A string literal is compared by its value (`"\u003c"` and
 * `"<"` are one string), and `<\/` in a comment (oxc escapes `</script` wherever it prints it) reads as `</`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { listFiles } from "../hostile/support/generated-package.ts";

export interface DeclarationMismatch {
  file: string;
  /** The first differing token, TypeScript's then oagen's, with a little context. */
  expected: string;
  actual: string;
}

function tokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    const token = scanner.getTokenText();
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia && token.startsWith("//# sourceMappingURL=")) continue;
    // A comment's line breaks and indentation (`*` columns) are layout.
    if (kind === ts.SyntaxKind.OverrideKeyword) continue;
    if (kind === ts.SyntaxKind.StringLiteral) {
      out.push(JSON.stringify(scanner.getTokenValue()));
      continue;
    }
    if (kind === ts.SyntaxKind.CloseBraceToken && out.at(-1) === ";") out.pop();
    out.push(kind === ts.SyntaxKind.MultiLineCommentTrivia ? token.replace(/\n\s*\*(?!\/)/g, "\n").replace(/\s+/g, " ").replaceAll("<\\/", "</") : token);
  }
  return out;
}

/** Every `src/**.ts` of the package at `root` whose `dist/**.d.ts` differs from TypeScript's, and how many were compared. */
export function compareDeclarations(root: string): { compared: number; mismatches: DeclarationMismatch[] } {
  const files = listFiles(path.join(root, "src")).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  const mismatches: DeclarationMismatch[] = [];
  for (const file of files) {
    const relative = path.relative(path.join(root, "src"), file).split(path.sep).join("/");
    const reference = ts.transpileDeclaration(readFileSync(file, "utf8"), {
      fileName: `src/${relative}`,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, isolatedDeclarations: true },
    });
    const expected = tokens(reference.outputText);
    const actual = tokens(readFileSync(path.join(root, "dist", relative.replace(/\.ts$/, ".d.ts")), "utf8"));
    const at = expected.findIndex((token, i) => token !== actual[i]);
    const index = at === -1 && actual.length !== expected.length ? expected.length : at;
    if (index !== -1) {
      const around = (list: string[]) => list.slice(Math.max(0, index - 6), index + 6).join(" ");
      mismatches.push({ file: relative, expected: around(expected), actual: around(actual) });
    }
  }
  return { compared: files.length, mismatches };
}
