/**
 * Every `$ref` must point at something. Local refs (`#/…`) are resolved against the document; a dangling
 * one is reported with the pointer of the `$ref` itself, and chains of refs must end (check-ref-chains.ts).
 * Refs to other files are listed for bundling. `x-ms-examples` entries are example data loaded lazily: their
 * refs are not followed here.
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { appendPointer, resolvePointer } from "../util/json-pointer.js";
import { checkRefChains, type LocalRef } from "./check-ref-chains.js";
import type { Locate } from "./source-map.js";

export interface RefScan {
  diagnostics: Diagnostic[];
  /** `$ref` values that name another file. */
  externalRefs: string[];
}

export function checkRefs(file: string, document: unknown, locate: Locate): RefScan {
  const diagnostics: Diagnostic[] = [];
  const externalRefs = new Set<string>();
  const localRefs: LocalRef[] = [];
  // Whether each local ref resolves, per ref text (a spec repeats the same refs many times).
  const resolves = new Map<string, boolean>();
  // A node's pointer is spelled out only when it holds a `$ref`: most nodes never need theirs.
  const stack: Frame[] = [{ node: document, parent: undefined, token: "" }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, parent: frame, token: String(i) }));
      continue;
    }
    const record = node as Record<string, unknown>;
    const ref = record["$ref"];
    if (ref !== undefined) {
      const pointer = pointerOf(frame);
      const refPointer = appendPointer(pointer, "$ref");
      if (typeof ref !== "string") {
        diagnostics.push(diag(file, refPointer, locate, "invalid-ref", "`$ref` must be a string.", "Write the reference as a string such as \"#/components/schemas/Name\"."));
      } else if (ref.startsWith("#")) {
        let found = resolves.get(ref);
        if (found === undefined) resolves.set(ref, (found = resolvePointer(document, ref) !== undefined));
        if (found) {
          localRefs.push({ holder: pointer, ref });
        } else {
          diagnostics.push(
            diag(
              file,
              refPointer,
              locate,
              "dangling-ref",
              `\`$ref\` "${ref}" points at nothing in this file.`,
              "Define the target (for example under components/schemas) or correct the reference.",
            ),
          );
        }
      } else {
        externalRefs.add(ref);
      }
    }
    for (const key of Object.keys(record)) {
      if (key === "x-ms-examples") continue;
      stack.push({ node: record[key], parent: frame, token: key });
    }
  }
  diagnostics.reverse();
  localRefs.reverse();
  diagnostics.push(...checkRefChains(file, localRefs, locate));
  return { diagnostics, externalRefs: [...externalRefs].sort() };
}

interface Frame {
  node: unknown;
  parent: Frame | undefined;
  /** The key or index that leads from the parent to this node ("" for the root). */
  token: string;
  pointer?: string;
}

function pointerOf(frame: Frame): string {
  return (frame.pointer ??= frame.parent ? appendPointer(pointerOf(frame.parent), frame.token) : "#");
}

function diag(file: string, pointer: string, locate: Locate, code: string, message: string, hint: string): Diagnostic {
  return { severity: "error", code, file, pointer, ...locate(pointer), message, hint };
}
