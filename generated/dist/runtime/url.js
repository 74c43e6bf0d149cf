import { RequestValidationError } from "./errors.js";
const SEPARATORS = /[/\\?#]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DECODE_ROUNDS = 3;
function resolveBaseUrl(template, variables, options) {
  if (variables.length === 0) {
    const endpoint = options["endpoint"];
    if (endpoint === void 0) return trimTrailingSlash(template);
    return checkEndpointUrl("endpoint", requireString("endpoint", endpoint));
  }
  let url = template;
  for (const variable of variables) {
    const value = trimTrailingSlash(requireString(variable.tsName, options[variable.tsName]));
    const atStart = template.startsWith(`{${variable.name}}`);
    if (!atStart && /[/\\?#@:\s]/.test(value)) {
      throw new RequestValidationError({
        parameter: variable.tsName,
        rule: "url",
        value,
        reason: "must be a single host label or path segment"
      });
    }
    url = url.split(`{${variable.name}}`).join(value);
  }
  return checkEndpointUrl(variables[0].tsName, trimTrailingSlash(url));
}
function checkEndpointUrl(parameter, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new RequestValidationError({ parameter, rule: "url", value, reason: "must be an absolute URL" });
  }
  const problem = url.protocol !== "https:" ? "must use https (bearer tokens are sent only over TLS)" : url.username !== "" || url.password !== "" ? "must not contain credentials" : url.search !== "" || url.hash !== "" || /[?#]/.test(value) ? "must not contain a query or fragment" : void 0;
  if (problem !== void 0) {
    throw new RequestValidationError({
      parameter,
      rule: "url",
      value: url.username !== "" || url.password !== "" ? void 0 : value,
      reason: problem
    });
  }
  return trimTrailingSlash(value);
}
function checkPathValue(parameter, value, secret = false) {
  const fail = (rule, reason) => {
    throw new RequestValidationError({ parameter, rule, value: secret ? void 0 : value, reason });
  };
  if (value === "") fail("empty", "a path value must not be empty");
  if (LONE_SURROGATE.test(value)) fail("unicode", "must be well-formed Unicode (no lone surrogates)");
  if (value === "." || value === "..") fail("dot-segment", `must not be "." or ".." (a relative path segment)`);
  if (SEPARATORS.test(value)) fail("separator", `must not contain "/", "\\", "?" or "#"`);
  let decoded = value;
  for (let round = 0; round < DECODE_ROUNDS && decoded.includes("%"); round++) {
    decoded = percentDecode(decoded);
    if (SEPARATORS.test(decoded) || decoded === "." || decoded === "..") {
      fail("encoded-separator", `must not contain a percent-encoded "/", "\\", "?", "#" or dot segment`);
    }
  }
}
function checkQueryValue(parameter, value, secret = false) {
  if (LONE_SURROGATE.test(value)) {
    const shown = secret ? void 0 : value;
    throw new RequestValidationError({
      parameter,
      rule: "unicode",
      value: shown,
      reason: "must be well-formed Unicode"
    });
  }
}
function checkHeaderValue(parameter, value, secret = false) {
  if (/[\r\n\0]/.test(value)) {
    throw new RequestValidationError({
      parameter,
      rule: "header-character",
      value: secret ? void 0 : value,
      reason: "must not contain CR, LF or NUL"
    });
  }
}
function buildUrl(baseUrl, pathTemplate, pathValues, query) {
  const path = pathTemplate.replace(/\{([^{}]+)\}/g, (_, name) => {
    const value = pathValues.get(name);
    if (value === void 0) throw new Error(`internal error: no value for path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const search = query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("&");
  return baseUrl + path + (search === "" ? "" : `?${search}`);
}
function percentDecode(value) {
  return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}
function requireString(parameter, value) {
  if (typeof value === "string" && value !== "") return value;
  throw new RequestValidationError({ parameter, rule: "required", reason: "a non-empty string is required" });
}
function trimTrailingSlash(url) {
  return url.replace(/\/+$/, "");
}
export {
  buildUrl,
  checkHeaderValue,
  checkPathValue,
  checkQueryValue,
  resolveBaseUrl
};
//# sourceMappingURL=url.js.map
