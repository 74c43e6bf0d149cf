/**
 * A request/answer channel to a worker thread of oagen's own (format/format-worker.ts): each request gets an id,
 * the worker answers it once. The worker keeps the process alive only while it owes an answer. A worker that cannot start, fails or exits answers `undefined` to everything pending and to come, and the
 * caller does the work on the main thread: the output is the same either way. Where the worker's module cannot run
 * (oagen's sources run by a TypeScript loader, as in the tests), `start` gives null.
 */
import { Worker } from "node:worker_threads";

export class WorkerClient<Request extends object, Answer> {
  readonly #thread: Worker;
  readonly #pending = new Map<number, (answer: Answer | undefined) => void>();
  #next = 0;
  #broken = false;

  /** A client of the compiled worker module at `url` (a `.js` file), or null where it cannot run. */
  static start<Request extends object, Answer>(url: URL): WorkerClient<Request, Answer> | null {
    if (!url.pathname.endsWith(".js")) return null;
    try {
      return new WorkerClient<Request, Answer>(new Worker(url));
    } catch {
      return null;
    }
  }

  private constructor(thread: Worker) {
    this.#thread = thread;
    thread.on("message", ({ id, answer }: { id: number; answer: Answer }) => {
      const settle = this.#pending.get(id);
      this.#pending.delete(id);
      if (this.#pending.size === 0) thread.unref();
      settle?.(answer);
    });
    const fail = () => {
      this.#broken = true;
      for (const settle of this.#pending.values()) settle(undefined);
      this.#pending.clear();
    };
    thread.on("error", fail);
    thread.on("exit", fail);
    // Unref'd after the listeners, which would hold the process again.
    thread.unref();
  }

  /** The worker's answer, or undefined when it could not give one. */
  request(request: Request): Promise<Answer | undefined> {
    if (this.#broken) return Promise.resolve(undefined);
    const id = this.#next++;
    if (this.#pending.size === 0) this.#thread.ref();
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#thread.postMessage({ id, request });
    });
  }
}

/** The worker side: answers each request with `answer(request)`. */
export function serveRequests<Request, Answer>(port: { on(event: "message", listener: (message: { id: number; request: Request }) => void): unknown; postMessage(message: unknown): void }, answer: (request: Request) => Promise<Answer>): void {
  port.on("message", ({ id, request }) => {
    void answer(request).then((result) => port.postMessage({ id, answer: result }));
  });
}
