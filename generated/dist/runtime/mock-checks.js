import { escapePointerToken, pointerTokens } from "./validation.js";
function checkBearerToken(headers) {
  const value = headers["authorization"];
  if (value !== void 0 && /^Bearer\s+\S/i.test(value)) return void 0;
  return {
    status: 401,
    code: "AuthenticationFailed",
    message: value === void 0 ? "Authentication failed. The 'Authorization' header is missing." : "Authentication failed. The 'Authorization' header is not a bearer token."
  };
}
function checkApiVersion(operation, url, apiVersions) {
  const name = operation.apiVersionParameter;
  if (name === void 0) return void 0;
  const values = url.searchParams.getAll(name);
  if (values.length > 1) {
    return {
      status: 400,
      code: "InvalidApiVersionParameter",
      message: `The ${name} query parameter is given ${values.length} times; give it exactly once.`,
      target: name
    };
  }
  const value = url.searchParams.get(name);
  if (value === null || value === "") {
    return {
      status: 400,
      code: "MissingApiVersionParameter",
      message: `The ${name} query parameter (?${name}=) is required for all requests.`,
      target: name
    };
  }
  if (apiVersions.includes(value)) return void 0;
  return {
    status: 400,
    code: "InvalidApiVersionParameter",
    message: `The ${name} is not supported. The supported versions are '${apiVersions.join(", ")}'.`,
    target: name
  };
}
function checkParameters(operation, request) {
  const values = {};
  for (const parameter of operation.parameters) {
    const read = readParameter(parameter, request);
    if (read.problem) return read.problem;
    if (read.value !== void 0) values[parameter.tsName] = read.value;
  }
  if (operation.body && request.bodyText !== void 0 && request.bodyText !== "") {
    try {
      values[operation.body.tsName] = JSON.parse(request.bodyText);
    } catch {
      return {
        status: 400,
        code: "InvalidRequestContent",
        message: "The request content is not valid JSON.",
        target: operation.body.wireName
      };
    }
  }
  const result = operation.validateParameters(values);
  if (result.valid) return void 0;
  const issue = result.errors[0];
  return problemForIssue(operation, issue.path, issue.message);
}
function readParameter(parameter, request) {
  if (parameter.location === "path") {
    if (!(parameter.name in request.pathValues)) return {};
    const value = request.pathValues[parameter.name];
    if (value !== void 0) return { value };
    return {
      problem: {
        status: 400,
        code: "InvalidParameter",
        message: `The value of parameter '${parameter.name}' is not valid percent-encoding.`,
        target: parameter.name
      }
    };
  }
  const raw = parameter.location === "query" ? request.url.searchParams.get(parameter.name) ?? void 0 : request.headers[parameter.name.toLowerCase()];
  return raw === void 0 ? {} : { value: readWireText(raw, parameter.wireType) };
}
function readWireText(raw, wireType) {
  switch (wireType) {
    case "number": {
      const n = Number(raw);
      return raw.trim() !== "" && Number.isFinite(n) ? n : raw;
    }
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    case "array":
      return raw === "" ? [] : raw.split(",");
    case "string":
      return raw;
  }
}
function problemForIssue(operation, path, message) {
  const [tsName = "", ...rest] = pointerTokens(path);
  if (operation.body && tsName === operation.body.tsName) {
    const target = [operation.body.wireName, ...rest.map(escapePointerToken)].join("/");
    return {
      status: 400,
      code: "InvalidRequestContent",
      message: `The request content is not valid at '${target}': ${message}`,
      target
    };
  }
  const parameter = operation.parameters.find((p) => p.tsName === tsName);
  if (parameter === void 0) {
    return { status: 400, code: "InvalidParameter", message: `The request is not valid: ${message}` };
  }
  return {
    status: 400,
    code: "InvalidParameter",
    message: `The value of parameter '${parameter.name}' is not valid: ${message}`,
    target: parameter.name
  };
}
export {
  checkApiVersion,
  checkBearerToken,
  checkParameters
};
//# sourceMappingURL=mock-checks.js.map
