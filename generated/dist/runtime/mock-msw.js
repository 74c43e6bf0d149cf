import { createMockEngine } from "./mock-engine.js";
import { compileRoutes, routeUrlPattern } from "./mock-route.js";
function createServiceMswHandlers(description, msw, options) {
  const engine = createMockEngine(description, options);
  const resolver = async ({ request }) => {
    const headers = {};
    request.headers.forEach((value, name) => headers[name] = value);
    const bodyText = await request.text();
    const answer = await engine.handle({
      method: request.method,
      url: request.url,
      headers,
      bodyText: bodyText === "" ? void 0 : bodyText,
      abortSignal: request.signal
    });
    if (answer.kind === "drop") return msw.HttpResponse.error();
    return new msw.HttpResponse(answer.bodyText ?? null, { status: answer.status, headers: answer.headers });
  };
  const handlers = compileRoutes(description).flatMap((route) => {
    const pattern = routeUrlPattern(route);
    const method = route.operation.method.toLowerCase();
    const own = msw.http[method](pattern, resolver);
    return route.operation.paging && method !== "get" ? [own, msw.http.get(pattern, resolver)] : [own];
  });
  return Object.defineProperties(handlers, {
    calls: { get: () => engine.calls },
    setScenario: { value: engine.setScenario },
    reset: { value: engine.reset }
  });
}
export {
  createServiceMswHandlers
};
//# sourceMappingURL=mock-msw.js.map
