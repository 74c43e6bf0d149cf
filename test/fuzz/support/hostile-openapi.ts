/**
 * fast-check arbitrary for random OpenAPI 3.1 documents whose every free-text field and name is drawn from a
 * hostile alphabet (quotes, backslashes, backticks, `${`, `*\/`, `</script>`, U+2028/U+2029, emoji, RTL marks,
 * payloads that set `globalThis.__pwned`), with random schema shapes: nested objects and arrays, enums,
 * patterns, nullability, allOf/oneOf/anyOf, and references between named schemas (so cycles occur). Documents
 * are meant to be valid; when the validator disagrees, a diagnostic (exit 2) is an accepted outcome.
 * Issue 13 adds: comment openers and terminators in regex literals, Unicode property escapes, real-looking
 * secrets in `x-ms-examples` (`SECRET_CANARIES`), client parameters of any type, and plain-http servers.
 */
import fc from "fast-check";

/** Pieces of hostile text; strings are concatenations of these. */
const HOSTILE_PIECES = [
  '"', "'", "\\", "`", "${", "}", "*/", "/*", "//", "</script>", "<!--", "\u2028", "\u2029", "\n", "\r\n", "\t",
  "😀", "🔑", "\u202e", "\u200f", "\u200b", "\ufeff", "\u0000", "\u001b[31m", "@see", "@type {never}", "|", "#",
  "&lt;", "%", "~1", "é", "中", "a", "Z", "0", "9", " ", "_", "-", ".", "/",
  "*/ globalThis.__pwned = 1; /*", "${globalThis.__pwned = 1}", '"; globalThis.__pwned = 1; "', "\u2028globalThis.__pwned = 1",
];

/** Names with meaning to JavaScript, TypeScript or the generated package. */
const TRICKY_NAMES = [
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "default", "class", "delete",
  "new", "function", "this", "import", "await", "yield", "let", "enum", "in", "arguments", "eval", "undefined",
  "NaN", "Infinity", "globalThis", "Set", "Map", "Object", "Array", "Promise", "Record", "Error", "JSON", "String",
  "Number", "Symbol", "Date", "Response", "RestError", "ValidationResult", "fixtures", "handlers", "body", "options",
  "client", "params", "value", "errors", "path", "Schema", "Foo", "foo_bar", "FooBar", "foo-bar", "FooBar2", "1",
  "123start", "_", "-", ".", "a-b", "@odata.type", "with space", "",
];

export const hostileText = (maxPieces = 6): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: maxPieces }).map((pieces) => pieces.join(""));

/** Any string: tricky names, hostile text, or both. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...TRICKY_NAMES), hostileText(4), fc.tuple(fc.constantFrom(...TRICKY_NAMES), hostileText(2)).map(([a, b]) => a + b));

/** Component names: OpenAPI 3 allows only [a-zA-Z0-9._-], which still permits `__proto__`, `1`, `-`, `Set`. */
const componentName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TRICKY_NAMES.filter((n) => /^[a-zA-Z0-9._-]+$/.test(n))),
  fc.string({ unit: fc.constantFrom(..."aAzZ09._-"), minLength: 1, maxLength: 6 }),
);

/** Patterns that are valid, safe ECMAScript and contain text that must not close a comment or a literal. */
const PATTERNS = [
  "^[a-z*/]*$", "^(?:[a-z]|\\*/)+$", "^[^\"'`\\\\]*$", "^\\p{L}+$", "^[😀-😎]*$", "^/\\*.*\\*/$", "^\\$\\{[a-z]+\\}$", "^<\\/script>$", "\\u2028",
  // Comment openers and terminators in regex literals (issue 13 #4), and a body ending in a quantifier.
  "^[a-z/*]+(//x)?\\*/$", "^//[a-z]*$", "/\\*", "a*", "^[*/]+$", "^['\"`]*/$",
  // Unicode property escapes and other Unicode-mode features the validators accept (issue 13 #5).
  "^\\p{Lu}\\p{Ll}*$", "^[\\p{L}\\p{Nd}_-]{2,12}$", "^\\P{N}+$", "^\\p{Script=Greek}+$", "^(?<name>[a-z]+)-\\d$", "^\\u{1F511}?[a-z]*$",
];

/** Real-looking secrets planted in examples; none may reach any generated file (issue 13 #2). */
export const SECRET_CANARIES = ["Q2FuYXJ5S2V5LTk4MjctZnV6ei1hYmNkZWZnaGlqa2xtbg==", "cNry+FuZzAcc0untKey/9q8w7e6r5t4y3u2i1o0p==", "fuzz-plain-secret-value-51e2"];
const CONNECTION_CANARY = `DefaultEndpointsProtocol=https;AccountName=fuzz;AccountKey=${SECRET_CANARIES[1]};EndpointSuffix=core.windows.net`;
const FORMATS = ["uuid", "date-time", "date", "uri", "email", "ipv4", "byte", "password", "arm-id"];

type Json = unknown;

/** A schema; `refs` are the component names it may point at (any of them, so cycles occur). */
function schemaArbitrary(refs: readonly string[], depth: number): fc.Arbitrary<Record<string, Json>> {
  const text = hostileText(4);
  const leaf = fc.oneof(
    fc.record(
      {
        type: fc.constant("string"),
        description: text,
        enum: fc.uniqueArray(hostileName, { minLength: 1, maxLength: 3 }),
        pattern: fc.constantFrom(...PATTERNS),
        format: fc.constantFrom(...FORMATS),
        maxLength: fc.integer({ min: 1, max: 64 }),
        default: text,
      },
      { requiredKeys: ["type"] },
    ).map((s) => (s.enum && s.pattern ? { ...s, pattern: undefined } : s)),
    fc.record(
      { type: fc.constantFrom("integer", "number"), minimum: fc.integer({ min: -5, max: 0 }), maximum: fc.integer({ min: 1, max: 100 }), enum: fc.uniqueArray(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 3 }), description: text },
      { requiredKeys: ["type"] },
    ),
    fc.record({ type: fc.constant("boolean"), default: fc.boolean(), title: text }, { requiredKeys: ["type"] }),
    fc.record({ type: fc.constant(["string", "null"]), description: text, example: text }, { requiredKeys: ["type"] }),
    ...(refs.length > 0 ? [fc.constantFrom(...refs).map((name) => ({ $ref: `#/components/schemas/${name}` }))] : []),
  );
  if (depth <= 0) return leaf.map(clean);
  const inner = schemaArbitrary(refs, depth - 1);
  return fc
    .oneof(
      { weight: 3, arbitrary: leaf },
      {
        weight: 3,
        arbitrary: fc
          .record({ properties: fc.dictionary(hostileName, inner, { maxKeys: 3 }), description: text, additionalProperties: fc.oneof(fc.boolean(), inner), requiredMask: fc.array(fc.boolean(), { maxLength: 3 }) }, { requiredKeys: ["properties", "requiredMask"] })
          .map(({ properties, requiredMask, ...rest }) => ({
            type: "object",
            properties,
            required: Object.keys(properties).filter((_, i) => requiredMask[i]),
            ...rest,
          })),
      },
      { weight: 1, arbitrary: fc.record({ type: fc.constant("array"), items: inner, maxItems: fc.integer({ min: 1, max: 5 }), description: text }, { requiredKeys: ["type", "items"] }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom("allOf", "oneOf", "anyOf"), fc.array(inner, { minLength: 1, maxLength: 3 }), text)
          .map(([keyword, members, description]) => ({ [keyword]: members, description })),
      },
    )
    .map(clean);
}

/** Drops `undefined` members and empty `required` lists (not valid JSON Schema). */
function clean(schema: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (v === undefined || (k === "required" && Array.isArray(v) && v.length === 0)) continue;
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const METHODS = ["get", "put", "post", "patch", "delete"] as const;

function operationArbitrary(refs: readonly string[], index: number): fc.Arbitrary<[string, Record<string, Json>]> {
  const text = hostileText(5);
  const parameter = fc.record({ name: hostileName, in: fc.constantFrom("query", "header"), description: text, required: fc.boolean(), schema: schemaArbitrary(refs, 0) });
  return fc
    .record({
      method: fc.constantFrom(...METHODS),
      segment: hostileText(3).map((s) => s.replace(/[{}/?#]/g, "")),
      operationId: fc.oneof(hostileName, fc.tuple(hostileName, hostileName).map(([g, m]) => `${g}_${m}`)),
      summary: text,
      description: text,
      parameters: fc.uniqueArray(parameter, { maxLength: 2, selector: (p) => `${p.in}:${p.name}` }),
      body: fc.option(schemaArbitrary(refs, 1), { nil: undefined }),
      response: fc.constantFrom(...refs),
      responseDescription: text,
      headerName: fc.option(hostileName.filter((n) => n.length > 0), { nil: undefined }),
      // A client parameter of any type (issue 13 #4): strings generate, other types are exit-2 diagnostics.
      subscriptionType: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 6, arbitrary: fc.constant("string") }, { weight: 1, arbitrary: fc.constantFrom("integer", "boolean", "number") }),
      example: fc.option(fc.record({ name: hostileName, secretName: fc.constantFrom("primaryKey", "password", "note", "connectionString", "value", "sasToken"), secret: fc.constantFrom(SECRET_CANARIES[0]!, CONNECTION_CANARY, SECRET_CANARIES[2]!), marked: fc.boolean() }), { nil: undefined }),
    })
    .map((op) => {
      const prefix = op.subscriptionType ? "/subscriptions/{subscriptionId}" : "";
      const path = `${prefix}/p${index}/${op.segment || "x"}/{id}`;
      const operation: Record<string, Json> = {
        operationId: op.operationId === "" ? `op${index}` : op.operationId,
        summary: op.summary,
        description: op.description,
        parameters: [
          ...(op.subscriptionType ? [{ name: "subscriptionId", in: "path", required: true, schema: { type: op.subscriptionType } }] : []),
          { name: "id", in: "path", required: true, description: op.description, schema: { type: "string" } },
          ...op.parameters,
        ],
        responses: {
          "200": {
            description: op.responseDescription,
            ...(op.headerName ? { headers: { [op.headerName]: { description: op.summary, schema: { type: "string" } } } } : {}),
            content: { "application/json": { schema: { $ref: `#/components/schemas/${op.response}` } } },
          },
          default: { description: op.summary, content: { "application/json": { schema: { $ref: `#/components/schemas/${op.response}` } } } },
        },
      };
      if (op.example) {
        // Secrets in examples (issue 13 #2): by secret name, by `x-ms-secret`-free value shape, in headers too.
        // Plain-text secrets are planted only under secret names: a value has no shape that gives them away.
        const key = op.example.secret === SECRET_CANARIES[2] && (op.example.secretName === "note" || op.example.secretName === "value") ? "password" : op.example.secretName;
        operation["x-ms-examples"] = {
          [op.example.name || "sample"]: {
            parameters: { id: "x", "api-version": "1" },
            responses: { "200": { headers: { "x-ms-key": SECRET_CANARIES[0] }, body: { [key]: op.example.secret, nested: [{ [key]: op.example.secret }] } } },
          },
        };
      }
      if (op.body && op.method !== "get" && op.method !== "delete") {
        operation["requestBody"] = { description: op.summary, content: { "application/json": { schema: op.body } } };
      }
      return [path, { [op.method]: operation }];
    });
}

/** A whole document: 1–3 named schemas (referring to each other), 1–2 operations, hostile info. */
export const hostileDocument: fc.Arbitrary<Record<string, Json>> = fc
  .uniqueArray(componentName, { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.record({
      schemas: fc.tuple(...names.map(() => schemaArbitrary(names, 2))),
      operations: fc.tuple(...[0, 1].map((i) => operationArbitrary(names, i))).chain((ops) => fc.integer({ min: 1, max: 2 }).map((n) => ops.slice(0, n))),
      title: hostileText(6),
      description: hostileText(8),
      version: hostileText(3),
      // Plain http is an exit-2 diagnostic except on loopback (issue 13 #7).
      server: fc.oneof({ weight: 16, arbitrary: fc.constant("https://management.azure.com") }, { weight: 1, arbitrary: fc.constantFrom("http://example.com", "http://localhost:8080") }),
    }).map(({ schemas, operations, title, description, version, server }) => ({
      openapi: "3.1.0",
      info: { title: title || "T", version: version || "1", description },
      servers: [{ url: server }],
      paths: Object.fromEntries(operations),
      components: { schemas: Object.fromEntries(names.map((name, i) => [name, schemas[i]!])) },
    })),
  );
