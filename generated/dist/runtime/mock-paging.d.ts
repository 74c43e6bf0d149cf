import type { MockPagingDescription } from "./mock-types.js";
export declare class PageSessions {
	private readonly pages;
	private sessionCount;
	/**
	* Splits the list of `body` into `pageCount` pages (as evenly as possible; pages may be empty when the list is
	* shorter) and returns the first page. `linkTo(token)` builds the URL of a later page.
	*/
	split(paging: MockPagingDescription, body: unknown, pageCount: number, linkTo: (token: string) => string): unknown;
	/** The page a `$skiptoken` names, or `undefined` when there is none. */
	page(token: string): unknown;
	clear(): void;
}
/** The URL of a later page: the request's origin and path, its `api-version`, and the page token. */
export declare function nextPageUrl(requestUrl: URL, apiVersionParameter: string | undefined, token: string): string;
//# sourceMappingURL=mock-paging.d.ts.map
