/**
 * Long-running operations in the mocks, as Azure runs them: a successful call of an `x-ms-long-running-operation`
 * is answered `202 Accepted` with an `Operation-Location` (plus `Azure-AsyncOperation` or `Location` as its
 * `final-state-via` says) naming a status monitor on the mock; the monitor answers `InProgress` for the
 * scenario's `polls` requests, then `Succeeded` (or `Failed` with an error, or `Canceled`); the result — the
 * answer the call would have had — is served where `final-state-via` says (the monitor itself, the `Location`
 * URL, or a GET of the request URL). (Copied verbatim into the generated package.)
 */
import type { MockLroControls, MockOperationDescription } from "./mock-types.js";

/** Path segment of the mock's status monitors and results, below the service's base path. */
export const LRO_PATH_SEGMENT = "/.oagen-mock/operations/";

export interface LroResult {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface LroReply {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

interface Session {
  operation: MockOperationDescription;
  result: LroResult;
  controls: MockLroControls;
  /** Status requests answered so far. */
  polled: number;
  /** The request URL, for results read from it (PUT, PATCH, `original-uri`). */
  requestUrl: string;
}

export class LroSessions {
  private readonly sessions = new Map<string, Session>();
  /** Request URL → session, while a GET of it serves the result. */
  private readonly byRequestUrl = new Map<string, Session>();
  private count = 0;

  /**
   * Starts an operation: the answer (the operation's accepted status, `accepted` its fixture body) whose headers
   * name its status monitor.
   */
  start(operation: MockOperationDescription, requestUrl: URL, basePath: string, result: LroResult, accepted: unknown, controls: MockLroControls): LroReply {
    const id = String(++this.count);
    const session: Session = { operation, result, controls, polled: 0, requestUrl: requestUrl.href };
    this.sessions.set(id, session);
    const monitor = `${requestUrl.origin}${basePath}${LRO_PATH_SEGMENT}${id}`;
    const headers: Record<string, string> = { "operation-location": monitor };
    const via = operation.lro?.finalStateVia;
    if (via === "azure-async-operation") headers["azure-asyncoperation"] = monitor;
    if (via === "location" || (via === undefined && operation.method === "POST")) headers["location"] = `${monitor}/result`;
    if (controls.retryAfterSeconds !== undefined) headers["retry-after"] = String(controls.retryAfterSeconds);
    if (readsRequestUrl(operation)) this.byRequestUrl.set(requestUrl.href, session);
    const status = operation.lro?.acceptedStatus ?? 202;
    return { status, headers, ...(accepted === undefined ? {} : { body: accepted }) };
  }

  /** The answer to a GET of a status monitor, a result URL or a request URL the mock owns; else undefined. */
  answer(method: string, url: URL, basePath: string): LroReply | undefined {
    if (method !== "GET") return undefined;
    const prefix = basePath + LRO_PATH_SEGMENT;
    if (url.pathname.startsWith(prefix)) {
      const [id, rest] = url.pathname.slice(prefix.length).split("/", 2);
      const session = this.sessions.get(id ?? "");
      if (session === undefined) return { status: 404, headers: {}, body: { error: { code: "NotFound", message: "No such operation on this mock." } } };
      return rest === "result" ? resultReply(session) : this.poll(session);
    }
    const session = this.byRequestUrl.get(url.href);
    return session !== undefined && isSucceeded(session) ? resultReply(session) : undefined;
  }

  clear(): void {
    this.sessions.clear();
    this.byRequestUrl.clear();
  }

  private poll(session: Session): LroReply {
    const polls = Math.max(0, Math.floor(session.controls.polls ?? 1));
    session.polled++;
    const headers: Record<string, string> = {};
    if (session.controls.retryAfterSeconds !== undefined) headers["retry-after"] = String(session.controls.retryAfterSeconds);
    if (session.polled <= polls) return { status: 200, headers, body: { status: "InProgress" } };
    const outcome = session.controls.outcome ?? "succeeded";
    if (outcome === "failed") {
      const error = { code: session.controls.error?.code ?? "OperationFailed", message: session.controls.error?.message ?? "The long-running operation failed." };
      return { status: 200, headers: {}, body: { status: "Failed", error } };
    }
    if (outcome === "canceled") return { status: 200, headers: {}, body: { status: "Canceled" } };
    const result = session.result.body;
    // Read from the monitor itself: the result, marked done (Azure's status body holds `status`).
    const body = readsMonitor(session.operation) && isObject(result) ? { ...result, status: "Succeeded" } : { status: "Succeeded" };
    return { status: 200, headers: {}, body };
  }
}

function isSucceeded(session: Session): boolean {
  return session.polled > Math.max(0, Math.floor(session.controls.polls ?? 1)) && (session.controls.outcome ?? "succeeded") === "succeeded";
}

function resultReply(session: Session): LroReply {
  if (!isSucceeded(session)) return { status: 404, headers: {}, body: { error: { code: "NotFound", message: "The operation has no result yet." } } };
  const { status, headers, body } = session.result;
  return { status: status === 202 ? 200 : status, headers: { ...headers }, ...(body === undefined ? {} : { body }) };
}

/** The result is a GET of the request URL (PUT, PATCH or `original-uri`). */
function readsRequestUrl(operation: MockOperationDescription): boolean {
  return operation.method === "PUT" || operation.method === "PATCH" || operation.lro?.finalStateVia === "original-uri";
}

/** The result is the last status-monitor body (POST without a Location for its result). */
function readsMonitor(operation: MockOperationDescription): boolean {
  const via = operation.lro?.finalStateVia;
  return operation.method === "POST" && (via === "azure-async-operation" || via === "operation-location");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
