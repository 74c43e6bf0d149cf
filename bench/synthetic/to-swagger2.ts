/**
 * The synthetic OpenAPI 3.1 document as Swagger 2.0 with Azure's extensions, the form most real Azure files
 * have: `components/*` → `definitions`/`parameters`, request bodies → `in: body` parameters (named by
 * `x-ms-requestBody-name`), response `content` → `schema` + `examples`, `type: [T, "null"]` → `x-nullable`,
 * `servers[0]` → `host`/`basePath`/`schemes`, security schemes → `securityDefinitions`. Covers what the five
 * fragments use (and throws on what it cannot express, rather than dropping it silently).
 */
import type { Json, JsonObject } from "./synthetic-spec.js";

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const JSON_MEDIA = "application/json";
const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function rewriteRef(ref: string): string {
  return ref.replace(/^#\/components\/schemas\//, "#/definitions/").replace(/^#\/components\/parameters\//, "#/parameters/");
}

/** A JSON Schema (2020-12 flavour, as OpenAPI 3.1 writes it) as a Swagger 2.0 schema. */
export function toSwaggerSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toSwaggerSchema);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string") out[key] = rewriteRef(value);
    else if (key === "type" && Array.isArray(value)) {
      const types = value.filter((t) => t !== "null");
      if (types.length !== 1) throw new Error(`Swagger 2.0 cannot express type ${JSON.stringify(value)}`);
      out["type"] = types[0]!;
      if (types.length < value.length) out["x-nullable"] = true;
    } else if (key === "const") out["enum"] = [value];
    else if (key === "examples") continue; // JSON Schema examples: no Swagger 2.0 equivalent on a schema
    else if (key === "properties" && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toSwaggerSchema(v)]));
    else if (key === "items" || key === "additionalProperties" || key === "allOf") out[key] = toSwaggerSchema(value);
    else if (key === "anyOf" || key === "oneOf" || key === "prefixItems") throw new Error(`Swagger 2.0 has no "${key}"`);
    else out[key] = value;
  }
  return out;
}

/** A non-body parameter: its `schema` flattened into the parameter. */
function toSwaggerParameter(param: Json): Json {
  if (!isObject(param) || typeof param["$ref"] === "string") return isObject(param) ? { $ref: rewriteRef(param["$ref"] as string) } : param;
  const { schema, example: _example, examples: _examples, ...rest } = param;
  const flat = isObject(schema) ? (toSwaggerSchema(schema) as JsonObject) : {};
  if (typeof flat["$ref"] === "string") throw new Error(`parameter "${String(param["name"])}": a $ref schema needs in: body`);
  return { ...rest, ...flat };
}

function jsonContent(owner: JsonObject, where: string): JsonObject | undefined {
  const content = owner["content"];
  if (!isObject(content)) return undefined;
  const media = Object.keys(content);
  if (media.some((m) => m !== JSON_MEDIA)) throw new Error(`${where}: only ${JSON_MEDIA} content can be converted`);
  return isObject(content[JSON_MEDIA]) ? content[JSON_MEDIA] : undefined;
}

function firstExampleValue(media: JsonObject): Json | undefined {
  if ("example" in media) return media["example"]!;
  const examples = media["examples"];
  if (!isObject(examples)) return undefined;
  const first = Object.values(examples)[0];
  return isObject(first) && "value" in first ? first["value"]! : undefined;
}

function toSwaggerOperation(op: JsonObject, where: string): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(op)) {
    if (key === "parameters" && Array.isArray(value)) out[key] = value.map(toSwaggerParameter);
    else if (key === "requestBody" && isObject(value)) {
      const media = jsonContent(value, `${where}/requestBody`);
      const body: JsonObject = { name: typeof op["x-ms-requestBody-name"] === "string" ? op["x-ms-requestBody-name"] : "body", in: "body" };
      if (value["required"] === true) body["required"] = true;
      if (typeof value["description"] === "string") body["description"] = value["description"];
      body["schema"] = toSwaggerSchema(media?.["schema"] ?? {});
      out["parameters"] = [...((out["parameters"] as Json[] | undefined) ?? (Array.isArray(op["parameters"]) ? op["parameters"].map(toSwaggerParameter) : [])), body];
    } else if (key === "responses" && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([code, response]) => {
          if (!isObject(response)) return [code, response];
          const converted: JsonObject = { description: typeof response["description"] === "string" ? response["description"] : "" };
          const media = jsonContent(response, `${where}/responses/${code}`);
          if (media?.["schema"] !== undefined) converted["schema"] = toSwaggerSchema(media["schema"]!);
          const example = media && firstExampleValue(media);
          if (example !== undefined) converted["examples"] = { [JSON_MEDIA]: example };
          if (isObject(response["headers"])) {
            converted["headers"] = Object.fromEntries(
              Object.entries(response["headers"]).map(([name, header]) => {
                const { schema, ...rest } = isObject(header) ? header : {};
                return [name, { ...rest, ...(isObject(schema) ? (toSwaggerSchema(schema) as JsonObject) : { type: "string" }) }];
              }),
            );
          }
          for (const [k, v] of Object.entries(response)) if (k.startsWith("x-")) converted[k] = v;
          return [code, converted];
        }),
      );
    } else out[key] = value;
  }
  return out;
}

export function toSwagger2(doc: JsonObject): JsonObject {
  const servers = doc["servers"];
  const url = Array.isArray(servers) && isObject(servers[0]) && typeof servers[0]["url"] === "string" ? servers[0]["url"] : "https://management.azure.com";
  if (url.includes("{")) throw new Error(`server URL ${url} has variables: not supported by this conversion`);
  const parsed = new URL(url);
  const components = isObject(doc["components"]) ? doc["components"] : {};
  const paths: JsonObject = {};
  for (const [p, item] of Object.entries(isObject(doc["paths"]) ? doc["paths"] : {})) {
    if (!isObject(item)) continue;
    const converted: JsonObject = {};
    for (const [key, value] of Object.entries(item)) {
      if (HTTP_METHODS.includes(key) && isObject(value)) converted[key] = toSwaggerOperation(value, `paths/${p}/${key}`);
      else if (key === "parameters" && Array.isArray(value)) converted[key] = value.map(toSwaggerParameter);
      else converted[key] = value;
    }
    paths[p] = converted;
  }
  const securityDefinitions: JsonObject = {};
  for (const [name, scheme] of Object.entries(isObject(components["securitySchemes"]) ? components["securitySchemes"] : {})) {
    if (!isObject(scheme)) continue;
    const { flows, ...rest } = scheme;
    const flowName = isObject(flows) ? Object.keys(flows)[0] : undefined;
    const flow = flowName && isObject(flows) && isObject(flows[flowName]) ? flows[flowName] : {};
    securityDefinitions[name] = { ...rest, ...(flowName ? { flow: flowName === "clientCredentials" ? "application" : flowName === "authorizationCode" ? "accessCode" : flowName, ...flow } : {}) };
  }
  for (const kind of ["responses", "requestBodies", "headers", "examples"]) if (isObject(components[kind])) throw new Error(`components/${kind} is not converted`);
  return {
    swagger: "2.0",
    info: doc["info"]!,
    host: parsed.host,
    ...(parsed.pathname !== "/" ? { basePath: parsed.pathname } : {}),
    schemes: [parsed.protocol.replace(/:$/, "")],
    consumes: [JSON_MEDIA],
    produces: [JSON_MEDIA],
    ...(doc["security"] ? { security: doc["security"] } : {}),
    securityDefinitions,
    ...(isObject(doc["tags"]) || Array.isArray(doc["tags"]) ? { tags: doc["tags"]! } : {}),
    paths,
    definitions: Object.fromEntries(Object.entries(isObject(components["schemas"]) ? components["schemas"] : {}).map(([k, v]) => [k, toSwaggerSchema(v)])),
    parameters: Object.fromEntries(Object.entries(isObject(components["parameters"]) ? components["parameters"] : {}).map(([k, v]) => [k, toSwaggerParameter(v)])),
  };
}
