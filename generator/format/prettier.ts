/**
 * format: prettier, pinned, for the scaffolding only — the Markdown and JSON files rendered from handlebars
 * templates at the package root (README.md, package.json, tsconfig.json). Code oagen prints is already in its
 * final style (emit/print.ts), the runtime is copied as written, and JSON oagen serialises (fixtures) is written by
 * `JSON.stringify`: none of those is re-formatted. No config file lookup, so the output does not depend on the
 * machine or the folder it is generated into. Results are cached by content (format-cache.ts): prettier is loaded
 * only when some scaffolding text is new.
 */
import type { TextUnit } from "../emit/index.js";
import { cachedFormat, rememberFormat } from "./format-cache.js";

export const PRETTIER_OPTIONS = {
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
} as const;

/** Whether `formatUnits` formats a file (the top-level scaffolding); every other file is final as printed. */
export function isFormatted(path: string): boolean {
  return parserFor(path) !== undefined;
}

/** The parser for a scaffolding file, or undefined for everything prettier must not touch. */
function parserFor(path: string): string | undefined {
  if (path.includes("/")) return undefined; // only top-level scaffolding
  if (path.endsWith(".md")) return "markdown";
  if (path.endsWith(".json")) return "json";
  return undefined;
}

export async function formatUnits(units: readonly TextUnit[]): Promise<TextUnit[]> {
  let prettier: typeof import("prettier") | undefined;
  return Promise.all(
    units.map(async (unit) => {
      const parser = parserFor(unit.path);
      if (!parser) return unit;
      const key = { parser, options: PRETTIER_OPTIONS, text: unit.contents };
      const cached = cachedFormat(key);
      if (cached !== undefined) return { ...unit, contents: cached };
      prettier ??= await import("prettier");
      const contents = await prettier.format(unit.contents, { ...PRETTIER_OPTIONS, parser });
      rememberFormat(key, contents);
      return { ...unit, contents };
    }),
  );
}
