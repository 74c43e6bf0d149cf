/**
 * Secrets never ship from examples. Before an `x-ms-examples` value reaches the IR (and so fixtures JSON,
 * mocks.ts and the compiled mocks.js), every string that is a secret is replaced with the fake form synthesised
 * fixtures use — base64 of `FAKE-KEY-<name>-<hex>` (the hex derived from the JSON pointer, so output stays
 * deterministic) — and a warning names its pointer. A string is a secret when:
 * - its property is marked secret in the schema (`x-ms-secret: true`, `format: password`, or `writeOnly` with
 *   a secret name), or its name is a secret name (`primaryKey`, `password`, `sasToken`, …, see secrets.ts);
 * - or it looks like one, whatever its name: a connection string with a key part (`AccountKey=`,
 *   `SharedAccessKey=`, `SharedAccessSignature=`, `sig=`, `Password=`; only those parts are replaced), a PEM
 *   block, a JWT, or a base64 run of 20+ characters that is key-shaped (padding, `+`/`/`, or 32+ mixed-case
 *   characters with digits).
 * Placeholders (`****`, `####`, `<key>`, `[redacted]`, the property's own name, values already fake) stay.
 */
import { createHash } from "node:crypto";
import { appendPointer, resolvePointer } from "../util/json-pointer.js";
import { isRecord, warn, type ModelContext } from "./context.js";
import { isSecretPropertyName } from "./secrets.js";

const FAKE_KEY_PREFIX = "FAKE-KEY-";
const CONNECTION_SECRET_PART = /\b(AccountKey|SharedAccessKey|SharedAccessSignature|sig|Password|pwd|ClientSecret|ApiKey)=([^;&\s"]+)/gi;
const PEM = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [A-Z0-9 ]+-----|$)/;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const BASE64_RUN = /[A-Za-z0-9+/]{20,}(?:={1,2}(?![A-Za-z0-9+/=]))?/g; // `Name=value` is no padding
const PLACEHOLDER = /^(?:[*#xX.=\s-]*|<[^<>]*>|\[[^[\]]*\]|\{[^{}]*\}|null|redacted|secret|\.\.\.)$/i;

/** A JSON Schema node of the spec (refs followed) the value is checked against; undefined: no schema known. */
type SchemaNode = Record<string, unknown> | undefined;

export interface SecretScan {
  ctx: ModelContext;
  /** JSON pointer of the example (`…/x-ms-examples/<name>`). */
  pointer: string;
}

/** Returns `value` with every secret string replaced; warns once per replaced value. */
export function redactExampleValue(scan: SecretScan, value: unknown, schema: SchemaNode, pointer: string, name: string, depth = 0): unknown {
  if (typeof value === "string") return redactString(scan, value, pointer, name, isSecretSchema(scan.ctx, schema, name));
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const items = schemaChild(scan.ctx, schema, "items");
    return value.map((item, i) => redactExampleValue(scan, item, items, appendPointer(pointer, i), name, depth + 1));
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // defineProperty: `__proto__` stays an own data property.
    Object.defineProperty(out, key, { value: redactExampleValue(scan, child, propertySchema(scan.ctx, schema, key), appendPointer(pointer, key), key, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The JSON schema of a request body (OpenAPI 3 `requestBody` or a Swagger `in: body` parameter), refs followed. */
export function requestBodySchema(ctx: ModelContext, op: Record<string, unknown>): SchemaNode {
  const requestBody = follow(ctx, op["requestBody"]);
  if (requestBody) return jsonContentSchema(ctx, requestBody);
  const params = Array.isArray(op["parameters"]) ? op["parameters"] : [];
  for (const raw of params.slice(0, 256)) {
    const param = follow(ctx, raw);
    if (param && param["in"] === "body") return follow(ctx, param["schema"]);
  }
  return undefined;
}

/** The JSON schema of the response `status` of an operation, refs followed. */
export function responseSchema(ctx: ModelContext, op: Record<string, unknown>, status: string): SchemaNode {
  const responses = op["responses"];
  const response = isRecord(responses) ? follow(ctx, responses[status]) : undefined;
  if (!response) return undefined;
  return response["schema"] !== undefined ? follow(ctx, response["schema"]) : jsonContentSchema(ctx, response);
}

function jsonContentSchema(ctx: ModelContext, node: Record<string, unknown>): SchemaNode {
  const content = node["content"];
  if (!isRecord(content)) return undefined;
  const type = Object.keys(content).find((t) => /^application\/([\w.+-]+\+)?json\b/.test(t));
  const media = type ? content[type] : undefined;
  return isRecord(media) ? follow(ctx, media["schema"]) : undefined;
}

function redactString(scan: SecretScan, value: string, pointer: string, name: string, secretByName: boolean): string {
  if (isPlaceholder(value) || value.toLowerCase() === name.toLowerCase()) return value; // `authKey1: authKey1`
  if (secretByName && !new RegExp(CONNECTION_SECRET_PART.source, "i").test(value)) return replaced(scan, pointer, fakeKey(name, pointer), `the value of the secret "${name}"`);
  if (PEM.test(value)) return replaced(scan, pointer, value.replace(PEM, fakeKey(name, pointer)), "a PEM block");
  if (new RegExp(JWT.source).test(value)) return replaced(scan, pointer, value.replace(JWT, fakeKey(name, pointer)), "a JSON Web Token");
  if (new RegExp(CONNECTION_SECRET_PART.source, "i").test(value)) {
    const next = value.replace(CONNECTION_SECRET_PART, (_m, part: string, secret: string) => `${part}=${isPlaceholder(secret) ? secret : fakeKey(part, pointer)}`);
    if (next !== value) return replaced(scan, pointer, next, "the key part of a connection string");
  }
  const keyLike = [...value.matchAll(BASE64_RUN)].map((m) => m[0]).filter(isKeyShaped);
  if (keyLike.length > 0) {
    let next = value;
    for (const run of keyLike) next = next.split(run).join(fakeKey(name, pointer));
    return replaced(scan, pointer, next, "a key-shaped base64 value");
  }
  return value;
}

function replaced(scan: SecretScan, pointer: string, next: string, what: string): string {
  warn(scan.ctx, pointer, "secret-in-example", `This example holds ${what}; oagen replaced it with a fake key in fixtures and mocks.`, "Replace real keys in examples with a placeholder such as \"<key>\" — the spec itself is published.");
  return next;
}

function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER.test(value.trim())) return true;
  try {
    return Buffer.from(value, "base64").toString("utf8").startsWith(FAKE_KEY_PREFIX) || value.includes(FAKE_KEY_PREFIX);
  } catch {
    return false;
  }
}

function isKeyShaped(run: string): boolean {
  if (Buffer.from(run, "base64").toString("utf8").startsWith(FAKE_KEY_PREFIX)) return false;
  if (/=$/.test(run) || /[+]/.test(run)) return true;
  if (run.includes("/")) return false; // a path (`/resourceGroups/rg1/providers/…`), not a key
  return run.length >= 32 && /\d/.test(run) && /[A-Z]/.test(run) && /[a-z]/.test(run);
}

/** base64 of `FAKE-KEY-<name>-<hex>`, as synthesised fixtures write keys. */
export function fakeKey(name: string, pointer: string): string {
  const slug = name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "value";
  const hex = createHash("sha256").update(pointer).digest("hex").slice(0, 8);
  return Buffer.from(`${FAKE_KEY_PREFIX}${slug}-${hex}`, "utf8").toString("base64");
}

function isSecretSchema(ctx: ModelContext, schema: SchemaNode, name: string): boolean {
  if (/^(authorization|proxy-authorization|ocp-apim-subscription-key|x-api-key|api-key)$/i.test(name)) return true;
  if (schema && (schema["x-ms-secret"] === true || schema["format"] === "password")) return true;
  if (schema && schema["writeOnly"] === true && isSecretPropertyName(name)) return true;
  return isSecretPropertyName(name); // a string under a secret name ships as is, whatever type the schema declares
}

/** The schema of property `key`, searched through `allOf`/`anyOf`/`oneOf` (each schema once: cycles end). */
function propertySchema(ctx: ModelContext, schema: SchemaNode, key: string, seen = new Set<object>()): SchemaNode {
  if (!schema || seen.has(schema) || seen.size > 256) return undefined;
  seen.add(schema);
  const props = schema["properties"];
  if (isRecord(props) && Object.prototype.hasOwnProperty.call(props, key)) return follow(ctx, props[key]);
  for (const list of ["allOf", "anyOf", "oneOf"]) {
    const members = schema[list];
    if (!Array.isArray(members)) continue;
    for (const member of members.slice(0, 32)) {
      const found = propertySchema(ctx, follow(ctx, member), key, seen);
      if (found) return found;
    }
  }
  return isRecord(schema["additionalProperties"]) ? follow(ctx, schema["additionalProperties"]) : undefined;
}

function schemaChild(ctx: ModelContext, schema: SchemaNode, key: string): SchemaNode {
  return schema ? follow(ctx, schema[key]) : undefined;
}

function follow(ctx: ModelContext, node: unknown): SchemaNode {
  for (let hops = 0; hops < 32 && isRecord(node); hops++) {
    const ref = node["$ref"];
    if (typeof ref !== "string" || !ref.startsWith("#")) return node;
    node = resolvePointer(ctx.document, ref);
  }
  return isRecord(node) ? node : undefined;
}
