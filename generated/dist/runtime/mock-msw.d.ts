/**
* The mock as msw 2 request handlers, for teams that intercept `fetch` with msw. msw is an optional peer
* dependency, so nothing here imports it: the caller passes the msw module in (`handlers(msw)`), and a package
* user without msw never loads it. Responses are built with the module's own `HttpResponse`, so this file needs
* no fetch globals. Each operation gets one handler matching its URL by regex (a path like
* `…/{name}:listAuthKeys` is not an msw path pattern); all share one mock engine, whose scenario and call-record
* controls are on the returned array. (Copied verbatim into the generated package.)
*/
import { type MockAbortSignal } from "./mock-engine.js";
import type { MockController, MockFixtureSet, MockOptions, MockServiceDescription } from "./mock-types.js";
type MswMethod = "get" | "post" | "put" | "patch" | "delete" | "head" | "options";
/** What the handlers read of the fetch `Request` msw hands them. */
export interface MswRequest {
	readonly method: string;
	readonly url: string;
	readonly headers: {
		forEach(callback: (value: string, name: string) => void): void;
	};
	readonly signal: MockAbortSignal;
	text(): Promise<string>;
}
/** The part of the `msw` module the handlers use (`import * as msw from "msw"` fits it). */
export interface MswModule<
	H,
	R = unknown
> {
	http: Record<MswMethod, (path: RegExp, resolver: (info: {
		request: MswRequest;
	}) => Promise<R>) => H>;
	HttpResponse: {
		new (body: string | null, init: {
			status: number;
			headers: Record<string, string>;
		}): R;
		error(): R;
	};
}
/** The handlers (spread them into `setupServer(...)`) with the mock's scenario and call-record controls. */
export type MswHandlers<
	H,
	F extends MockFixtureSet = MockFixtureSet
> = H[] & MockController<F>;
export declare function createServiceMswHandlers<
	H,
	R,
	F extends MockFixtureSet
>(description: MockServiceDescription<F>, msw: MswModule<H, R>, options?: MockOptions<F>): MswHandlers<H, F>;
export {};
//# sourceMappingURL=mock-msw.d.ts.map
