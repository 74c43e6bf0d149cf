/**
 * Long-running operations (`x-ms-long-running-operation`), polled by the Azure SDK's own `@azure/core-lro`.
 * `beginLro` sends the request (parameters checked first) and resolves to a poller once the service has
 * accepted it; the poller follows `Azure-AsyncOperation`, `Operation-Location` or `Location`, waits as
 * `Retry-After` says, stops on abort, and reads the result where `final-state-via` says. Every status or result
 * URL is refused before sending unless it is on the client's endpoint, so the token never leaves for another host
 * (the rule `nextLink` follows in `paging.ts`). A failed operation rejects with core's `RestError`.
 * The call's tracing span covers `begin` (the request the service accepted); `onResponse` sees that response.
 */
import {
  createHttpPoller,
  type OperationResponse,
  type OperationState,
  type PollerLike,
  type ResourceLocationConfig,
  type RunningOperation,
} from "@azure/core-lro";
import { createHttpHeaders, isRestError, type PipelineResponse, type RestError } from "@azure/core-rest-pipeline";
import { clientContext, type ClientContext, type ServiceClient } from "./client.js";
import { createServiceRestError, RequestValidationError, ResponseValidationError } from "./errors.js";
import type { AbortSignalLike, OperationOptions, OperationSpec, Validator } from "./operation.js";
import { createCallRequest, errorFromResponse, execute, parseJson, prepareRequest, readResponse } from "./send.js";
import { withOperationSpan } from "./tracing.js";

/** `x-ms-long-running-operation-options.final-state-via`. */
export type FinalStateVia = ResourceLocationConfig;

export interface LroSpec<TResult> {
  /** Where the result is read; absent: Azure's default for the method. */
  readonly finalStateVia?: FinalStateVia;
  /** Validator of the result (the body of the final response); absent when the result is `void`. */
  readonly result?: Validator<TResult>;
}

export interface LroOperationSpec<TResult> extends OperationSpec<unknown> {
  readonly lro: LroSpec<TResult>;
}

/** The state of the operation after the last response: `running`, `succeeded`, `failed` or `canceled`. */
export type LroState<TResult> = OperationState<TResult>;

/** Options of `begin<Operation>` and `begin<Operation>AndWait`. */
export interface LroOptions<THeaders extends object = Record<never, never>> extends OperationOptions<THeaders> {
  /** Milliseconds between status requests when the service sends no `Retry-After` (default 2000). */
  updateIntervalInMs?: number | undefined;
  /** A poller's `serialize()` output: polling resumes there, without sending the request again. */
  resumeFrom?: string | undefined;
}

/** A started long-running operation. Not a promise: call `pollUntilDone()` for the result. */
export interface LroPoller<TResult> {
  /** Sends one status request (none once done) and resolves to the new state. */
  poll(options?: { abortSignal?: AbortSignalLike | undefined }): Promise<LroState<TResult>>;
  /** Polls until the operation is done; resolves to its result, rejects with `RestError` if it failed. */
  pollUntilDone(options?: { abortSignal?: AbortSignalLike | undefined }): Promise<TResult>;
  isDone(): boolean;
  getOperationState(): LroState<TResult>;
  /** The result once the operation succeeded. */
  getResult(): TResult | undefined;
  /** Called after every status response; returns a function that stops the calls. */
  onProgress(callback: (state: LroState<TResult>) => void): () => void;
  /**
   * The polling state (status and URLs), for `resumeFrom`. Holds no token, no request body and no result (a result
   * may hold secrets; a resumed poller reads it again from the service).
   */
  serialize(): Promise<string>;
}

/** Starts the operation: resolves to its poller once the service accepted it (or rejects before sending). */
export async function beginLro<TResult, THeaders extends object = Record<never, never>>(
  client: ServiceClient,
  spec: LroOperationSpec<TResult>,
  params: object,
  options: LroOptions<THeaders> = {},
): Promise<LroPoller<TResult>> {
  const context = clientContext(client);
  const createRequest = prepareRequest(context, spec, params, options);
  return withOperationSpan(context.tracing, spec.spanName ?? spec.operationId, options.tracingOptions, async (tracingOptions) => {
    const responses = new WeakMap<object, PipelineResponse>();
    let initial: OperationResponse | undefined;
    let lastStatus = 0;
    const running: RunningOperation = {
      sendInitialRequest: async () => {
        const request = createRequest(tracingOptions);
        const response = await execute(context, request);
        const body = readResponse(context, initialResponseSpec(spec, response), response, options);
        lastStatus = response.status;
        initial = toOperationResponse(responses, response, body, request.method, request.url);
        return initial;
      },
      sendPollRequest: async (path, pollOptions) => {
        const url = pollingUrl(context, path);
        const abortSignal = pollOptions?.abortSignal ?? options.abortSignal;
        // Status requests outlive the call's span: their HTTP spans hang off the caller's own context.
        const request = createCallRequest(
          { url, method: "GET", headers: createHttpHeaders({ accept: "application/json" }) },
          { ...options, abortSignal },
          options.tracingOptions,
        );
        const response = await execute(context, request);
        const parsed = parseJson(response.bodyAsText);
        const body = parsed.ok ? parsed.value : undefined;
        if (response.status < 200 || response.status >= 300) throw errorFromResponse(spec.error, response, body);
        lastStatus = response.status;
        return toOperationResponse(responses, response, body, "GET", url);
      },
    };
    const poller = createHttpPoller<TResult, LroState<TResult>>(running, {
      ...(spec.lro.finalStateVia === undefined ? {} : { resourceLocationConfig: spec.lro.finalStateVia }),
      ...(options.updateIntervalInMs === undefined ? {} : { intervalInMs: options.updateIntervalInMs }),
      ...(options.resumeFrom === undefined ? {} : { restoreFrom: options.resumeFrom }),
      processResult: async (body) => checkResult(context, spec, body, lastStatus),
      updateState: (state, response) => failWithRestError(spec, state, responses, response),
    });
    await poller.submitted();
    // A resource already failed in the initial response (PUT with provisioningState Failed).
    if (poller.operationState !== undefined && initial !== undefined) {
      failWithRestError(spec, poller.operationState, responses, initial);
    }
    return wrapPoller(poller, options.abortSignal);
  });
}

/** `begin<Operation>AndWait`: starts the operation and polls until it is done. */
export async function beginLroAndWait<TResult, THeaders extends object = Record<never, never>>(
  client: ServiceClient,
  spec: LroOperationSpec<TResult>,
  params: object,
  options: LroOptions<THeaders> = {},
): Promise<TResult> {
  const poller = await beginLro(client, spec, params, options);
  return poller.pollUntilDone(options.abortSignal === undefined ? {} : { abortSignal: options.abortSignal });
}

/**
 * The URL of a status or result request: `path` as the service sent it when absolute, else resolved against
 * the client's base URL. Refused unless on the client's origin.
 */
function pollingUrl(context: ClientContext, path: string): string {
  let url: URL;
  try {
    url = new URL(path, context.baseUrl + "/");
  } catch {
    throw new RequestValidationError({ parameter: "pollingUrl", rule: "url", reason: "must be a URL" });
  }
  if (url.origin !== context.origin) {
    throw new RequestValidationError({
      parameter: "pollingUrl",
      rule: "same-origin",
      value: url.origin,
      reason: `must be on the client's endpoint ${context.origin} (the token is sent nowhere else)`,
    });
  }
  return url.href;
}

function toOperationResponse(
  responses: WeakMap<object, PipelineResponse>,
  response: PipelineResponse,
  body: unknown,
  method: string,
  url: string,
): OperationResponse<unknown> {
  const rawResponse = { statusCode: response.status, request: { method, url }, headers: response.headers.toJSON(), body };
  responses.set(rawResponse, response);
  return { flatResponse: body, rawResponse };
}

/**
 * The initial response carries no result: an empty body is accepted whatever the spec declares for it (Azure
 * services often send a bare 202); a body that is there is checked against its schema as usual.
 */
function initialResponseSpec(spec: OperationSpec<unknown>, response: PipelineResponse): OperationSpec<unknown> {
  const empty = response.bodyAsText === undefined || response.bodyAsText === null || response.bodyAsText === "";
  if (!empty) return spec;
  return { ...spec, responses: spec.responses.map(({ validate: _validate, ...rest }) => rest) };
}

/** The final body against the result schema, as `validateResponses` says. */
function checkResult<TResult>(context: ClientContext, spec: LroOperationSpec<TResult>, body: unknown, status: number): TResult {
  // Without a result schema the operation returns nothing (`void`), whatever the final response holds.
  if (spec.lro.result === undefined || context.validateResponses === "off") {
    return (spec.lro.result === undefined ? undefined : body) as TResult;
  }
  const checked = spec.lro.result(body);
  if (checked.valid) return checked.value;
  const error = new ResponseValidationError(`${spec.operationId} (result)`, status, checked.errors);
  if (context.validateResponses === "throw") throw error;
  return body as TResult;
}

/**
 * core-lro reports a failed operation as a plain `Error`; this package reports it as core's `RestError` with the
 * status monitor's `error.code` and `error.message` (and the body as `details` when it matches the error model).
 */
function failWithRestError<TResult>(
  spec: LroOperationSpec<TResult>,
  state: LroState<TResult>,
  responses: WeakMap<object, PipelineResponse>,
  operationResponse: OperationResponse,
): void {
  const response = responses.get(operationResponse.rawResponse);
  if (state.status !== "failed" || isRestError(state.error) || response === undefined) return;
  const body = operationResponse.rawResponse.body;
  const source = isRecord(body) && isRecord(body["error"]) ? body["error"] : {};
  const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
  const checked = spec.error?.validate !== undefined && body !== undefined ? spec.error.validate(body) : undefined;
  const error: RestError = createServiceRestError(
    response,
    {
      code: text(source["code"]) ?? "LongRunningOperationFailed",
      message: text(source["message"]) ?? `${spec.operationId}: the long-running operation failed`,
      target: text(source["target"]),
    },
    checked?.valid ? checked.value : undefined,
  );
  state.error = error;
}

function wrapPoller<TResult>(
  poller: PollerLike<LroState<TResult>, TResult>,
  defaultSignal: AbortSignalLike | undefined,
): LroPoller<TResult> {
  const signalOf = (options?: { abortSignal?: AbortSignalLike | undefined }) => {
    const abortSignal = options?.abortSignal ?? defaultSignal;
    return abortSignal === undefined ? {} : { abortSignal };
  };
  const stateOf = (): LroState<TResult> => {
    const state = poller.operationState;
    if (state === undefined) throw new Error("internal error: the poller has no state after the operation started");
    return state;
  };
  return {
    poll: (options) => poller.poll(signalOf(options)),
    pollUntilDone: (options) => poller.pollUntilDone(signalOf(options)),
    isDone: () => poller.isDone,
    getOperationState: stateOf,
    getResult: () => poller.result,
    onProgress: (callback) => poller.onProgress(callback),
    serialize: async () => withoutResult(await poller.serialize()),
  };
}

/** core-lro's serialized state without the result or error it may carry. */
function withoutResult(serialized: string): string {
  const parsed = JSON.parse(serialized) as { state?: Record<string, unknown> };
  if (isRecord(parsed.state)) {
    delete parsed.state["result"];
    delete parsed.state["error"];
    // A finished operation is resumed as running, so the resumed poller reads its outcome from the service.
    if (parsed.state["status"] !== "notStarted") parsed.state["status"] = "running";
  }
  return JSON.stringify(parsed);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
