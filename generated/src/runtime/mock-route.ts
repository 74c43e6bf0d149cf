/**
 * Request routing for the mocks: a path template (`/integrationruntimes/{integrationRuntimeName}:listAuthKeys`)
 * becomes an anchored regex over the raw (still percent-encoded) path; each placeholder takes one path
 * segment, decoded after matching. Literal text matches case-insensitively, as Azure's front ends do.
 * (Copied verbatim into the generated package.)
 */
import type { MockOperationDescription, MockServiceDescription } from "./mock-types.js";

/** Query parameter naming the page of a split list in the `nextLink`s the mock hands out. */
export const PAGE_TOKEN_PARAMETER = "$skiptoken";

export interface MockRoute {
  operation: MockOperationDescription;
  /** Matches a whole path (`/scan/integrationruntimes/x:listAuthKeys`). */
  pathPattern: RegExp;
  /** Placeholder names in the order of the pattern's groups. */
  names: string[];
}

export type RouteMatch =
  | {
      kind: "operation" | "page";
      operation: MockOperationDescription;
      /** Decoded placeholder values; `undefined` where the segment is not valid percent-encoding. */
      pathValues: Record<string, string | undefined>;
    }
  | { kind: "method-not-allowed"; allow: string[] }
  | { kind: "not-found" };

export function compileRoutes(description: MockServiceDescription): MockRoute[] {
  return description.operations.map((operation) => {
    const names: string[] = [];
    const template = description.basePath + operation.path;
    let source = "";
    let last = 0;
    for (const m of template.matchAll(/\{([^{}]+)\}/g)) {
      source += escapeRegex(template.slice(last, m.index)) + "([^/]*)";
      names.push(m[1]!);
      last = m.index + m[0].length;
    }
    source += escapeRegex(template.slice(last));
    return { operation, pathPattern: new RegExp(`^${source}$`, "i"), names };
  });
}

/** A regex over a whole URL without query (`https://host/path`), as msw matches request URLs. */
export function routeUrlPattern(route: MockRoute): RegExp {
  return new RegExp(`^[a-z][a-z0-9+.-]*://[^/?#]+${route.pathPattern.source.slice(1)}`, "i");
}

export function matchRoute(routes: readonly MockRoute[], method: string, url: URL): RouteMatch {
  const allow: string[] = [];
  for (const route of routes) {
    const m = route.pathPattern.exec(url.pathname);
    if (!m) continue;
    const pathValues: Record<string, string | undefined> = {};
    route.names.forEach((name, i) => (pathValues[name] = decodeSegment(m[i + 1]!)));
    const { operation } = route;
    if (operation.method === method) return { kind: "operation", operation, pathValues };
    if (operation.paging && method === "GET" && url.searchParams.has(PAGE_TOKEN_PARAMETER)) {
      return { kind: "page", operation, pathValues };
    }
    allow.push(operation.method);
  }
  return allow.length > 0 ? { kind: "method-not-allowed", allow } : { kind: "not-found" };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
