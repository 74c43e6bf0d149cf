/**
 * ts-morph structures → source text, in bulk: one in-memory project, each file created once from its
 * structure (no per-node edits, no reparsing), a "generated — do not edit" header naming the spec.
 */
import { Project } from "ts-morph";
import { lineCommentText } from "./escape/index.js";
import { renderFileHeader } from "./templates.js";
import type { EmitUnit, TextUnit } from "./types.js";

export function printUnits(units: readonly EmitUnit[]): TextUnit[] {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  return units.map((unit) => {
    if (unit.kind === "text") return unit;
    const file = project.createSourceFile(`/${unit.path}`, unit.structure, { overwrite: true });
    const header = renderFileHeader({ source: lineCommentText(unit.specFile ?? "the specs") });
    const text = header + "\n" + file.getFullText();
    project.removeSourceFile(file);
    return { kind: "text", path: unit.path, contents: text };
  });
}
