/**
 * The spec root: the one folder a spec's `$ref`s may read from (issue 13, finding 1). It is the folder given
 * on the command line or in the config; for a single file it is the file's folder, widened to the checkout it
 * lies in when that is an `azure-rest-api-specs`-style tree (the parent of the nearest `specification/`
 * folder), because Azure specs refer to `../../../common-types/…`. `--spec-root DIR` sets it explicitly.
 *
 * A reference is checked here, on its text and then on the real path of its target, BEFORE anything is read:
 * absolute paths, `file:` and any other URL scheme (network refs included) and paths that leave the root
 * (`../` past it, or a symbolic link pointing out of it) are refused.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

export type RefTarget =
  | { ok: true; absolutePath: string; fragment: string }
  | { ok: false; reason: "absolute" | "url" | "outside-root"; message: string; hint: string };

/** The default root for a spec file or folder given by the user (absolute path in, absolute path out). */
export function defaultSpecRoot(input: string): string {
  let dir = input;
  try {
    if (!statSync(input).isDirectory()) dir = path.dirname(input);
  } catch {
    dir = path.dirname(input);
  }
  for (let current = dir; ; current = path.dirname(current)) {
    if (path.basename(current) === "specification" && existsSync(current)) return path.dirname(current);
    if (path.dirname(current) === current) break;
  }
  return dir;
}

/**
 * Where a `$ref` that names another file points, or why it is refused. `ref` is the raw `$ref` text,
 * `fromFile` the absolute path of the file holding it.
 */
export function resolveRefTarget(ref: string, fromFile: string, specRoot: string): RefTarget {
  const hash = ref.indexOf("#");
  const filePart = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? "#" : ref.slice(hash);
  const refused = (reason: "absolute" | "url" | "outside-root", message: string): RefTarget => ({
    ok: false,
    reason,
    message,
    hint: `Keep every referenced file inside the spec root (${displayRoot(specRoot)}) and refer to it by a relative path (./other.json#/definitions/Name).`,
  });
  // A scheme (`file:`, `http:`, `https:`, `data:`…) or a Windows drive (`C:`): nothing but relative paths is read.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(filePart)) {
    return refused("url", `\`$ref\` "${ref}" is a URL; oagen reads only files inside the spec root, by relative path.`);
  }
  if (filePart.startsWith("/") || filePart.startsWith("\\") || path.isAbsolute(filePart)) {
    return refused("absolute", `\`$ref\` "${ref}" is an absolute path; oagen reads only files inside the spec root, by relative path.`);
  }
  let decoded = filePart;
  try {
    decoded = decodeURIComponent(filePart);
  } catch {
    // Keep the text as written.
  }
  if (decoded.includes("\0")) return refused("outside-root", `\`$ref\` "${ref}" is not a usable file path.`);
  const absolutePath = path.resolve(path.dirname(fromFile), decoded.split("\\").join("/"));
  if (!isInside(absolutePath, specRoot)) {
    return refused("outside-root", `\`$ref\` "${ref}" leads outside the spec root (${displayRoot(specRoot)}).`);
  }
  // A symbolic link inside the root may point out of it: compare real paths too (no file content is read).
  if (existsSync(absolutePath)) {
    let real: string;
    let realRoot: string;
    try {
      real = realpathSync(absolutePath);
      realRoot = realpathSync(specRoot);
    } catch {
      return refused("outside-root", `\`$ref\` "${ref}" cannot be resolved to a real path inside the spec root.`);
    }
    if (!isInside(real, realRoot)) {
      return refused("outside-root", `\`$ref\` "${ref}" is a link that leads outside the spec root (${displayRoot(specRoot)}).`);
    }
  }
  return { ok: true, absolutePath, fragment };
}

export function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === "" || (rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel));
}

function displayRoot(root: string): string {
  const rel = path.relative(process.cwd(), root);
  return (rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? root : rel).split(path.sep).join("/");
}
