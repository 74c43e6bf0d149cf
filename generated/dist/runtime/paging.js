import { createHttpHeaders } from "@azure/core-rest-pipeline";
import { clientContext } from "./client.js";
import { RequestValidationError } from "./errors.js";
import { createCallRequest, execute, prepareRequest, readResponse } from "./send.js";
import { withOperationSpan } from "./tracing.js";
function page(client, spec, params, options = {}) {
  const context = clientContext(client);
  const firstRequest = prepareRequest(context, spec, params, options);
  const fetchPage = (request) => withOperationSpan(
    context.tracing,
    spec.spanName ?? spec.operationId,
    options.tracingOptions,
    async (tracingOptions) => readResponse(context, spec, await execute(context, request(tracingOptions)), options)
  );
  async function* pages(settings = {}) {
    let link = settings.continuationToken;
    let base = context.baseUrl;
    if (link === void 0) {
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
    while (link !== void 0) {
      const url = nextPageUrl(context, link, base);
      const next = await fetchPage(
        (tracingOptions) => createCallRequest({ url, method: "GET", headers: createHttpHeaders({ accept: "application/json" }) }, options, tracingOptions)
      );
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
function nextPageUrl(context, link, base) {
  let url;
  try {
    url = new URL(link, base);
  } catch {
    throw new RequestValidationError({ parameter: "nextLink", rule: "url", reason: "must be a URL" });
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
function nextLinkOf(page2, paging) {
  if (paging.nextLink === void 0 || typeof page2 !== "object" || page2 === null) return void 0;
  const link = page2[paging.nextLink];
  return typeof link === "string" && link !== "" ? link : void 0;
}
function itemsOf(page2, paging) {
  const items = typeof page2 === "object" && page2 !== null ? page2[paging.items] : void 0;
  return Array.isArray(items) ? items : [];
}
export {
  page
};
//# sourceMappingURL=paging.js.map
