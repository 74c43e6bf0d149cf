/** A compile worker: emits the declarations of the units it is sent (see pool.ts) and answers with the files. */
import { parentPort } from "node:worker_threads";
import type { TextUnit } from "../emit/index.js";
import { transpileDeclarations } from "./transpile.js";

parentPort!.on("message", (units: TextUnit[]) => {
  try {
    parentPort!.postMessage({ ok: true, files: units.flatMap(transpileDeclarations) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error), name: error instanceof Error ? error.name : "Error" });
  }
});
