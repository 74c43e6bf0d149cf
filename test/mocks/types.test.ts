/**
 * Type-level contracts of the generated mocks modules (checked by `npm run typecheck`; the assertions below also
 * run): operationIds and fixture names are literal types, and `handlers(msw)` gives msw's own handler type.
 */
import type { HttpHandler } from "msw";
import * as msw from "msw";
import { createMockHttpClient, fixtures, handlers, type MockHttpClientOptions } from "azure-keys/deviceprovisioningservices/mocks";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("generated mocks types", () => {
  it("type operationIds, fixture names and msw handlers", () => {
    const client = createMockHttpClient();
    expectTypeOf(fixtures.IotDpsResource_ListKeys["200"].status).toEqualTypeOf<number>();
    expectTypeOf(handlers(msw)).toMatchTypeOf<HttpHandler[]>();
    const options: MockHttpClientOptions = { scenarios: { IotDpsResource_ListKeys: { fixture: "error-404" }, "*": { delayMs: 1 } } };
    expectTypeOf(options).toMatchTypeOf<MockHttpClientOptions>();
    // Each mistake is a compile error, and refused at run time too.
    // @ts-expect-error: not a fixture of this operation
    expect(() => client.setScenario("IotDpsResource_ListKeys", { fixture: "error-418" })).toThrow(/no fixture/);
    // @ts-expect-error: not an operation of this service
    expect(() => client.setScenario("IntegrationRuntimes_ListAuthKeys", {})).toThrow(/unknown operation/);
    // @ts-expect-error: fixtures are per operation, not for "*"
    expect(() => client.setScenario("*", { fixture: "200" })).toThrow(/per operation/);
  });
});
