/**
* Request routing for the mocks: a path template (`/integrationruntimes/{integrationRuntimeName}:listAuthKeys`)
* becomes an anchored regex over the raw (still percent-encoded) path; each placeholder takes one path
* segment, decoded after matching. Literal text matches case-insensitively, as Azure's front ends do.
* (Copied verbatim into the generated package.)
*/
import type { MockOperationDescription, MockServiceDescription } from "./mock-types.js";
/** Query parameter naming the page of a split list in the `nextLink`s the mock hands out. */
export declare const PAGE_TOKEN_PARAMETER = "$skiptoken";
export interface MockRoute {
	operation: MockOperationDescription;
	/** Matches a whole path (`/scan/integrationruntimes/x:listAuthKeys`). */
	pathPattern: RegExp;
	/** Placeholder names in the order of the pattern's groups. */
	names: string[];
}
export type RouteMatch = {
	kind: "operation" | "page";
	operation: MockOperationDescription;
	/** Decoded placeholder values; `undefined` where the segment is not valid percent-encoding. */
	pathValues: Record<string, string | undefined>;
} | {
	kind: "method-not-allowed";
	allow: string[];
} | {
	kind: "not-found";
};
export declare function compileRoutes(description: MockServiceDescription): MockRoute[];
/** A regex over a whole URL without query (`https://host/path`), as msw matches request URLs. */
export declare function routeUrlPattern(route: MockRoute): RegExp;
export declare function matchRoute(routes: readonly MockRoute[], method: string, url: URL): RouteMatch;
//# sourceMappingURL=mock-route.d.ts.map
