/**
* The data a generated client module describes each operation with, and the per-call options. Generated code
* holds no request logic: it passes a static `OperationSpec` to `send` or `page`.
*/
import type { HttpHeaders, HttpMethods, PipelineRequest, TransferProgressEvent } from "@azure/core-rest-pipeline";
import type { OperationTracingOptions } from "@azure/core-tracing";
import type { ValidateOptions, ValidationResult } from "./validation.js";
/** A generated validator (`validate<Name>`, `validate<Group><Method>Parameters`). */
export type Validator<T> = (value: unknown, options?: ValidateOptions) => ValidationResult<T>;
export type ParameterLocation = "path" | "query" | "header";
/** A method-level parameter: one key of the operation's parameters object. */
export interface ParameterSpec {
	/** Wire name. */
	readonly name: string;
	/** Key in the parameters object. */
	readonly tsName: string;
	readonly in: ParameterLocation;
	/** The value is a secret: errors never repeat it. */
	readonly secret?: boolean;
}
export interface BodySpec {
	/** Key of the body in the parameters object. */
	readonly tsName: string;
	readonly contentType: string;
}
/** A declared response header, read into the typed headers object. */
export interface HeaderSpec {
	/** Wire name (`ETag`). */
	readonly name: string;
	/** Property on the typed headers object (`etag`). */
	readonly tsName: string;
	readonly type: "string" | "number" | "boolean";
}
export interface ResponseSpec<TResult> {
	readonly status: number;
	/** Validator of the body; absent when the response has none. */
	readonly validate?: Validator<TResult>;
	readonly headers?: readonly HeaderSpec[];
}
/**
* Where an operation's error body keeps its code, message and target, as RFC 6901 pointers (`/error/code` for
* ARM's `{ error: { code, message } }`, `/code` for DPS's flat model), and which header repeats the code. oagen's
* plan decides it once per operation; the client reads errors and the mocks write them with the same model.
*/
export interface ErrorModelSpec {
	readonly code: string;
	readonly message: string;
	readonly target?: string;
	/** A property repeating the HTTP status (DPS's `httpStatusCode`), with its JSON type. */
	readonly status?: {
		readonly pointer: string;
		readonly type: "string" | "number";
	};
	/** Response header that repeats the code (`x-ms-error-code`), when the spec declares one. */
	readonly codeHeader?: string;
}
/** The service's error model (the `default` response). */
export interface ErrorSpec {
	/** Validator of the error model; the body is `RestError.details` only when it passes. */
	readonly validate?: Validator<unknown>;
	/** Where `code`, `message` and `target` sit in the body. */
	readonly model: ErrorModelSpec;
}
export interface OperationSpec<TResult> {
	/** As in the spec, for messages. */
	readonly operationId: string;
	readonly method: HttpMethods;
	/** Path template relative to the client's base URL; `{name}` placeholders use wire names. */
	readonly path: string;
	readonly parameters: readonly ParameterSpec[];
	/** Wire names of the client-level parameters the operation uses (`subscriptionId`, `api-version`). */
	readonly clientParameters: readonly string[];
	readonly body?: BodySpec;
	/** The generated `validate<Group><Method>Parameters`: keys are the parameters' and the body's `tsName`s. */
	readonly validateParameters: Validator<Readonly<Record<string, unknown>>>;
	/** Declared success responses. */
	readonly responses: readonly ResponseSpec<TResult>[];
	readonly error?: ErrorSpec;
	/** False when the operation changes state: retried only when the service cannot have acted. */
	readonly idempotent: boolean;
	/** Name of the call's tracing span, `<Client>.<group>.<method>` (default: the operationId). */
	readonly spanName?: string;
}
/** `x-ms-pageable`: where a page holds its items and the link to the next page. */
export interface PagingSpec {
	readonly items: string;
	readonly nextLink?: string;
}
export interface PagedOperationSpec<TPage> extends OperationSpec<TPage> {
	readonly paging: PagingSpec;
}
export type AbortSignalLike = NonNullable<PipelineRequest["abortSignal"]>;
/** A response as received, handed to `onResponse` before the client validates it or throws. */
export interface RawResponse<THeaders extends object = Record<never, never>> {
	status: number;
	/** The operation's declared response headers, typed. */
	headers: THeaders;
	/** Every response header as received. */
	rawHeaders: HttpHeaders;
	/** The parsed JSON body (not yet validated); undefined when empty or not JSON. */
	body: unknown;
}
/** Per-call HTTP options (Azure SDK `requestOptions`). */
export interface OperationRequestOptions {
	/** Milliseconds before each request of the call is aborted (overrides the client's timeout); 0: none. */
	timeout?: number | undefined;
	/** Headers added to every request of the call, after the ones the operation sets (CR, LF and NUL refused). */
	customHeaders?: Readonly<Record<string, string>> | undefined;
	/** Progress of the request body upload. */
	onUploadProgress?: ((progress: TransferProgressEvent) => void) | undefined;
	/** Progress of the response body download. */
	onDownloadProgress?: ((progress: TransferProgressEvent) => void) | undefined;
}
/** The optional second argument of every operation. */
export interface OperationOptions<THeaders extends object = Record<never, never>> {
	/** Timeout, extra headers and transfer progress for this call's requests. */
	requestOptions?: OperationRequestOptions | undefined;
	/** The parent tracing context of this call's span (`@azure/core-tracing`). */
	tracingOptions?: OperationTracingOptions | undefined;
	/** Cancels the call: the request (or the wait before a retry) stops and the call rejects with an `AbortError`. */
	abortSignal?: AbortSignalLike | undefined;
	/** Called with each raw response (every page, for a paged operation), before validation or error mapping. */
	onResponse?: ((response: RawResponse<THeaders>) => void) | undefined;
}
//# sourceMappingURL=operation.d.ts.map
