/**
* The checks a mock applies to a request before answering, as the service would: a bearer token, a known
* `api-version`, and every path, query and header value plus the body through the operation's generated
* parameters validator. Each returns the problem to answer with, or `undefined`.
* (Copied verbatim into the generated package.)
*/
import type { MockProblem } from "./mock-errors.js";
import type { MockOperationDescription } from "./mock-types.js";
export declare function checkBearerToken(headers: Record<string, string>): MockProblem | undefined;
export declare function checkApiVersion(operation: MockOperationDescription, url: URL, apiVersions: readonly string[]): MockProblem | undefined;
export interface RequestValues {
	url: URL;
	pathValues: Record<string, string | undefined>;
	headers: Record<string, string>;
	bodyText: string | undefined;
}
export declare function checkParameters(operation: MockOperationDescription, request: RequestValues): MockProblem | undefined;
//# sourceMappingURL=mock-checks.d.ts.map
