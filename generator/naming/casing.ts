/**
 * Casing of spec names. Words are split on any non-alphanumeric character, on lower→upper transitions and
 * on acronym ends (`HTTPStatus` → `HTTP`, `Status`); letters outside ASCII are dropped from identifiers
 * (the collision resolver in `scope.ts` keeps results unique).
 */
export function splitWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
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
