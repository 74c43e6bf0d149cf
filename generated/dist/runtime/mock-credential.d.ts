/**
* A fake `TokenCredential` for tests: hands out a fixed, obviously fake bearer token without any network or
* Azure login, and records the scopes it was asked for. Pair it with `createMockHttpClient()` (or `oagen mock`),
* which accept any bearer token. (Copied verbatim into the generated package as `src/runtime/mock-credential.ts`
* and exported from every `<service>/mocks` entry.)
*/
import type { TokenCredential } from "@azure/core-auth";
export interface TestCredentialOptions {
	/** The token handed out. Default `"fake-test-token"`. */
	token?: string;
	/** How long each token is valid, in milliseconds. Default one hour. */
	expiresInMs?: number;
}
/** A `TokenCredential` for tests, with the scopes of every `getToken` call it answered. */
export interface TestCredential extends TokenCredential {
	/** The scopes of each `getToken` call, in order. */
	readonly requestedScopes: readonly (readonly string[])[];
}
/** A fake `TokenCredential` for tests: `new XClient({ credential: createTestCredential(), httpClient: createMockHttpClient() })`. */
export declare function createTestCredential(options?: TestCredentialOptions): TestCredential;
//# sourceMappingURL=mock-credential.d.ts.map
