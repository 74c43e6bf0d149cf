/**
* List splitting for the `pages` scenario control: the answer's list is cut into N pages held in a session;
* each page but the last carries a `nextLink` back to the mock (same origin and path, the `api-version` of the
* request, and a `$skiptoken` naming the page), which the mock serves to a `GET` as Azure's `x-ms-pageable`
* convention expects. (Copied verbatim into the generated package.)
*/
import { PAGE_TOKEN_PARAMETER } from "./mock-route.js";
export class PageSessions {
	pages = new Map();
	sessionCount = 0;
	/**
	* Splits the list of `body` into `pageCount` pages (as evenly as possible; pages may be empty when the list is
	* shorter) and returns the first page. `linkTo(token)` builds the URL of a later page.
	*/
	split(paging, body, pageCount, linkTo) {
		if (body === null || typeof body !== "object" || !Array.isArray(body[paging.itemsProperty])) {
			return body;
		}
		const items = body[paging.itemsProperty];
		const count = Math.max(1, Math.floor(pageCount));
		const session = String(++this.sessionCount);
		const size = Math.floor(items.length / count);
		const extra = items.length % count;
		let start = 0;
		const bodies = [];
		for (let i = 0; i < count; i++) {
			const end = start + size + (i < extra ? 1 : 0);
			const page = {
				...body,
				[paging.itemsProperty]: items.slice(start, end)
			};
			delete page[paging.nextLinkProperty];
			if (i < count - 1) page[paging.nextLinkProperty] = linkTo(`${session}-${i + 1}`);
			bodies.push(page);
			start = end;
		}
		bodies.forEach((page, i) => this.pages.set(`${session}-${i}`, page));
		return bodies[0];
	}
	/** The page a `$skiptoken` names, or `undefined` when there is none. */
	page(token) {
		return this.pages.get(token);
	}
	clear() {
		this.pages.clear();
	}
}
/** The URL of a later page: the request's origin and path, its `api-version`, and the page token. */
export function nextPageUrl(requestUrl, apiVersionParameter, token) {
	const query = [];
	const apiVersion = apiVersionParameter === undefined ? null : requestUrl.searchParams.get(apiVersionParameter);
	if (apiVersionParameter !== undefined && apiVersion !== null) {
		query.push(`${encodeURIComponent(apiVersionParameter)}=${encodeURIComponent(apiVersion)}`);
	}
	query.push(`${PAGE_TOKEN_PARAMETER}=${encodeURIComponent(token)}`);
	return `${requestUrl.origin}${requestUrl.pathname}?${query.join("&")}`;
}
//# sourceMappingURL=mock-paging.js.map
