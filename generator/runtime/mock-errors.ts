/**
 * Error answers of the mocks, shaped as each service's own error model: the facts of a problem (status, code,
 * message, target) are written at the JSON pointers the generator found in that model, so Purview answers
 * `{ error: { code, message } }` with an `x-ms-error-code` header and DPS answers
 * `{ code, httpStatusCode: "400", message }`. (Copied verbatim into the generated package.)
 */
import type { MockErrorModel } from "./mock-types.js";
import { pointerTokens } from "./validation.js";

export interface MockProblem {
  status: number;
  code: string;
  message: string;
  /** What the problem is about: a parameter's wire name, or a body location (`regenerateKeyParameters/keyName`). */
  target?: string;
}

const STATUS_PROBLEMS: Record<number, [code: string, message: string]> = {
  400: ["BadRequest", "The request is invalid."],
  401: ["AuthenticationFailed", "Authentication failed."],
  403: ["AuthorizationFailed", "The client does not have authorization to perform this action."],
  404: ["NotFound", "The requested resource was not found."],
  405: ["MethodNotAllowed", "The HTTP method is not supported for this resource."],
  409: ["Conflict", "The request conflicts with the current state of the resource."],
  429: ["TooManyRequests", "The request was throttled. Retry after the time given in the Retry-After header."],
  500: ["InternalServerError", "The server encountered an internal error."],
  502: ["BadGateway", "The server received an invalid response from an upstream server."],
  503: ["ServiceUnavailable", "The service is temporarily unavailable. Retry after the time given in the Retry-After header."],
  504: ["GatewayTimeout", "The server did not receive a timely response from an upstream server."],
};

/** The usual code and message for an error status (used when a scenario forces a status). */
export function problemForStatus(status: number): MockProblem {
  const [code, message] = STATUS_PROBLEMS[status] ?? [`Http${status}`, `The service answered ${status}.`];
  return { status, code, message };
}

export function errorBody(model: MockErrorModel, problem: MockProblem): unknown {
  const body: Record<string, unknown> = {};
  setAtPointer(body, model.code, problem.code);
  setAtPointer(body, model.message, problem.message);
  if (model.target !== undefined && problem.target !== undefined) setAtPointer(body, model.target, problem.target);
  if (model.status) {
    const status = model.status.type === "string" ? String(problem.status) : problem.status;
    setAtPointer(body, model.status.pointer, status);
  }
  return body;
}

export function errorHeaders(model: MockErrorModel, problem: MockProblem): Record<string, string> {
  return model.codeHeader ? { [model.codeHeader]: problem.code } : {};
}

/** Sets `value` at an RFC 6901 pointer, creating the objects on the way (own data properties, even `__proto__`). */
export function setAtPointer(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = pointerTokens(pointer);
  let node = root;
  tokens.forEach((token, i) => {
    if (i === tokens.length - 1) {
      Object.defineProperty(node, token, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
    if (next !== null && typeof next === "object") node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      Object.defineProperty(node, token, { value: created, enumerable: true, writable: true, configurable: true });
      node = created;
    }
  });
}
