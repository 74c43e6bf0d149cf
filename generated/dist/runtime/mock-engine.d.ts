import type { MockController, MockFixtureSet, MockOptions, MockServiceDescription } from "./mock-types.js";
/** Calls a mock keeps by default (`maxRecordedCalls`): memory stays bounded in a long-running test server. */
export declare const DEFAULT_MAX_RECORDED_CALLS: number;
export interface MockRequest {
	method: string;
	/** Absolute URL. */
	url: string;
	/** Header names in any case. */
	headers: Record<string, string>;
	bodyText?: string | undefined;
	abortSignal?: MockAbortSignal | undefined;
}
/** What the engine needs of an abort signal (fetch's `AbortSignal` and core's `AbortSignalLike` both fit). */
export interface MockAbortSignal {
	readonly aborted: boolean;
	addEventListener(type: "abort", listener: () => void, options?: {
		once?: boolean;
	}): void;
	removeEventListener(type: "abort", listener: () => void): void;
}
export type MockAnswer = {
	kind: "response";
	status: number;
	headers: Record<string, string>;
	bodyText?: string;
} | {
	kind: "drop";
};
export interface MockEngine<F extends MockFixtureSet = MockFixtureSet> extends MockController<F> {
	readonly description: MockServiceDescription<F>;
	/** Answers a request. Rejects with an `AbortError` when the request's signal aborts first. */
	handle(request: MockRequest): Promise<MockAnswer>;
	/** Whether some operation of the service has this URL's path (whatever the method). */
	hasPath(url: URL): boolean;
}
/** Thrown when a request's abort signal fires before the mock answers (the name core and fetch use). */
export declare class MockAbortError extends Error {
	constructor();
}
export declare function createMockEngine<F extends MockFixtureSet>(description: MockServiceDescription<F>, options?: MockOptions<F>): MockEngine<F>;
//# sourceMappingURL=mock-engine.d.ts.map
