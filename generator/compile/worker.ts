/** A compile worker: transpiles the units it is sent (see pool.ts) and answers with their dist files. */
import { parentPort } from "node:worker_threads";
import type { TextUnit } from "../emit/index.js";
import { transpileUnit } from "./transpile.js";

parentPort!.on("message", (units: TextUnit[]) => {
  try {
    parentPort!.postMessage({ ok: true, files: units.flatMap(transpileUnit) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error), name: error instanceof Error ? error.name : "Error" });
  }
});
