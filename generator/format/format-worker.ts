/**
 * The worker thread format/prettier.ts formats the scaffolding in: prettier and its Markdown and JSON plugins load
 * here, beside the main thread's work, instead of on it (together a third of a second of a full rebuild).
 */
import { parentPort } from "node:worker_threads";
import { serveRequests } from "../util/worker-client.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";

export interface FormatRequest {
  text: string;
  parser: string;
}

export type FormatAnswer = { contents: string } | { error: string };

if (parentPort) {
  const prettier = import("prettier");
  // Started early (while the main thread models the spec, one core's work), the worker loads prettier and the two
  // plugins the scaffolding needs before the first request.
  void prettier.then((p) => Promise.all([p.format("# a\n", { parser: "markdown" }), p.format("{}", { parser: "json" })])).catch(() => undefined);
  serveRequests<FormatRequest, FormatAnswer>(parentPort, (request) =>
    prettier
      .then((p) => p.format(request.text, { ...PRETTIER_OPTIONS, parser: request.parser }))
      .then(
        (contents) => ({ contents }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      ),
  );
}
