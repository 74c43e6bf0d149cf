import { RequestValidationError } from "./errors.js";
import { checkHeaderValue, checkPathValue, checkQueryValue } from "./url.js";
import { pointerTokens } from "./validation.js";
function bindClientParameters(specs, options, validate, unknownEnumValues = "reject") {
  const values = {};
  for (const spec of specs) {
    const value = options[spec.tsName] ?? spec.default;
    if (value !== void 0) values[spec.tsName] = value;
  }
  const result = validate(values, { direction: "request", unknownEnumValues });
  if (!result.valid) throw issuesToError(specs, values, result.errors);
  const bound = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const value = values[spec.tsName];
    if (value === void 0) continue;
    if (typeof value !== "string") {
      throw new RequestValidationError({ parameter: spec.tsName, rule: "type", reason: "must be a string" });
    }
    checkWireSafety(spec.in, spec.tsName, value, false);
    bound.set(spec.name, { in: spec.in, value });
  }
  return bound;
}
function readParameters(spec, params, clientParameters, unknownEnumValues = "reject") {
  const result = spec.validateParameters(params, { direction: "request", unknownEnumValues });
  if (!result.valid) throw issuesToError(spec.parameters, params, result.errors);
  const values = result.value;
  const path = /* @__PURE__ */ new Map();
  const query = [];
  const headers = [];
  const add = (location, name, value) => {
    if (location === "path") path.set(name, value);
    else (location === "query" ? query : headers).push([name, value]);
  };
  for (const parameter of spec.parameters) {
    const value = values[parameter.tsName];
    if (value === void 0) continue;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new RequestValidationError({
        parameter: parameter.tsName,
        rule: "type",
        reason: "must be a string, number or boolean"
      });
    }
    const text = String(value);
    checkWireSafety(parameter.in, parameter.tsName, text, parameter.secret === true);
    add(parameter.in, parameter.name, text);
  }
  for (const name of spec.clientParameters) {
    const bound = clientParameters.get(name);
    if (bound !== void 0) add(bound.in, name, bound.value);
  }
  const body = spec.body === void 0 ? void 0 : values[spec.body.tsName];
  return { path, query, headers, body: body === void 0 ? void 0 : { value: body } };
}
function checkWireSafety(location, parameter, value, secret) {
  if (location === "path") checkPathValue(parameter, value, secret);
  else if (location === "query") checkQueryValue(parameter, value, secret);
  else checkHeaderValue(parameter, value, secret);
}
function issuesToError(parameters, params, issues) {
  const first = issues[0] ?? { path: "", keyword: "type", message: "is invalid" };
  const tokens = pointerTokens(first.path);
  const tsName = tokens[0];
  const parameter = parameters.find((p) => p.tsName === tsName);
  const value = tsName !== void 0 && typeof params === "object" && params !== null ? params[tsName] : void 0;
  const shown = parameter !== void 0 && !parameter.secret && ["string", "number", "boolean"].includes(typeof value) ? String(value) : void 0;
  return new RequestValidationError({
    parameter: tsName ?? "parameters",
    rule: first.keyword,
    value: shown,
    reason: tokens.length > 1 ? `at ${first.path}: ${first.message}` : first.message,
    issues
  });
}
export {
  bindClientParameters,
  readParameters
};
//# sourceMappingURL=parameters.js.map
