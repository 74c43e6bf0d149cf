/**
* One operation call: parameters → request (checked before anything is sent), the request through the
* client's pipeline, the response → typed body, `ResponseValidationError` or core's `RestError`.
*/
import { RestError, type HttpHeaders, type HttpMethods, type PipelineRequest, type PipelineResponse } from "@azure/core-rest-pipeline";
import type { OperationTracingOptions } from "@azure/core-tracing";
import { type ClientContext, type ServiceClient } from "./client.js";
import type { ErrorSpec, OperationOptions, OperationSpec, ResponseSpec } from "./operation.js";
/** Calls an operation and resolves to its validated response body, inside one tracing span. */
export declare function send<
	TResult,
	THeaders extends object = Record<never, never>
>(client: ServiceClient, spec: OperationSpec<TResult>, params: object, options?: OperationOptions<THeaders>): Promise<TResult>;
/** What a request takes from the call's options. */
export type RequestCallOptions = Pick<OperationOptions, "abortSignal" | "requestOptions">;
/**
* Checks the parameters now and returns a factory of fresh requests (a paged call validates when called but
* sends only when iterated, possibly more than once).
*/
export declare function prepareRequest(context: ClientContext, spec: OperationSpec<unknown>, params: object, options: RequestCallOptions): (tracingOptions?: OperationTracingOptions) => PipelineRequest;
/**
* A pipeline request with the call's abort signal, tracing context and request options: its custom headers
* are set last, its timeout overrides the client's.
*/
export declare function createCallRequest(init: {
	url: string;
	method: HttpMethods;
	headers: HttpHeaders;
	body?: string | undefined;
}, options: RequestCallOptions, tracingOptions: OperationTracingOptions | undefined): PipelineRequest;
/**
* Sends through the pipeline. Whatever happens, the request object is scrubbed afterwards: core attaches it
* to every `RestError` (and to the response), and it would otherwise still carry the bearer token and body.
*/
export declare function execute(context: ClientContext, request: PipelineRequest): Promise<PipelineResponse>;
/** The response → the typed body (2xx) or a thrown error; calls `onResponse` first. */
export declare function readResponse<
	TResult,
	THeaders extends object
>(context: ClientContext, spec: OperationSpec<TResult>, response: PipelineResponse, options: OperationOptions<THeaders>): TResult;
export declare function checkBody<TResult>(context: ClientContext, operationId: string, declared: ResponseSpec<TResult> | undefined, status: number, body: unknown, requestId: string | undefined): TResult;
export declare function errorFromResponse(errorSpec: ErrorSpec | undefined, response: PipelineResponse, body: unknown): RestError;
export declare function parseJson(text: string | null | undefined): {
	ok: true;
	value: unknown;
} | {
	ok: false;
};
//# sourceMappingURL=send.d.ts.map
