/**
 * Names the generated service entry points export whatever the spec says (runtime re-exports and fixed
 * API). The model's export scope starts with these taken, so no schema or operation can shadow them.
 * Add a name here when an emitter exports a new fixed name.
 */
export const FIXED_EXPORT_NAMES: readonly string[] = [
  "ClientOptions",
  "OperationOptions",
  "RawResponse",
  "PagedAsyncIterableIterator",
  "PageSettings",
  "RequestValidationError",
  "ResponseValidationError",
  "RestError",
  "isRestError",
  "ValidateOptions",
  "ValidationIssue",
  "ValidationResult",
  "ValidateResponses",
  "createMockHttpClient",
  "createTestCredential",
  "TestCredential",
  "TestCredentialOptions",
  "MockHttpClient",
  "MockHttpClientOptions",
  "fixtures",
  "handlers",
  "serviceDescription",
  "ServiceRestError",
  "AdditionalPolicyConfig",
  "LroPoller",
  "LroOptions",
  "LroState",
  "OperationRequestOptions",
];
