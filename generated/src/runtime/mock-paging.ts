/**
 * List splitting for the `pages` scenario control: the answer's list is cut into N pages held in a session;
 * each page but the last carries a `nextLink` back to the mock (same origin and path, the `api-version` of the
 * request, and a `$skiptoken` naming the page), which the mock serves to a `GET` as Azure's `x-ms-pageable`
 * convention expects. (Copied verbatim into the generated package.)
 */
import { PAGE_TOKEN_PARAMETER } from "./mock-route.js";
import type { MockPagingDescription } from "./mock-types.js";

export class PageSessions {
  private readonly pages = new Map<string, unknown>();
  private sessionCount = 0;

  /**
   * Splits the list of `body` into `pageCount` pages (as evenly as possible; pages may be empty when the list is
   * shorter) and returns the first page. `linkTo(token)` builds the URL of a later page.
   */
  split(
    paging: MockPagingDescription,
    body: unknown,
    pageCount: number,
    linkTo: (token: string) => string,
  ): unknown {
    if (body === null || typeof body !== "object" || !Array.isArray((body as Record<string, unknown>)[paging.itemsProperty])) {
      return body;
    }
    const items = (body as Record<string, unknown>)[paging.itemsProperty] as unknown[];
    const count = Math.max(1, Math.floor(pageCount));
    const session = String(++this.sessionCount);
    const size = Math.floor(items.length / count);
    const extra = items.length % count;
    let start = 0;
    const bodies: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const end = start + size + (i < extra ? 1 : 0);
      const page: Record<string, unknown> = { ...(body as Record<string, unknown>), [paging.itemsProperty]: items.slice(start, end) };
      delete page[paging.nextLinkProperty];
      if (i < count - 1) page[paging.nextLinkProperty] = linkTo(`${session}-${i + 1}`);
      bodies.push(page);
      start = end;
    }
    bodies.forEach((page, i) => this.pages.set(`${session}-${i}`, page));
    return bodies[0];
  }

  /** The page a `$skiptoken` names, or `undefined` when there is none. */
  page(token: string): unknown {
    return this.pages.get(token);
  }

  clear(): void {
    this.pages.clear();
  }
}

/** The URL of a later page: the request's origin and path, its `api-version`, and the page token. */
export function nextPageUrl(requestUrl: URL, apiVersionParameter: string | undefined, token: string): string {
  const query: string[] = [];
  const apiVersion = apiVersionParameter === undefined ? null : requestUrl.searchParams.get(apiVersionParameter);
  if (apiVersionParameter !== undefined && apiVersion !== null) {
    query.push(`${encodeURIComponent(apiVersionParameter)}=${encodeURIComponent(apiVersion)}`);
  }
  query.push(`${PAGE_TOKEN_PARAMETER}=${encodeURIComponent(token)}`);
  return `${requestUrl.origin}${requestUrl.pathname}?${query.join("&")}`;
}
