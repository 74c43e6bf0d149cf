/**
* Error answers of the mocks, shaped as each service's own error model: the facts of a problem (status, code,
* message, target) are written at the JSON pointers the generator found in that model, so Purview answers
* `{ error: { code, message } }` with an `x-ms-error-code` header and DPS answers
* `{ code, httpStatusCode: "400", message }`. (Copied verbatim into the generated package.)
*/
import type { MockErrorModel } from "./mock-types.js";
export interface MockProblem {
	status: number;
	code: string;
	message: string;
	/** What the problem is about: a parameter's wire name, or a body location (`regenerateKeyParameters/keyName`). */
	target?: string;
}
/** The usual code and message for an error status (used when a scenario forces a status). */
export declare function problemForStatus(status: number): MockProblem;
export declare function errorBody(model: MockErrorModel, problem: MockProblem): unknown;
export declare function errorHeaders(model: MockErrorModel, problem: MockProblem): Record<string, string>;
/** Sets `value` at an RFC 6901 pointer, creating the objects on the way (own data properties, even `__proto__`). */
export declare function setAtPointer(root: Record<string, unknown>, pointer: string, value: unknown): void;
//# sourceMappingURL=mock-errors.d.ts.map
