/**
 * The worker thread format/prettier.ts formats the scaffolding in: prettier and its Markdown and JSON plugins load
 * here, beside the main thread's printing, instead of on it (together a third of a second of a full rebuild).
 * One message in, `{ id, text, parser }`; one out, `{ id, contents }` or `{ id, error }`.
 */
import { parentPort } from "node:worker_threads";
import { PRETTIER_OPTIONS } from "./prettier-options.js";

export interface FormatRequest {
  id: number;
  text: string;
  parser: string;
}

export type FormatResponse = { id: number; contents: string } | { id: number; error: string };

const port = parentPort;
if (port) {
  const prettier = import("prettier");
  // Started early (while the main thread reads the spec, one core's work), the worker loads prettier and the two
  // plugins the scaffolding needs before the first request.
  void prettier.then((p) => Promise.all([p.format("# a\n", { parser: "markdown" }), p.format("{}", { parser: "json" })])).catch(() => undefined);
  port.on("message", (request: FormatRequest) => {
    prettier
      .then((p) => p.format(request.text, { ...PRETTIER_OPTIONS, parser: request.parser }))
      .then(
        (contents) => port.postMessage({ id: request.id, contents } satisfies FormatResponse),
        (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies FormatResponse),
      );
  });
}
