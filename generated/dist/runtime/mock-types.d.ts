/**
* Shapes shared by the mock runtime (`mock-*.ts`) and the generated `src/<service>/mocks.ts`: a data-only
* description of one service (routes, checks, fixtures, error model) plus the scenario controls and call
* records users see. (Copied verbatim into the generated package as `src/runtime/mock-types.ts`.)
*/
import type { ErrorModelSpec } from "./operation.js";
import type { ValidationResult } from "./validation.js";
/** One canned answer of an operation. */
export interface MockFixture {
	status: number;
	headers: Record<string, string>;
	/** JSON body; absent for bodiless responses. */
	body?: unknown;
	/** For fixtures taken from the spec's documented sample: the sample request it answers. */
	request?: MockFixtureRequest;
}
export interface MockFixtureRequest {
	/** Wire parameter name → value, as the sample documents them (`api-version` included). */
	parameters: Record<string, unknown>;
	body?: unknown;
}
/** operationId → fixture name → fixture. */
export type MockFixtureSet = Record<string, Record<string, MockFixture>>;
/**
* The declared type of a service's `fixtures`: `N` maps each operationId to the union of its fixture names. A
* declared (not inferred) type keeps declarations small and lets each file's `.d.ts` be emitted on its own.
*/
export type MockFixtureTable<N> = { [Op in keyof N]: Record<N[Op] & string, MockFixture> };
/** A parameter the mock reads from the request and hands to the operation's parameters validator. */
export interface MockParameterDescription {
	/** Wire name (`resourceGroupName`, `$top`, `x-ms-client-tenant`). */
	name: string;
	/** Key of the value in the object the parameters validator checks. */
	tsName: string;
	location: "path" | "query" | "header";
	/** How query and header text is read: numbers and booleans are parsed, arrays split on commas. */
	wireType: "string" | "number" | "boolean" | "array";
}
export interface MockBodyDescription {
	/** Key of the body in the object the parameters validator checks. */
	tsName: string;
	/** The spec's name for the body (`regenerateKeyParameters`), used as the target of body errors. */
	wireName: string;
}
/** `x-ms-pageable`-style paging: the page body holds `itemsProperty` and, but for the last page, `nextLinkProperty`. */
export interface MockPagingDescription {
	itemsProperty: string;
	nextLinkProperty: string;
}
/** The error model of an operation: the client's own (`ErrorModelSpec`, one inference for both). */
export type MockErrorModel = ErrorModelSpec;
export interface MockOperationDescription {
	operationId: string;
	method: string;
	/** Path template below the service's base path; `{name}` holds a wire parameter name. */
	path: string;
	/** Wire name of the `api-version` query parameter, when the operation takes one. */
	apiVersionParameter?: string;
	/** A bearer token must be sent (the operation declares OAuth2 or HTTP security). */
	bearerToken: boolean;
	parameters: MockParameterDescription[];
	body?: MockBodyDescription;
	/** The generated `validate<Group><Method>Parameters`: checks path, query, header values and the body. */
	validateParameters(parameters: object): ValidationResult<unknown>;
	errorModel: MockErrorModel;
	/** The fixture answered when the scenario names none: the documented sample, else the synthesised success. */
	defaultFixture: string;
	paging?: MockPagingDescription;
	/** `x-ms-long-running-operation`: a success is answered 202 and polled (`mock-lro.ts`). */
	lro?: MockLroDescription;
}
export interface MockLroDescription {
	finalStateVia?: "azure-async-operation" | "location" | "original-uri" | "operation-location";
	/** The declared status the mock accepts the operation with (202, else 201, else 200) — its fixture is the body. */
	acceptedStatus: number;
}
/** How a long-running operation runs on the mock. */
export interface MockLroControls {
	/** Status requests answered `InProgress` before the outcome (default 1). */
	polls?: number;
	/** Default `succeeded`. */
	outcome?: "succeeded" | "failed" | "canceled";
	/** The error of a failed operation (default `OperationFailed`). */
	error?: {
		code: string;
		message: string;
	};
	/** Sent as `Retry-After` on the 202 and every status answer. */
	retryAfterSeconds?: number;
}
export interface MockServiceDescription<F extends MockFixtureSet = MockFixtureSet> {
	/** Package entry name (`datafactory`). */
	service: string;
	/** Path prefix of every operation taken from the server URL (`/scan` for `{endpoint}/scan`), "" for none. */
	basePath: string;
	/** api-versions the mock accepts. */
	apiVersions: string[];
	/** Error model used when no operation matches the request. */
	errorModel: MockErrorModel;
	operations: MockOperationDescription[];
	fixtures: F;
}
/** Scenario controls that apply to any operation. */
export interface MockControls {
	/** Answer with this status. Without `body`: the fixture's body for 2xx, else an error body of the service's model. */
	status?: number;
	/** Answer with this body (with `status`, else with the fixture's status). */
	body?: unknown;
	/** Extra response headers. */
	headers?: Record<string, string>;
	/** Wait this long before answering (honours the request's abort signal). */
	delayMs?: number;
	/** Answer the first `count` calls with 429 (default) or 503, an error body and `Retry-After`. */
	throttle?: {
		count: number;
		status?: 429 | 503;
		retryAfterMs?: number;
	};
	/** Split a pageable operation's list across this many pages linked by `nextLink`. */
	pages?: number;
	/** Drop the connection without answering: every call (`true`) or the first `count` calls. */
	dropConnection?: boolean | {
		count: number;
	};
	/** Long-running operations: how the status monitor answers; `false` answers the result at once. */
	lro?: MockLroControls | false;
}
/** One answer of an operation: a fixture, with its status, body or headers optionally replaced. */
export interface MockAnswerControls<FixtureName extends string = string> {
	fixture?: FixtureName;
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
}
/** Controls for one operation: also picks its fixture, and can script its answers call by call. */
export interface MockScenario<FixtureName extends string = string> extends MockControls {
	fixture?: FixtureName;
	/** One entry per answered call, in order (the last repeats), each over the scenario's own controls. */
	answers?: readonly MockAnswerControls<FixtureName>[];
}
/** Scenarios by operationId; `"*"` applies to every operation without its own scenario. */
export type MockScenarios<F extends MockFixtureSet = MockFixtureSet> = { [Op in keyof F & string]?: MockScenario<keyof F[Op] & string> } & {
	"*"?: MockControls;
};
export interface MockOptions<F extends MockFixtureSet = MockFixtureSet> {
	scenarios?: MockScenarios<F>;
	/** Check for a bearer token where the spec requires one (default true). */
	requireBearerToken?: boolean;
	/** How many calls `calls` keeps, newest last (default 1000; 0 records none). Older ones are dropped. */
	maxRecordedCalls?: number;
}
/** One request the mock received, as recorded for assertions. */
export interface MockCall {
	/** The matched operation; absent when the request matched none. */
	operationId?: string;
	method: string;
	url: string;
	/** Lower-case names; token-bearing headers (`authorization`, …) are redacted. */
	headers: Record<string, string>;
	/** The body: parsed JSON, else the text; absent when none was sent. */
	body?: unknown;
	/** Status answered; absent when the connection was dropped or the call aborted. */
	status?: number;
}
/** Scenario and recording controls of a mock (the mock HttpClient, the msw handlers, the mock server). */
export interface MockController<F extends MockFixtureSet = MockFixtureSet> {
	/** The calls so far, oldest first (at most `maxRecordedCalls`, the newest kept). */
	readonly calls: readonly MockCall[];
	/** Replaces the scenario of one operation (or `"*"`) and restarts its call counters. */
	setScenario<Op extends keyof F & string>(operationId: Op, scenario: MockScenario<keyof F[Op] & string>): void;
	setScenario(operationId: "*", scenario: MockControls): void;
	/** Forgets every scenario, call record and open page session. */
	reset(): void;
}
//# sourceMappingURL=mock-types.d.ts.map
