import { createHttpHeaders, createPipelineRequest } from "@azure/core-rest-pipeline";
import { clientContext } from "./client.js";
import { RequestValidationError } from "./errors.js";
import { execute, prepareRequest, readResponse } from "./send.js";
function page(client, spec, params, options = {}) {
  const context = clientContext(client);
  const firstRequest = prepareRequest(context, spec, params, options.abortSignal);
  const fetchPage = async (request) => readResponse(context, spec, await execute(context, request), options);
  async function* pages(settings = {}) {
    let link = settings.continuationToken;
    let base = context.baseUrl;
    if (link === void 0) {
      const request = firstRequest();
      const first = await fetchPage(request);
      yield first;
      link = nextLinkOf(first, spec.paging);
      base = request.url;
    }
    while (link !== void 0) {
      const url = nextPageUrl(context, link, base);
      const headers = createHttpHeaders({ accept: "application/json" });
      const abortSignal = options.abortSignal;
      const next = await fetchPage(
        createPipelineRequest({ url, method: "GET", headers, ...abortSignal === void 0 ? {} : { abortSignal } })
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
