/**
* Long-running operations in the mocks, as Azure runs them: a successful call of an `x-ms-long-running-operation`
* is answered `202 Accepted` with an `Operation-Location` (plus `Azure-AsyncOperation` or `Location` as its
* `final-state-via` says) naming a status monitor on the mock; the monitor answers `InProgress` for the
* scenario's `polls` requests, then `Succeeded` (or `Failed` with an error, or `Canceled`); the result — the
* answer the call would have had — is served where `final-state-via` says (the monitor itself, the `Location`
* URL, or a GET of the request URL). (Copied verbatim into the generated package.)
*/
import type { MockLroControls, MockOperationDescription } from "./mock-types.js";
/** Path segment of the mock's status monitors and results, below the service's base path. */
export declare const LRO_PATH_SEGMENT = "/.oagen-mock/operations/";
export interface LroResult {
	status: number;
	headers: Record<string, string>;
	body?: unknown;
}
export interface LroReply {
	status: number;
	headers: Record<string, string>;
	body?: unknown;
}
export declare class LroSessions {
	private readonly sessions;
	/** Request URL → session, while a GET of it serves the result. */
	private readonly byRequestUrl;
	private count;
	/**
	* Starts an operation: the answer (the operation's accepted status, `accepted` its fixture body) whose headers
	* name its status monitor.
	*/
	start(operation: MockOperationDescription, requestUrl: URL, basePath: string, result: LroResult, accepted: unknown, controls: MockLroControls): LroReply;
	/** The answer to a GET of a status monitor, a result URL or a request URL the mock owns; else undefined. */
	answer(method: string, url: URL, basePath: string): LroReply | undefined;
	clear(): void;
	private poll;
}
//# sourceMappingURL=mock-lro.d.ts.map
