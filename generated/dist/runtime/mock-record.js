const REDACTED = "<redacted>";
const MAX_RECORDED_BODY_CHARS = 64 * 1024;
const TOKEN_HEADERS = /* @__PURE__ */ new Set(["authorization", "proxy-authorization", "x-ms-authorization-auxiliary", "cookie"]);
function redactHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!TOKEN_HEADERS.has(lower)) out[lower] = value;
    else if (lower.endsWith("authorization") && /^[A-Za-z]+\s/.test(value)) out[lower] = `${value.split(/\s/)[0]} ${REDACTED}`;
    else out[lower] = REDACTED;
  }
  return out;
}
function recordCall(request, operationId) {
  const call = { method: request.method, url: request.url, headers: redactHeaders(request.headers) };
  if (operationId !== void 0) call.operationId = operationId;
  if (request.bodyText !== void 0 && request.bodyText !== "") {
    call.body = request.bodyText.length > MAX_RECORDED_BODY_CHARS ? `<${request.bodyText.length} characters, not recorded>` : parseOrText(request.bodyText);
  }
  return call;
}
function parseOrText(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
export {
  MAX_RECORDED_BODY_CHARS,
  REDACTED,
  recordCall,
  redactHeaders
};
//# sourceMappingURL=mock-record.js.map
