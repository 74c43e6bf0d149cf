import { type ServiceMockHttpClient } from "../../runtime/mock-http-client.js";
import { type MswHandlers, type MswModule } from "../../runtime/mock-msw.js";
import type { MockFixtureTable, MockOptions, MockServiceDescription } from "../../runtime/mock-types.js";
export { createTestCredential, type TestCredential, type TestCredentialOptions } from "../../runtime/mock-credential.js";
/**
* Fixtures by operationId, then fixture name: the documented samples (`example-…`), synthesised answers per
* response (`200`, `200-nulls`, …) and error answers in the service's error model (`error-400`, …), each
* stored once, in `fixtures/apimanagement/2024-05-01.json` (by operationId, then name).
*/
export declare const fixtures: MockFixtureTable<{
	TenantAccess_ListSecrets: "example-api-management-list-secrets-tenant-access" | "200" | "200-required-only" | "error-400" | "error-400-empty-arrays" | "error-400-required-only" | "error-404" | "error-500";
}>;
/** What the mocks serve and check for this service (data for the shared mock runtime). */
export declare const serviceDescription: MockServiceDescription<typeof fixtures>;
/** Scenario controls by operationId (`"*"` for all), and whether a bearer token is required. */
export type MockHttpClientOptions = MockOptions<typeof fixtures>;
/** An `HttpClient` for the client's `httpClient` option, with scenario controls and recorded calls. */
export type MockHttpClient = ServiceMockHttpClient<typeof fixtures>;
/** A mock of the service for a client's `httpClient` option: no network, the service's own rules and errors. */
export declare function createMockHttpClient(options?: MockHttpClientOptions): MockHttpClient;
/**
* msw 2 request handlers serving the same mock. msw is an optional peer dependency, so pass its module in:
* `import * as msw from "msw"; setupServer(...handlers(msw));`. The array also has the mock's controls.
*/
export declare function handlers<
	H,
	R
>(msw: MswModule<H, R>, options?: MockHttpClientOptions): MswHandlers<H, typeof fixtures>;
//# sourceMappingURL=mocks.d.ts.map
