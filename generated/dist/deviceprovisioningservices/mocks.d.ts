import { type ServiceMockHttpClient } from "../runtime/mock-http-client.js";
import { type MswHandlers, type MswModule } from "../runtime/mock-msw.js";
import type { MockOptions, MockServiceDescription } from "../runtime/mock-types.js";
/**
 * Fixtures by operationId, then fixture name: the documented samples (`example-…`), synthesised answers per
 * response (`200`, `200-nulls`, …) and error answers in the service's error model (`error-400`, …). The same
 * data is in `fixtures/deviceprovisioningservices/<operationId>/<name>.json`.
 */
export declare const fixtures: {
    IotDpsResource_ListKeys: {
        "example-dps-list-keys": {
            status: number;
            headers: {};
            body: {
                value: {
                    keyName: string;
                    primaryKey: string;
                    secondaryKey: string;
                    rights: string;
                }[];
            };
            request: {
                parameters: {
                    provisioningServiceName: string;
                    resourceGroupName: string;
                    "api-version": string;
                    subscriptionId: string;
                };
            };
        };
        "200": {
            status: number;
            headers: {};
            body: {
                value: {
                    keyName: string;
                    primaryKey: string;
                    secondaryKey: string;
                    rights: string;
                }[];
            };
        };
        "200-empty-arrays": {
            status: number;
            headers: {};
            body: {
                value: never[];
            };
        };
        "200-required-only": {
            status: number;
            headers: {};
            body: {};
        };
        "error-400": {
            status: number;
            headers: {};
            body: {
                code: string;
                httpStatusCode: string;
                message: string;
                details: string;
            };
        };
        "error-400-required-only": {
            status: number;
            headers: {};
            body: {
                code: string;
                message: string;
                httpStatusCode: string;
            };
        };
        "error-404": {
            status: number;
            headers: {};
            body: {
                code: string;
                httpStatusCode: string;
                message: string;
                details: string;
            };
        };
        "error-500": {
            status: number;
            headers: {};
            body: {
                code: string;
                httpStatusCode: string;
                message: string;
                details: string;
            };
        };
    };
};
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
export declare function handlers<H, R>(msw: MswModule<H, R>, options?: MockHttpClientOptions): MswHandlers<H, typeof fixtures>;
