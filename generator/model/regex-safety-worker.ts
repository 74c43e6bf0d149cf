/**
 * recheck in a worker thread, started before the model needs its verdicts: requiring recheck and warming it up
 * takes about half a second, which then runs on the other core while the main thread validates the spec.
 *
 * The model asks synchronously (`take`): the worker posts each verdict on a message port and bumps a shared
 * counter, and the main thread reads the port with `receiveMessageOnPort`, blocking on the counter while the
 * verdict it needs is still coming. A worker that fails or does not answer in time is not waited for again: the
 * caller checks the pattern itself.
 */
import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Diagnostics } from "recheck";

export interface SafetyRequest {
  key: string;
  js: string;
  flags: string;
}

export interface SafetyWorker {
  /**
   * recheck's verdict on a pattern this worker was given (waiting for it if need be); undefined for any other
   * pattern, when the worker failed on it or stopped answering.
   */
  take(key: string): Diagnostics | undefined;
  stop(): void;
}

type WorkerMessage = { key: string; diagnostics: Diagnostics } | { key: string; failed: string };

/** How long `take` waits beyond the check's own timeout before it gives up on the worker. */
const GRACE_MS = 10_000;
const WAIT_SLICE_MS = 50;

/**
 * Runs in the worker (CommonJS, `eval`): recheck's in-thread backend, one pattern after another. No spec text
 * reaches this source; the patterns arrive as data.
 */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
process.env.RECHECK_SYNC_BACKEND = "pure";
const counter = new Int32Array(workerData.signal);
const post = (message) => {
  workerData.port.postMessage(message);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
};
let recheck;
try {
  recheck = require(workerData.recheckPath);
} catch (error) {
  for (const { key } of workerData.patterns) post({ key, failed: String(error) });
}
if (recheck) {
  for (const { key, js, flags } of workerData.patterns) {
    try {
      post({ key, diagnostics: recheck.checkSync(js, flags, workerData.options) });
    } catch (error) {
      post({ key, failed: String(error) });
    }
  }
}
`;

export function startSafetyWorker(patterns: readonly SafetyRequest[], options: { timeout: number; randomSeed: number }): SafetyWorker {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const recheckPath = createRequire(import.meta.url).resolve("recheck");
  let worker: Worker | undefined = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { recheckPath, signal, port: port2, patterns: patterns.map((p) => ({ ...p })), options },
    transferList: [port2],
    stdout: true,
    stderr: true,
  });
  // An error in the worker shows as missing verdicts (the caller then checks itself); it never ends the run.
  worker.on("error", () => undefined);
  worker.unref();
  const pending = new Set(patterns.map((p) => p.key));
  const received = new Map<string, Diagnostics | undefined>();
  let failed = false;

  const drain = (): void => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const message = m.message as WorkerMessage;
      pending.delete(message.key);
      received.set(message.key, "diagnostics" in message ? message.diagnostics : undefined);
    }
  };

  return {
    take(key) {
      if (!received.has(key) && pending.has(key) && !failed) {
        const deadline = Date.now() + options.timeout + GRACE_MS;
        for (;;) {
          const seen = Atomics.load(counter, 0);
          drain();
          if (!pending.has(key)) break;
          if (Date.now() > deadline) {
            failed = true;
            break;
          }
          Atomics.wait(counter, 0, seen, WAIT_SLICE_MS);
        }
      }
      const verdict = received.get(key);
      received.delete(key);
      return verdict;
    },
    stop() {
      port1.close();
      void worker?.terminate();
      worker = undefined;
    },
  };
}
