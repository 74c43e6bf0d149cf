import { type ServiceMockHttpClient } from "../runtime/mock-http-client.js";
import { type MswHandlers, type MswModule } from "../runtime/mock-msw.js";
import type { MockOptions, MockServiceDescription } from "../runtime/mock-types.js";
/**
 * Fixtures by operationId, then fixture name: the documented samples (`example-…`), synthesised answers per
 * response (`200`, `200-nulls`, …) and error answers in the service's error model (`error-400`, …). The same
 * data is in `fixtures/machinelearningservices/<operationId>/<name>.json`.
 */
export declare const fixtures: {
    Workspaces_ListKeys: {
        "example-list-workspace-keys": {
            status: number;
            headers: {};
            body: {
                userStorageKey: null;
                userStorageResourceId: string;
                appInsightsInstrumentationKey: null;
                containerRegistryCredentials: {
                    location: null;
                    username: string;
                    passwords: {
                        name: string;
                        value: string;
                    }[];
                };
                notebookAccessKeys: {
                    primaryAccessKey: null;
                    secondaryAccessKey: null;
                };
            };
            request: {
                parameters: {
                    subscriptionId: string;
                    resourceGroupName: string;
                    workspaceName: string;
                    "api-version": string;
                };
            };
        };
        "200": {
            status: number;
            headers: {};
            body: {
                userStorageKey: string;
                userStorageResourceId: string;
                appInsightsInstrumentationKey: string;
                containerRegistryCredentials: {
                    location: string;
                    username: string;
                    passwords: {
                        name: string;
                        value: string;
                    }[];
                };
                notebookAccessKeys: {
                    primaryAccessKey: string;
                    secondaryAccessKey: string;
                };
            };
        };
        "200-nulls": {
            status: number;
            headers: {};
            body: {
                userStorageKey: null;
                userStorageResourceId: string;
                appInsightsInstrumentationKey: null;
                containerRegistryCredentials: {
                    location: null;
                    username: string;
                    passwords: {
                        name: string;
                        value: string;
                    }[];
                };
                notebookAccessKeys: {
                    primaryAccessKey: null;
                    secondaryAccessKey: null;
                };
            };
        };
        "200-empty-arrays": {
            status: number;
            headers: {};
            body: {
                userStorageKey: string;
                userStorageResourceId: string;
                appInsightsInstrumentationKey: string;
                containerRegistryCredentials: {
                    location: string;
                    username: string;
                    passwords: never[];
                };
                notebookAccessKeys: {
                    primaryAccessKey: string;
                    secondaryAccessKey: string;
                };
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
                error: {
                    code: string;
                    message: string;
                    target: string;
                    details: {
                        code: string;
                        message: string;
                        target: string;
                        details: never[];
                        additionalInfo: {
                            type: string;
                            info: {};
                        }[];
                    }[];
                    additionalInfo: {
                        type: string;
                        info: {};
                    }[];
                };
            };
        };
        "error-400-empty-arrays": {
            status: number;
            headers: {};
            body: {
                error: {
                    code: string;
                    message: string;
                    target: string;
                    details: never[];
                    additionalInfo: never[];
                };
            };
        };
        "error-400-required-only": {
            status: number;
            headers: {};
            body: {
                error: {
                    code: string;
                    message: string;
                };
            };
        };
        "error-404": {
            status: number;
            headers: {};
            body: {
                error: {
                    code: string;
                    message: string;
                    target: string;
                    details: {
                        code: string;
                        message: string;
                        target: string;
                        details: never[];
                        additionalInfo: {
                            type: string;
                            info: {};
                        }[];
                    }[];
                    additionalInfo: {
                        type: string;
                        info: {};
                    }[];
                };
            };
        };
        "error-500": {
            status: number;
            headers: {};
            body: {
                error: {
                    code: string;
                    message: string;
                    target: string;
                    details: {
                        code: string;
                        message: string;
                        target: string;
                        details: never[];
                        additionalInfo: {
                            type: string;
                            info: {};
                        }[];
                    }[];
                    additionalInfo: {
                        type: string;
                        info: {};
                    }[];
                };
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
