import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../generator/runtime/errors.ts";
import { bindClientParameters, readParameters } from "../../generator/runtime/parameters.ts";
import { fixtureService, getOperation, regenerateOperation, SUBSCRIPTION, validateFixtureClientParameters } from "./support/fixture-service.ts";
import { thrown } from "./support/errors.ts";

const bound = bindClientParameters(fixtureService.clientParameters, { subscriptionId: SUBSCRIPTION }, validateFixtureClientParameters);

describe("bindClientParameters", () => {
  it("binds options by wire name and fills api-version from its default or the option", () => {
    expect([...bound]).toEqual([
      ["subscriptionId", { in: "path", value: SUBSCRIPTION }],
      ["api-version", { in: "query", value: "2018-06-01" }],
    ]);
    const overridden = bindClientParameters(
      fixtureService.clientParameters,
      { subscriptionId: SUBSCRIPTION, apiVersion: "2099-01-01" },
      validateFixtureClientParameters,
    );
    expect(overridden.get("api-version")?.value).toBe("2099-01-01");
  });

  it.each([
    [{}, "subscriptionId", "required"],
    [{ subscriptionId: 42 }, "subscriptionId", "type"],
    [{ subscriptionId: "12345678-1234-1234-1234-12345678abc" }, "subscriptionId", "format"],
    [{ subscriptionId: SUBSCRIPTION, apiVersion: "" }, "apiVersion", "minLength"],
  ])("refuses %j", (options, parameter, rule) => {
    const error = thrown(() => bindClientParameters(fixtureService.clientParameters, options, validateFixtureClientParameters));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ parameter, rule });
  });

  const anything = (value: unknown) => ({ valid: true as const, value: value as Readonly<Record<string, unknown>> });

  it("applies the wire-safety rules to path-bound client parameters whatever their schema allows", () => {
    const specs = [{ name: "subscriptionId", tsName: "subscriptionId", in: "path" as const, required: true }];
    expect(thrown(() => bindClientParameters(specs, { subscriptionId: ".." }, anything))).toMatchObject({ rule: "dot-segment" });
    expect(thrown(() => bindClientParameters(specs, { subscriptionId: "a%2Fb" }, anything))).toMatchObject({
      rule: "encoded-separator",
    });
  });

  it("reports the generated validator's first issue: parameter, rule, the value and its message", () => {
    const specs = [{ name: "p", tsName: "p", in: "query" as const, required: true }];
    const validate = () => ({ valid: false as const, errors: [{ path: "/p", keyword: "pattern", message: "must match /^a+$/" }, { path: "/p", keyword: "maxLength", message: "too long" }] });
    expect(thrown(() => bindClientParameters(specs, { p: "b" }, validate))).toMatchObject({ parameter: "p", rule: "pattern", value: "b" });
    // The validator sees the options with defaults applied, with the request rules and the client's enum policy.
    const seen: unknown[] = [];
    bindClientParameters([{ name: "api-version", tsName: "apiVersion", in: "query" as const, required: true, default: "2024-01-01" }], {}, (value, options) => {
      seen.push(value, options);
      return anything(value);
    }, "accept");
    expect(seen).toEqual([{ apiVersion: "2024-01-01" }, { direction: "request", unknownEnumValues: "accept" }]);
  });
});

describe("readParameters", () => {
  it("splits values into path, query, header and body parts, client parameters included", () => {
    const parts = readParameters(
      getOperation,
      { resourceGroupName: "rg", factoryName: "f-1", filter: "a eq 'b'", clientTag: "t" },
      bound,
    );
    expect([...parts.path]).toEqual([
      ["resourceGroupName", "rg"],
      ["factoryName", "f-1"],
      ["subscriptionId", SUBSCRIPTION],
    ]);
    expect(parts.query).toEqual([
      ["$filter", "a eq 'b'"],
      ["api-version", "2018-06-01"],
    ]);
    expect(parts.headers).toEqual([["x-ms-client-tag", "t"]]);
    expect(parts.body).toBeUndefined();
    const withBody = readParameters(
      regenerateOperation,
      { resourceGroupName: "rg", factoryName: "f-1", body: { keyName: "authKey2" } },
      bound,
    );
    expect(withBody.body).toEqual({ value: { keyName: "authKey2" } });
  });

  it("leaves out optional parameters that are not set", () => {
    const parts = readParameters(
      getOperation,
      { resourceGroupName: "rg", factoryName: "f-1", filter: undefined },
      bound,
    );
    expect(parts.query).toEqual([["api-version", "2018-06-01"]]);
    expect(parts.headers).toEqual([]);
  });

  it("turns the validator's first issue into an error naming the parameter, rule and value", () => {
    const error = thrown(() => readParameters(getOperation, { resourceGroupName: "rg", factoryName: "x" }, bound));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ parameter: "factoryName", rule: "minLength", value: "x" });
    expect(error.message).toBe(
      'Invalid parameter "factoryName": must have at least 3 characters [minLength] (got "x")',
    );
  });

  it("never quotes body values", () => {
    const error = thrown(() =>
      readParameters(
        regenerateOperation,
        { resourceGroupName: "rg", factoryName: "f-1", body: { keyName: 7 } } as never,
        bound,
      ),
    ) as RequestValidationError;
    expect(error).toMatchObject({ parameter: "body", rule: "type", value: undefined });
    expect(error.message).toBe('Invalid parameter "body": at /body/keyName: must be a string [type]');
    expect(error.issues).toEqual([{ path: "/body/keyName", keyword: "type", message: "must be a string" }]);
  });

  it("applies wire-safety after the schema: `..` passes the resource group pattern but not the wire rules", () => {
    expect(
      thrown(() => readParameters(getOperation, { resourceGroupName: "..", factoryName: "f-1" }, bound)),
    ).toMatchObject({
      parameter: "resourceGroupName",
      rule: "dot-segment",
      value: "..",
    });
    expect(
      thrown(() =>
        readParameters(getOperation, { resourceGroupName: "rg", factoryName: "f-1", clientTag: "a\nb" }, bound),
      ),
    ).toMatchObject({
      parameter: "clientTag",
      rule: "header-character",
    });
  });

  it("hides the value of a secret parameter", () => {
    const secretOperation = {
      ...getOperation,
      parameters: [...getOperation.parameters, { name: "sig", tsName: "sig", in: "query" as const, secret: true }],
    };
    const error = thrown(() =>
      readParameters(secretOperation, { resourceGroupName: "rg", factoryName: "f-1", sig: "s\uD800" } as never, bound),
    ) as RequestValidationError;
    expect(error).toMatchObject({ parameter: "sig", rule: "unicode", value: undefined });
  });
});
