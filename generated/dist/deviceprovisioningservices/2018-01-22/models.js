/** Known values of {@link AccessRightsDescription} in this api-version; the service may send others. */
export const KnownAccessRightsDescription = {
	ServiceConfig: "ServiceConfig",
	EnrollmentRead: "EnrollmentRead",
	EnrollmentWrite: "EnrollmentWrite",
	DeviceConnect: "DeviceConnect",
	RegistrationStatusRead: "RegistrationStatusRead",
	RegistrationStatusWrite: "RegistrationStatusWrite"
};
//# sourceMappingURL=models.js.map
