/**
 * The `specs` globs of the config: `*` (any characters but `/`), `**` (any folders), `?` and `{a,b}`. A glob
 * becomes the folder before its first wildcard (read as a spec folder, so the folder layout still names the
 * services) plus a test on each file's path; a plain path is used as it is.
 */
import path from "node:path";

export interface SpecPattern {
  /** The file or folder to read (absolute). */
  input: string;
  /** For a glob: which files (absolute paths) it keeps. */
  matches?: (absolutePath: string) => boolean;
}

export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

export function specPattern(pattern: string, baseDir: string): SpecPattern {
  const normalised = pattern.split(path.sep).join("/");
  if (!isGlob(normalised)) return { input: path.resolve(baseDir, pattern) };
  const segments = normalised.split("/");
  const firstWild = segments.findIndex(isGlob);
  const input = path.resolve(baseDir, segments.slice(0, firstWild).join("/") || ".");
  const regex = globRegex(path.resolve(baseDir, normalised).split(path.sep).join("/"));
  return { input, matches: (file) => regex.test(file.split(path.sep).join("/")) };
}

function globRegex(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end < 0) out += "\\{";
      else {
        out += "(?:" + glob.slice(i + 1, end).split(",").map(escapeRegex).join("|") + ")";
        i = end;
      }
    } else out += escapeRegex(c);
  }
  return new RegExp(`^${out}$`);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
