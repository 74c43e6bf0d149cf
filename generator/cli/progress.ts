/**
 * Progress on a terminal: for a run that takes longer than `delayMs` (2 s), one line on stderr naming the stage
 * and how many items it works on, rewritten in place, cleared at the end. Nothing when stderr is not a TTY (CI
 * logs, pipes), with --quiet or with --format json.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  stage(name: string, count?: number): void;
  done(): void;
}

const UNITS: Record<string, string> = { load: "spec files", model: "specs", plan: "services", emit: "services", print: "files", format: "files", typecheck: "files", compile: "files", write: "files" };

export function startProgress(enabled: boolean, stream: ProgressStream = process.stderr, delayMs = 2000, now: () => number = () => performance.now()): Progress {
  const started = now();
  let shown = false;
  let current: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const active = enabled && stream.isTTY === true;
  const show = () => {
    if (!active || current === undefined) return;
    shown = true;
    stream.write(`\r\x1b[Koagen: ${current} (${((now() - started) / 1000).toFixed(1)} s)`);
  };
  if (active) {
    timer = setTimeout(show, delayMs);
    timer.unref?.();
  }
  return {
    stage(name, count) {
      current = count === undefined ? name : `${name} ${count} ${UNITS[name] ?? "items"}`;
      if (now() - started >= delayMs) show();
    },
    done() {
      if (timer) clearTimeout(timer);
      if (shown) stream.write("\r\x1b[K");
      shown = false;
      current = undefined;
    },
  };
}
