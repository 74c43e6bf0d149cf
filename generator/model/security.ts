/**
 * Security schemes and the token scopes a client asks for. Scopes are taken, in order, from the scheme's
 * `x-oagen-credential-scopes` (like AutoRest's --credential-scopes), from declared scopes that are already
 * resource URLs (`https://vault.azure.net/.default`), from `--credential-scopes`, or from the host: ARM → management.azure.com,
 * Purview → purview.azure.net.
 */
import { isRecord, warn, type ModelContext } from "./context.js";
import type { IrSecurityScheme, IrServer } from "./ir.js";

const KNOWN_HOSTS: readonly [RegExp, string][] = [
  [/(^|\.)management\.azure\.com$/, "https://management.azure.com/.default"],
  [/(^|\.)purview\.azure\.com$/, "https://purview.azure.net/.default"],
];

export function readSecuritySchemes(ctx: ModelContext): { schemes: IrSecurityScheme[]; credentialScopes: string[] } {
  const doc = ctx.document;
  const components = isRecord(doc["components"]) ? doc["components"] : {};
  const raw = isRecord(components["securitySchemes"]) ? components["securitySchemes"] : isRecord(doc["securityDefinitions"]) ? doc["securityDefinitions"] : {};
  const schemes: IrSecurityScheme[] = [];
  const explicitScopes: string[] = [];
  for (const id of Object.keys(raw).sort()) {
    const s = raw[id];
    if (!isRecord(s) || (s["type"] !== "oauth2" && s["type"] !== "apiKey" && s["type"] !== "http")) continue;
    const scheme: IrSecurityScheme = { id, type: s["type"], scopes: [], ...(typeof s["description"] === "string" ? { description: s["description"] } : {}) };
    const flows = isRecord(s["flows"]) ? s["flows"] : undefined;
    const flowName = flows ? (["implicit", "authorizationCode", "clientCredentials", "password"] as const).find((f) => isRecord(flows[f])) : swaggerFlow(s["flow"]);
    const flow = flows && flowName ? (flows[flowName] as Record<string, unknown>) : s;
    if (flowName) scheme.flow = flowName;
    if (typeof flow["authorizationUrl"] === "string") scheme.authorizationUrl = flow["authorizationUrl"];
    if (typeof flow["tokenUrl"] === "string") scheme.tokenUrl = flow["tokenUrl"];
    if (isRecord(flow["scopes"])) scheme.scopes = Object.keys(flow["scopes"]).sort();
    if (Array.isArray(s["x-oagen-credential-scopes"])) explicitScopes.push(...s["x-oagen-credential-scopes"].filter((x): x is string => typeof x === "string"));
    schemes.push(scheme);
  }
  return { schemes, credentialScopes: explicitScopes };
}

export function chooseCredentialScopes(ctx: ModelContext, explicit: string[], schemes: IrSecurityScheme[], server: IrServer, configured?: readonly string[]): string[] {
  if (explicit.length > 0) return [...new Set(explicit)];
  const urlScopes = schemes.flatMap((s) => s.scopes).filter((s) => /^https:\/\/[^/]+\/\.default$/.test(s));
  if (urlScopes.length > 0) return [...new Set(urlScopes)].sort();
  // `--credential-scopes`: the spec names no scope of its own, so the user's setting wins over a guess from the host.
  if (configured && configured.length > 0) return [...new Set(configured)];
  const hosts = [server.urlTemplate, ...server.variables.map((v) => v.default ?? "")].map(hostOf);
  for (const host of hosts) {
    const known = KNOWN_HOSTS.find(([pattern]) => host !== undefined && pattern.test(host));
    if (known) return [known[1]];
  }
  if (server.kind === "arm") return ["https://management.azure.com/.default"];
  warn(ctx, "#/components/securitySchemes", "no-credential-scope", "oagen cannot tell which token scope this service needs; clients will require the `credentialScopes` option.", "Add x-oagen-credential-scopes: [\"https://<resource>/.default\"] to the OAuth2 security scheme.");
  return [];
}

function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/:{}]+)/.exec(url);
  return m?.[1];
}

function swaggerFlow(flow: unknown): IrSecurityScheme["flow"] | undefined {
  switch (flow) {
    case "implicit":
      return "implicit";
    case "accessCode":
      return "authorizationCode";
    case "application":
      return "clientCredentials";
    case "password":
      return "password";
    default:
      return undefined;
  }
}
