/**
* Call records of the mocks: what a test asserts on, with token-bearing headers redacted so a recorded call
* can be printed or snapshotted safely. (Copied verbatim into the generated package.)
*/
import type { MockCall } from "./mock-types.js";
export declare const REDACTED = "<redacted>";
/** Longer bodies are recorded as a note of their size, not kept (key operations send a few hundred bytes). */
export declare const MAX_RECORDED_BODY_CHARS: number;
/** Lower-case names; the credentials of token-bearing headers replaced (an auth scheme such as `Bearer` is kept). */
export declare function redactHeaders(headers: Record<string, string>): Record<string, string>;
export declare function recordCall(request: {
	method: string;
	url: string;
	headers: Record<string, string>;
	bodyText: string | undefined;
}, operationId: string | undefined): MockCall;
//# sourceMappingURL=mock-record.d.ts.map
