/**
 * Casing of spec names. Accents are removed (`café` → `cafe`); words are split on any other character that is
 * not an ASCII letter or digit, where a lower-case letter or digit is followed by an upper-case letter
 * (`fooBar`, `v2Beta`), and where an acronym ends (`HTTPStatus` → `HTTP`, `Status`). Letters outside ASCII are
 * dropped from identifiers; the collision resolver in `scope.ts` keeps the results unique.
 *
 * One linear pass: spec names are untrusted and may be very long, so no backtracking regular expression
 * touches them.
 */
export function splitWords(name: string): string[] {
  const text = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? charKind(text.charCodeAt(i)) : OTHER;
    if (kind === OTHER) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
      continue;
    }
    if (start >= 0 && kind === UPPER) {
      const previous = charKind(text.charCodeAt(i - 1));
      const next = i + 1 < text.length ? charKind(text.charCodeAt(i + 1)) : OTHER;
      if (previous !== UPPER || next === LOWER) {
        if (i > start) words.push(text.slice(start, i));
        start = i;
      }
    }
    if (start < 0) start = i;
  }
  return words;
}

const UPPER = 0;
const LOWER = 1;
const DIGIT = 2;
const OTHER = 3;

function charKind(code: number): number {
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 48 && code <= 57) return DIGIT;
  return OTHER;
}

export function pascalCase(name: string): string {
  return splitWords(name)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  // Leading acronym lower-cased as a whole (`IoTHub` → `ioTHub`, `HTTPClient` → `httpClient`).
  const m = /^[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/.exec(pascal);
  if (m && m[0].length > 1) return m[0].toLowerCase() + pascal.slice(m[0].length);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export function kebabCase(name: string): string {
  return splitWords(name)
    .map((w) => w.toLowerCase())
    .join("-");
}
