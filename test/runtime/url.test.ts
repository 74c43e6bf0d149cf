import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../generator/runtime/errors.ts";
import { thrown } from "./support/errors.ts";
import {
  buildUrl,
  checkHeaderValue,
  checkPathValue,
  checkQueryValue,
  resolveBaseUrl,
} from "../../generator/runtime/url.ts";

function ruleOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RequestValidationError);
    return (error as RequestValidationError).rule;
  }
  return undefined;
}

describe("checkPathValue", () => {
  it.each([
    ["", "empty"],
    [".", "dot-segment"],
    ["..", "dot-segment"],
    ["a/b", "separator"],
    ["../evil", "separator"],
    ["a\\b", "separator"],
    ["a?b", "separator"],
    ["a#b", "separator"],
    ["%2F", "encoded-separator"],
    ["a%2fb", "encoded-separator"],
    ["%5C", "encoded-separator"],
    ["%3F", "encoded-separator"],
    ["%23", "encoded-separator"],
    ["%2e%2e", "encoded-separator"],
    ["%2E", "encoded-separator"],
    ["%252F", "encoded-separator"],
    ["%25252e%25252E", "encoded-separator"],
    ["%2F%FF", "encoded-separator"],
    ["bad\uD800", "unicode"],
  ])("refuses %j (%s)", (value, rule) => {
    expect(ruleOf(() => checkPathValue("name", value))).toBe(rule);
  });

  it.each(["rg", "a.b", "...", "a..b", "(x)_-.", "100%", "%zz", "%2", "ünïcödé", "a b", "a:b", "😀"])(
    "accepts %j",
    (value) => {
      expect(ruleOf(() => checkPathValue("name", value))).toBeUndefined();
    },
  );

  it("names the parameter and quotes the value, or hides it for a secret", () => {
    expect(() => checkPathValue("factoryName", "a/b")).toThrow(
      /Invalid parameter "factoryName": .*\[separator\] \(got "a\/b"\)/,
    );
    const error = thrown(() => checkPathValue("token", "s3cret/x", true)) as RequestValidationError;
    expect(error.value).toBeUndefined();
    expect(error.message).not.toContain("s3cret");
  });
});

describe("checkQueryValue and checkHeaderValue", () => {
  it("accept separators in query values (they are encoded) but not lone surrogates", () => {
    expect(ruleOf(() => checkQueryValue("filter", "a/b?c#d&e=f"))).toBeUndefined();
    expect(ruleOf(() => checkQueryValue("filter", "\uDC00"))).toBe("unicode");
  });

  it("refuse header injection", () => {
    expect(ruleOf(() => checkHeaderValue("tag", "a\r\nx-evil: 1"))).toBe("header-character");
    expect(ruleOf(() => checkHeaderValue("tag", "a\0"))).toBe("header-character");
    expect(ruleOf(() => checkHeaderValue("tag", "plain value"))).toBeUndefined();
  });
});

describe("buildUrl", () => {
  it("encodes every path value with encodeURIComponent and keeps the template literal", () => {
    const url = buildUrl(
      "https://example.purview.azure.com/scan",
      "/integrationruntimes/{integrationRuntimeName}:listAuthKeys",
      new Map([["integrationRuntimeName", "ir 1:ü"]]),
      [["api-version", "2023-09-01"]],
    );
    expect(url).toBe(
      "https://example.purview.azure.com/scan/integrationruntimes/ir%201%3A%C3%BC:listAuthKeys?api-version=2023-09-01",
    );
  });

  it("encodes query names and values and leaves out an empty query", () => {
    expect(
      buildUrl("https://h", "/a", new Map(), [
        ["$filter", "a&b=c#d"],
        ["api-version", "1"],
      ]),
    ).toBe("https://h/a?%24filter=a%26b%3Dc%23d&api-version=1");
    expect(buildUrl("https://h", "/a", new Map(), [])).toBe("https://h/a");
  });

  it("treats a placeholder without a value as an internal error", () => {
    expect(() => buildUrl("https://h", "/{x}", new Map(), [])).toThrow(/internal error/);
  });
});

describe("resolveBaseUrl", () => {
  it("uses the template, or the endpoint option, when the template has no variables", () => {
    expect(resolveBaseUrl("https://management.azure.com", [], {})).toBe("https://management.azure.com");
    expect(resolveBaseUrl("https://management.azure.com", [], { endpoint: "https://127.0.0.1:8443/" })).toBe(
      "https://127.0.0.1:8443",
    );
  });

  it("fills server variables from their options", () => {
    const variables = [{ name: "endpoint", tsName: "endpoint" }];
    expect(resolveBaseUrl("{endpoint}/scan", variables, { endpoint: "https://acct.purview.azure.com/" })).toBe(
      "https://acct.purview.azure.com/scan",
    );
    expect(
      resolveBaseUrl("https://{account}.purview.azure.com", [{ name: "account", tsName: "accountName" }], {
        accountName: "acct",
      }),
    ).toBe("https://acct.purview.azure.com");
  });

  it.each([
    [{}, "required"],
    [{ endpoint: "" }, "required"],
    [{ endpoint: "acct.purview.azure.com" }, "url"],
    [{ endpoint: "http://acct.purview.azure.com" }, "url"],
    [{ endpoint: "https://user:pw@acct.purview.azure.com" }, "url"],
    [{ endpoint: "https://acct.purview.azure.com?x=1" }, "url"],
    [{ endpoint: "https://acct.purview.azure.com#f" }, "url"],
  ])("refuses endpoint %j (%s)", (options, rule) => {
    expect(ruleOf(() => resolveBaseUrl("{endpoint}/scan", [{ name: "endpoint", tsName: "endpoint" }], options))).toBe(
      rule,
    );
  });

  it("never quotes credentials from an endpoint", () => {
    const error = thrown(() =>
      resolveBaseUrl("https://management.azure.com", [], { endpoint: "https://me:hunter2@h" }),
    );
    expect(error.message).not.toContain("hunter2");
  });

  it("refuses a variable inside the host that is more than a label", () => {
    const variables = [{ name: "account", tsName: "accountName" }];
    expect(
      ruleOf(() => resolveBaseUrl("https://{account}.purview.azure.com", variables, { accountName: "evil.com/x" })),
    ).toBe("url");
    expect(
      ruleOf(() => resolveBaseUrl("https://{account}.purview.azure.com", variables, { accountName: "a@evil.com" })),
    ).toBe("url");
  });
});
