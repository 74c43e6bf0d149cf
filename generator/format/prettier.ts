/**
 * format: prettier, once per file, in memory, with a pinned configuration (no config file lookup, so the
 * output does not depend on the machine or the folder it is generated into).
 */
import * as prettier from "prettier";
import type { TextUnit } from "../emit/index.js";

export const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: 110,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
};

function parserFor(path: string): string | undefined {
  if (path.startsWith("src/runtime/")) return undefined; // runtime files are copied verbatim
  if (path.endsWith(".ts")) return "typescript";
  if (path.endsWith(".json")) return "json";
  if (path.endsWith(".md")) return "markdown";
  return undefined;
}

export async function formatUnits(units: readonly TextUnit[]): Promise<TextUnit[]> {
  return Promise.all(
    units.map(async (unit) => {
      const parser = parserFor(unit.path);
      if (!parser) return unit;
      return { ...unit, contents: await prettier.format(unit.contents, { ...PRETTIER_OPTIONS, parser }) };
    }),
  );
}
