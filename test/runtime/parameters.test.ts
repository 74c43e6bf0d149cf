import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../generator/runtime/errors.ts";
import { bindClientParameters, readParameters } from "../../generator/runtime/parameters.ts";
import { fixtureService, getOperation, regenerateOperation, SUBSCRIPTION } from "./support/fixture-service.ts";
import { thrown } from "./support/errors.ts";

const bound = bindClientParameters(fixtureService.clientParameters, { subscriptionId: SUBSCRIPTION });

describe("bindClientParameters", () => {
  it("binds options by wire name and fills api-version from its default or the option", () => {
    expect([...bound]).toEqual([
      ["subscriptionId", { in: "path", value: SUBSCRIPTION }],
      ["api-version", { in: "query", value: "2018-06-01" }],
    ]);
    const overridden = bindClientParameters(fixtureService.clientParameters, {
      subscriptionId: SUBSCRIPTION,
      apiVersion: "2099-01-01",
    });
    expect(overridden.get("api-version")?.value).toBe("2099-01-01");
  });

  it.each([
    [{}, "subscriptionId", "required"],
    [{ subscriptionId: 42 }, "subscriptionId", "type"],
    [{ subscriptionId: "12345678-1234-1234-1234-12345678abc" }, "subscriptionId", "format"],
    [{ subscriptionId: SUBSCRIPTION, apiVersion: "" }, "apiVersion", "minLength"],
  ])("refuses %j", (options, parameter, rule) => {
    const error = thrown(() => bindClientParameters(fixtureService.clientParameters, options));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ parameter, rule });
  });

  it("applies the wire-safety rules to path-bound client parameters whatever their rules", () => {
    const specs = [{ name: "subscriptionId", tsName: "subscriptionId", in: "path" as const, required: true }];
    expect(thrown(() => bindClientParameters(specs, { subscriptionId: ".." }))).toMatchObject({ rule: "dot-segment" });
    expect(thrown(() => bindClientParameters(specs, { subscriptionId: "a%2Fb" }))).toMatchObject({
      rule: "encoded-separator",
    });
  });

  it("checks pattern, maxLength and enum rules", () => {
    const spec = (rules: object) => [{ name: "p", tsName: "p", in: "query" as const, required: true, rules }];
    expect(thrown(() => bindClientParameters(spec({ pattern: /^a+$/ }), { p: "b" }))).toMatchObject({
      rule: "pattern",
      value: "b",
    });
    expect(thrown(() => bindClientParameters(spec({ maxLength: 2 }), { p: "😀😀😀" }))).toMatchObject({
      rule: "maxLength",
    });
    expect(bindClientParameters(spec({ maxLength: 2 }), { p: "😀😀" }).get("p")?.value).toBe("😀😀");
    expect(thrown(() => bindClientParameters(spec({ enum: ["x"] }), { p: "y" }))).toMatchObject({ rule: "enum" });
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
