/**
* The mock as msw 2 request handlers, for teams that intercept `fetch` with msw. msw is an optional peer
* dependency, so nothing here imports it: the caller passes the msw module in (`handlers(msw)`), and a package
* user without msw never loads it. Responses are built with the module's own `HttpResponse`, so this file needs
* no fetch globals. Each operation gets one handler matching its URL by regex (a path like
* `…/{name}:listAuthKeys` is not an msw path pattern); all share one mock engine, whose scenario and call-record
* controls are on the returned array. (Copied verbatim into the generated package.)
*/
import { createMockEngine } from "./mock-engine.js";
import { compileRoutes, routeUrlPattern } from "./mock-route.js";
export function createServiceMswHandlers(description, msw, options) {
	const engine = createMockEngine(description, options);
	const resolver = async ({ request }) => {
		const headers = {};
		request.headers.forEach((value, name) => headers[name] = value);
		const bodyText = await request.text();
		const answer = await engine.handle({
			method: request.method,
			url: request.url,
			headers,
			bodyText: bodyText === "" ? undefined : bodyText,
			abortSignal: request.signal
		});
		if (answer.kind === "drop") return msw.HttpResponse.error();
		return new msw.HttpResponse(answer.bodyText ?? null, {
			status: answer.status,
			headers: answer.headers
		});
	};
	const handlers = compileRoutes(description).flatMap((route) => {
		const pattern = routeUrlPattern(route);
		const method = route.operation.method.toLowerCase();
		const own = msw.http[method](pattern, resolver);
		// Later pages of a split list are `GET`s of the `nextLink`, whatever the operation's own method.
		return route.operation.paging && method !== "get" ? [own, msw.http.get(pattern, resolver)] : [own];
	});
	return Object.defineProperties(handlers, {
		calls: { get: () => engine.calls },
		setScenario: { value: engine.setScenario },
		reset: { value: engine.reset }
	});
}
//# sourceMappingURL=mock-msw.js.map
