/** JSON Pointer (RFC 6901) helpers. Pointers into a spec document are written as URI fragments: `#/a/b`. */

export function escapePointerToken(token: string): string {
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}

export function unescapePointerToken(token: string): string {
  return token.includes("~") ? token.replace(/~1/g, "/").replace(/~0/g, "~") : token;
}

/** `["paths", "/a/{b}", "post"]` → `#/paths/~1a~1{b}/post`. */
export function pointerFromTokens(tokens: readonly (string | number)[]): string {
  return "#" + tokens.map((t) => "/" + escapePointerToken(String(t))).join("");
}

export function tokensFromPointer(pointer: string): string[] {
  const body = pointer.startsWith("#") ? decodeURIComponentSafe(pointer.slice(1)) : pointer;
  if (body === "") return [];
  if (!body.startsWith("/")) throw new Error(`not a JSON pointer: ${pointer}`);
  return body.slice(1).split("/").map(unescapePointerToken);
}

export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((t) => "/" + escapePointerToken(String(t))).join("");
}

/** The value at `pointer`, or `undefined` when any step is missing. Own properties only. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of tokensFromPointer(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
