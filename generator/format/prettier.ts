/**
 * format: prettier, pinned, for the scaffolding only — the Markdown and JSON files rendered from handlebars
 * templates at the package root (README.md, package.json, tsconfig.json). Code oagen prints is already in its
 * final style (emit/print.ts), the runtime is copied as written, and JSON oagen serialises (fixtures) is written by
 * `JSON.stringify`: none of those is re-formatted. No config file lookup, so the output does not depend on the
 * machine or the folder it is generated into. Results are cached by content (format-cache.ts): prettier is loaded
 * only when some scaffolding text is new, and then on a worker thread (format-worker.ts).
 */
import type { TextUnit } from "../emit/index.js";
import { WorkerClient } from "../util/worker-client.js";
import { cachedFormat, rememberFormat } from "./format-cache.js";
import type { FormatAnswer, FormatRequest } from "./format-worker.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";

export { PRETTIER_OPTIONS };

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
  return Promise.all(units.map(formatUnit));
}

/**
 * One file formatted (or as it is, when it is not scaffolding). What is not cached goes to a worker thread, started
 * by the first such file: the pipeline hands each scaffolding file in as soon as it is printed, so prettier loads
 * and formats while the main thread prints the rest. Where no worker can run (oagen's sources run by a TypeScript
 * loader, as in the tests), or the worker fails, prettier runs here; the output is the same either way.
 */
export async function formatUnit(unit: TextUnit): Promise<TextUnit> {
  const parser = parserFor(unit.path);
  if (!parser) return unit;
  const key = { parser, options: PRETTIER_OPTIONS, text: unit.contents };
  const cached = cachedFormat(key);
  if (cached !== undefined) return { ...unit, contents: cached };
  const contents = (await formatOnWorker(unit.contents, parser)) ?? (await formatHere(unit.contents, parser));
  rememberFormat(key, contents);
  return { ...unit, contents };
}

let prettierHere: Promise<typeof import("prettier")> | undefined;

async function formatHere(text: string, parser: string): Promise<string> {
  const prettier = await (prettierHere ??= import("prettier"));
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser });
}

/**
 * Starts the formatting worker ahead of the first file it formats: the pipeline calls this once a large spec is
 * loaded, so that prettier loads while the main thread models it (one core's work) rather than while it prints
 * (when the compiler has the other core).
 */
export function startFormatter(): void {
  worker ??= WorkerClient.start<FormatRequest, FormatAnswer>(new URL("./format-worker.js", import.meta.url));
}

/** Where scaffolding is formatted in this process: on the worker, here (no worker can run), or not yet decided. */
export function formatterIn(): "worker" | "main thread" | "not started" {
  return worker === undefined ? "not started" : worker === null ? "main thread" : "worker";
}

let worker: WorkerClient<FormatRequest, FormatAnswer> | null | undefined;

/** The formatted text from the worker; undefined where it cannot answer (the caller formats on this thread). */
async function formatOnWorker(text: string, parser: string): Promise<string | undefined> {
  worker ??= WorkerClient.start<FormatRequest, FormatAnswer>(new URL("./format-worker.js", import.meta.url));
  const answer = await worker?.request({ text, parser });
  if (answer === undefined) return undefined;
  if ("error" in answer) throw new Error(answer.error);
  return answer.contents;
}
