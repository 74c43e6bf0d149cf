/**
 * One operation call: parameters → request (checked before anything is sent), the request through the
 * client's pipeline, the response → typed body, `ResponseValidationError` or core's `RestError`.
 */
import { type PipelineRequest, type PipelineResponse } from "@azure/core-rest-pipeline";
import { type ClientContext, type ServiceClient } from "./client.js";
import type { AbortSignalLike, OperationOptions, OperationSpec } from "./operation.js";
/** Calls an operation and resolves to its validated response body. */
export declare function send<TResult, THeaders extends object = Record<never, never>>(client: ServiceClient, spec: OperationSpec<TResult>, params: object, options?: OperationOptions<THeaders>): Promise<TResult>;
/**
 * Checks the parameters now and returns a factory of fresh requests (a paged call validates when called but
 * sends only when iterated, possibly more than once).
 */
export declare function prepareRequest(context: ClientContext, spec: OperationSpec<unknown>, params: object, abortSignal: AbortSignalLike | undefined): () => PipelineRequest;
/**
 * Sends through the pipeline. Whatever happens, the request object is scrubbed afterwards: core attaches it
 * to every `RestError` (and to the response), and it would otherwise still carry the bearer token and body.
 */
export declare function execute(context: ClientContext, request: PipelineRequest): Promise<PipelineResponse>;
/** The response → the typed body (2xx) or a thrown error; calls `onResponse` first. */
export declare function readResponse<TResult, THeaders extends object>(context: ClientContext, spec: OperationSpec<TResult>, response: PipelineResponse, options: OperationOptions<THeaders>): TResult;
//# sourceMappingURL=send.d.ts.map
