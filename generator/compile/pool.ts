/**
 * Worker threads for declaration emit: the units are dealt into `count` batches of about equal size (largest first, each
 * to the lightest batch), each batch goes to its own worker, and the workers end when they answered. Under tsx
 * (the repository's own runs) the workers load TypeScript sources through the same loader.
 */
import { Worker } from "node:worker_threads";
import type { TextUnit } from "../emit/index.js";
import { GeneratedCodeError } from "../write/generated-code-error.js";

interface WorkerAnswer {
  ok: boolean;
  files?: TextUnit[];
  message?: string;
  name?: string;
}

export async function declarationsInWorkers(units: readonly TextUnit[], count: number): Promise<TextUnit[]> {
  const batches = balance(units, count).filter((b) => b.length > 0);
  const results = await Promise.all(batches.map(runBatch));
  return results.flat();
}

function balance(units: readonly TextUnit[], count: number): TextUnit[][] {
  const batches = Array.from({ length: count }, () => ({ size: 0, units: [] as TextUnit[] }));
  for (const unit of [...units].sort((a, b) => b.contents.length - a.contents.length || (a.path < b.path ? -1 : 1))) {
    const lightest = batches.reduce((min, b) => (b.size < min.size ? b : min));
    lightest.units.push(unit);
    lightest.size += unit.contents.length;
  }
  return batches.map((b) => b.units);
}

/** A worker running worker.js, or — when oagen runs from its TypeScript sources — worker.ts through tsx. */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./worker.js", import.meta.url));
  const tsx = import.meta.resolve("tsx/esm/api");
  const worker = new URL("./worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function runBatch(units: TextUnit[]): Promise<TextUnit[]> {
  const worker = startWorker();
  return new Promise((resolve, reject) => {
    worker.once("message", (answer: WorkerAnswer) => {
      void worker.terminate();
      if (answer.ok) resolve(answer.files!);
      else reject(answer.name === "GeneratedCodeError" ? new GeneratedCodeError(answer.message!.replace(/^[^\n]*\n/, "")) : new Error(answer.message));
    });
    worker.once("error", (error) => {
      void worker.terminate();
      reject(error);
    });
    worker.postMessage(units);
  });
}
