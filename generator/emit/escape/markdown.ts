/** Spec text → one Markdown table cell: no pipes, newlines, HTML or backticks that could break the table. */
export function markdownCell(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`)
    .trim();
}
