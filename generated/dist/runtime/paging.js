/**
* Paged operations (`x-ms-pageable`). The call checks its parameters at once but sends nothing until the
* caller iterates. The first page is the operation's own request; each next page is a GET of the `nextLink`
* exactly as the service returned it (no api-version added, nothing re-encoded), refused before sending when
* its origin is not the client's endpoint, so the token never leaves for another host.
*/
import { createHttpHeaders } from "@azure/core-rest-pipeline";
import { clientContext } from "./client.js";
import { RequestValidationError } from "./errors.js";
import { createCallRequest, execute, prepareRequest, readResponse } from "./send.js";
import { withOperationSpan } from "./tracing.js";
export function page(client, spec, params, options = {}) {
	const context = clientContext(client);
	const firstRequest = prepareRequest(context, spec, params, options);
	/** Each page is one traced call. */
	const fetchPage = (request) => withOperationSpan(context.tracing, spec.spanName ?? spec.operationId, options.tracingOptions, async (tracingOptions) => readResponse(context, spec, await execute(context, request(tracingOptions)), options));
	async function* pages(settings = {}) {
		let link = settings.continuationToken;
		let base = context.baseUrl;
		if (link === undefined) {
			let url = base;
			const first = await fetchPage((tracingOptions) => {
				const request = firstRequest(tracingOptions);
				url = request.url;
				return request;
			});
			yield first;
			link = nextLinkOf(first, spec.paging);
			base = url;
		}
		while (link !== undefined) {
			const url = nextPageUrl(context, link, base);
			const next = await fetchPage((tracingOptions) => createCallRequest({
				url,
				method: "GET",
				headers: createHttpHeaders({ accept: "application/json" })
			}, options, tracingOptions));
			yield next;
			link = nextLinkOf(next, spec.paging);
			base = url;
		}
	}
	async function* items() {
		for await (const current of pages()) yield* itemsOf(current, spec.paging);
	}
	const iterator = items();
	const paged = {
		next: () => iterator.next(),
		[Symbol.asyncIterator]: () => paged,
		byPage: (settings) => pages(settings)
	};
	return paged;
}
/**
* The URL to GET for `link`: the link itself when absolute (sent as returned), else resolved against the
* page it came from. Refused unless on the client's origin.
*/
function nextPageUrl(context, link, base) {
	let url;
	try {
		url = new URL(link, base);
	} catch {
		throw new RequestValidationError({
			parameter: "nextLink",
			rule: "url",
			reason: "must be a URL"
		});
	}
	if (url.origin !== context.origin) {
		throw new RequestValidationError({
			parameter: "nextLink",
			rule: "same-origin",
			value: url.origin,
			reason: `must be on the client's endpoint ${context.origin} (the token is sent nowhere else)`
		});
	}
	return isAbsoluteUrl(link) ? link : url.href;
}
function isAbsoluteUrl(link) {
	try {
		new URL(link);
		return true;
	} catch {
		return false;
	}
}
function nextLinkOf(page, paging) {
	if (paging.nextLink === undefined || typeof page !== "object" || page === null) return undefined;
	const link = page[paging.nextLink];
	return typeof link === "string" && link !== "" ? link : undefined;
}
function itemsOf(page, paging) {
	const items = typeof page === "object" && page !== null ? page[paging.items] : undefined;
	// The page passed its validator, so its items are TItem[] (absent only when validation is off).
	return Array.isArray(items) ? items : [];
}
//# sourceMappingURL=paging.js.map
