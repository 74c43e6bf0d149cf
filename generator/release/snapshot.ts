/**
 * The compact IR snapshot of each generated api-version, `<out>/.oagen/ir/<service>/<api-version>.json`: the
 * IrService without what does not change the generated API (descriptions, summaries, titles, examples, the
 * package version). The next `generate` diffs against it, so the previous IR is recovered from the previous output
 * alone, never from a spec that may be gone. Key order is the IR's own (deterministic).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IR_VERSION, type IrService } from "../model/ir.js";
import { pathSegment } from "../plan/layout.js";

export const SNAPSHOT_DIR = ".oagen/ir";

const VERBATIM = new Set(["schemas", "mapping", "default", "const", "enum"]);
const DROPPED = new Set(["description", "summary", "title", "example", "examples", "package"]);

export function snapshotPath(service: IrService): string {
  return `${SNAPSHOT_DIR}/${service.name}/${pathSegment(service.apiVersion) || "default"}.json`;
}

export function renderSnapshot(service: IrService): string {
  return JSON.stringify({ irVersion: IR_VERSION, service: compact(service) }, null, 1) + "\n";
}

/**
 * Every snapshot in a previous output; undefined when there is none (the output predates snapshots, or is new) or
 * when they were written for another IR version (history restarts rather than diffing shapes it cannot read).
 */
export function readSnapshots(outDir: string): IrService[] | undefined {
  const root = path.join(outDir, SNAPSHOT_DIR);
  if (!existsSync(root)) return undefined;
  const out: IrService[] = [];
  for (const service of readdirSync(root).sort()) {
    let files: string[];
    try {
      files = readdirSync(path.join(root, service)).filter((f) => f.endsWith(".json")).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      try {
        const data = JSON.parse(readFileSync(path.join(root, service, file), "utf8")) as { irVersion?: unknown; service?: IrService };
        if (data.irVersion !== IR_VERSION) return undefined;
        if (data.service) out.push(data.service);
      } catch {
        // An unreadable snapshot is history lost, not an error: that version is treated as new.
      }
    }
  }
  return out;
}

function compact(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => compact(v));
  if (value === null || typeof value !== "object") return value;
  // Records keyed by spec data (schema ids, discriminator values) and spec values (defaults) keep every key.
  const keep = key !== undefined && VERBATIM.has(key) ? () => true : (k: string) => !DROPPED.has(k);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => keep(k)).map(([k, v]) => [k, compact(v, k)]));
}
