import {
  createHttpHeaders,
  RestError
} from "@azure/core-rest-pipeline";
import { createMockEngine } from "./mock-engine.js";
function createServiceMockHttpClient(description, options) {
  const engine = createMockEngine(description, options);
  return {
    async sendRequest(request) {
      const answer = await engine.handle({
        method: request.method,
        url: request.url,
        headers: request.headers.toJSON(),
        bodyText: await readBody(request),
        abortSignal: request.abortSignal
      });
      if (answer.kind === "drop") throw new RestError("socket hang up", { code: "ECONNRESET", request });
      const response = { request, status: answer.status, headers: createHttpHeaders(answer.headers) };
      if (answer.bodyText !== void 0) response.bodyAsText = answer.bodyText;
      return response;
    },
    get calls() {
      return engine.calls;
    },
    setScenario: engine.setScenario,
    reset: engine.reset
  };
}
async function readBody(request) {
  const { body } = request;
  if (body === void 0 || body === null) return void 0;
  if (typeof body === "string") return body;
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(new Uint8Array(body));
  if (ArrayBuffer.isView(body)) return new TextDecoder().decode(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  if (isBlobLike(body)) return body.text();
  throw new TypeError("mock HttpClient: send the request body as a string, ArrayBuffer, typed array or Blob");
}
function isBlobLike(body) {
  return typeof body === "object" && body !== null && typeof body.text === "function";
}
export {
  createServiceMockHttpClient
};
//# sourceMappingURL=mock-http-client.js.map
