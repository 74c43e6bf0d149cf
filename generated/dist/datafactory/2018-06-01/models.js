/** Known values of {@link IntegrationRuntimeAuthKeyName} in this api-version; the service may send others. */
export const KnownIntegrationRuntimeAuthKeyName = {
	AuthKey1: "authKey1",
	AuthKey2: "authKey2"
};
//# sourceMappingURL=models.js.map
