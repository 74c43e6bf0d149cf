/** Query parameter naming the page of a split list in the `nextLink`s the mock hands out. */
export const PAGE_TOKEN_PARAMETER = "$skiptoken";
export function compileRoutes(description) {
	return description.operations.map((operation) => {
		const names = [];
		const template = description.basePath + operation.path;
		let source = "";
		let last = 0;
		for (const m of template.matchAll(/\{([^{}]+)\}/g)) {
			source += escapeRegex(template.slice(last, m.index)) + "([^/]*)";
			names.push(m[1]);
			last = m.index + m[0].length;
		}
		source += escapeRegex(template.slice(last));
		return {
			operation,
			pathPattern: new RegExp(`^${source}$`, "i"),
			names
		};
	});
}
/** A regex over a whole URL without query (`https://host/path`), as msw matches request URLs. */
export function routeUrlPattern(route) {
	return new RegExp(`^[a-z][a-z0-9+.-]*://[^/?#]+${route.pathPattern.source.slice(1)}`, "i");
}
export function matchRoute(routes, method, url) {
	const allow = [];
	for (const route of routes) {
		const m = route.pathPattern.exec(url.pathname);
		if (!m) continue;
		const pathValues = {};
		route.names.forEach((name, i) => pathValues[name] = decodeSegment(m[i + 1]));
		const { operation } = route;
		if (operation.method === method) return {
			kind: "operation",
			operation,
			pathValues
		};
		if (operation.paging && method === "GET" && url.searchParams.has(PAGE_TOKEN_PARAMETER)) {
			return {
				kind: "page",
				operation,
				pathValues
			};
		}
		allow.push(operation.method);
	}
	return allow.length > 0 ? {
		kind: "method-not-allowed",
		allow
	} : { kind: "not-found" };
}
function decodeSegment(segment) {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}
function escapeRegex(text) {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
//# sourceMappingURL=mock-route.js.map
