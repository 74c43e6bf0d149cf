/**
* The mock as `@azure/core-rest-pipeline`'s `HttpClient`: pass it as a generated client's `httpClient` option and
* every request goes through the real pipeline (auth, retries, validation) into the mock engine instead of the
* network. A dropped connection surfaces as core's `ECONNRESET` `RestError`, as the Node HTTP client reports it.
* (Copied verbatim into the generated package.)
*/
import { type HttpClient } from "@azure/core-rest-pipeline";
import type { MockController, MockFixtureSet, MockOptions, MockServiceDescription } from "./mock-types.js";
export interface ServiceMockHttpClient<F extends MockFixtureSet = MockFixtureSet> extends HttpClient, MockController<F> {}
export declare function createServiceMockHttpClient<F extends MockFixtureSet>(description: MockServiceDescription<F>, options?: MockOptions<F>): ServiceMockHttpClient<F>;
//# sourceMappingURL=mock-http-client.d.ts.map
