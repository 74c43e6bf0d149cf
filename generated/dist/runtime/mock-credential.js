/** A fake `TokenCredential` for tests: `new XClient({ credential: createTestCredential(), httpClient: createMockHttpClient() })`. */
export function createTestCredential(options = {}) {
	const token = options.token ?? "fake-test-token";
	const expiresInMs = options.expiresInMs ?? 36e5;
	const requestedScopes = [];
	return {
		requestedScopes,
		async getToken(scopes, getTokenOptions) {
			if (getTokenOptions?.abortSignal?.aborted) throw new Error("createTestCredential: getToken was aborted");
			requestedScopes.push(Object.freeze(Array.isArray(scopes) ? [...scopes] : [scopes]));
			return {
				token,
				expiresOnTimestamp: Date.now() + expiresInMs,
				tokenType: "Bearer"
			};
		}
	};
}
//# sourceMappingURL=mock-credential.js.map
