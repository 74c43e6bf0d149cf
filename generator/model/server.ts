/**
 * Where the service lives: OpenAPI 3 `servers[0]` with its variables, Swagger 2.0 `x-ms-parameterized-host`
 * or `schemes`/`host`/`basePath`. Azure Resource Manager (`management.azure.com`) is recognised as `arm`.
 */
import { camelCase } from "../naming/index.js";
import { escapePointerToken } from "../util/json-pointer.js";
import { fail, isRecord, warn, type ModelContext } from "./context.js";
import type { IrServer, IrServerVariable } from "./ir.js";

export const ARM_ENDPOINT = "https://management.azure.com";

export function readServer(ctx: ModelContext): IrServer {
  const doc = ctx.document;
  const servers = doc["servers"];
  if (Array.isArray(servers) && isRecord(servers[0]) && typeof servers[0]["url"] === "string") {
    const server = servers[0];
    const urlTemplate = (server["url"] as string).replace(/\/+$/, "");
    const variables: IrServerVariable[] = [];
    const vars = isRecord(server["variables"]) ? server["variables"] : {};
    for (const name of [...urlTemplate.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!)) {
      const v = isRecord(vars[name]) ? vars[name] : {};
      variables.push({
        name,
        tsName: camelCase(name) || "endpoint",
        ...(typeof v["default"] === "string" ? { default: v["default"] } : {}),
        ...(typeof v["description"] === "string" ? { description: v["description"] } : {}),
      });
    }
    if (!/^(https?:\/\/|\{)/.test(urlTemplate)) {
      fail(ctx, "#/servers/0/url", "relative-server-url", `The server URL "${urlTemplate}" is not absolute.`, "Use an absolute https URL (or a {variable} that holds one).");
    }
    checkServerScheme(ctx, "#/servers/0/url", urlTemplate);
    for (const v of variables) if (v.default !== undefined) checkServerScheme(ctx, `#/servers/0/variables/${escapePointerToken(v.name)}/default`, v.default);
    return { urlTemplate, variables, kind: isArm(urlTemplate) ? "arm" : "data-plane" };
  }
  const host = doc["x-ms-parameterized-host"];
  const basePath = typeof doc["basePath"] === "string" && doc["basePath"] !== "/" ? doc["basePath"].replace(/\/+$/, "") : "";
  if (isRecord(host) && typeof host["hostTemplate"] === "string") {
    const prefix = host["useSchemePrefix"] === false ? "" : "https://";
    const urlTemplate = prefix + host["hostTemplate"] + basePath;
    checkServerScheme(ctx, "#/x-ms-parameterized-host/hostTemplate", urlTemplate);
    const variables = [...host["hostTemplate"].matchAll(/\{([^{}]+)\}/g)].map((m) => ({ name: m[1]!, tsName: camelCase(m[1]!) || "endpoint" }));
    return { urlTemplate, variables, kind: isArm(urlTemplate) ? "arm" : "data-plane" };
  }
  if (typeof doc["host"] === "string") {
    const schemes = Array.isArray(doc["schemes"]) ? doc["schemes"] : [];
    const scheme = schemes.includes("https") || schemes.length === 0 ? "https" : String(schemes[0]);
    const urlTemplate = `${scheme}://${doc["host"]}${basePath}`;
    checkServerScheme(ctx, "#/schemes", urlTemplate);
    return { urlTemplate, variables: [], kind: isArm(urlTemplate) ? "arm" : "data-plane" };
  }
  return { urlTemplate: ARM_ENDPOINT, variables: [], kind: "arm" };
}

/**
 * Keys and secrets travel in these requests: plain `http://` is an error, except to a loopback host
 * (`localhost`, `127.x.x.x`, `[::1]`), where it is a warning — a local emulator or test server.
 */
function checkServerScheme(ctx: ModelContext, pointer: string, url: string): void {
  const match = /^http:\/\/(\[[^\]]*\]|[^/:?#]*)/i.exec(url);
  if (!match) return;
  const host = match[1]!.toLowerCase();
  if (isLoopbackHost(host)) {
    warn(ctx, pointer, "insecure-server-url", `The server URL "${url}" uses plain http; allowed only because the host is a loopback address.`, "Use https for anything but a local test server.");
    return;
  }
  fail(ctx, pointer, "insecure-server-url", `The server URL "${url}" uses plain http: credentials, keys and secrets would travel unencrypted, and Azure refuses such calls.`, "Use https (plain http is accepted only for localhost, 127.0.0.1 or [::1]).");
}

export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(host) || host === "[::1]";
}

function isArm(url: string): boolean {
  return /^https:\/\/management\.azure\.com(\/|$)/.test(url);
}
