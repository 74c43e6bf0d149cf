import { type ServiceClient } from "./client.js";
import type { OperationOptions, PagedOperationSpec } from "./operation.js";
export interface PageSettings {
	/** A `nextLink` from an earlier page: iteration resumes there. */
	continuationToken?: string | undefined;
}
/** Iterates items; `byPage()` iterates whole pages (each page holds its `nextLink`). */
export interface PagedAsyncIterableIterator<
	TItem,
	TPage
> {
	next(): Promise<IteratorResult<TItem>>;
	[Symbol.asyncIterator](): PagedAsyncIterableIterator<TItem, TPage>;
	byPage(settings?: PageSettings): AsyncIterableIterator<TPage>;
}
export declare function page<
	TPage,
	TItem,
	THeaders extends object = Record<never, never>
>(client: ServiceClient, spec: PagedOperationSpec<TPage>, params: object, options?: OperationOptions<THeaders>): PagedAsyncIterableIterator<TItem, TPage>;
//# sourceMappingURL=paging.d.ts.map
