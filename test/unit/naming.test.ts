/** The naming module: casing and the collision resolver. */
import { describe, expect, it } from "vitest";
import { NameScope, camelCase, kebabCase, pascalCase, splitOperationId } from "../../generator/naming/index.ts";

describe("casing", () => {
  it.each([
    ["IntegrationRuntimes", "integrationRuntimes", "IntegrationRuntimes", "integration-runtimes"],
    ["IotDpsResource", "iotDpsResource", "IotDpsResource", "iot-dps-resource"],
    ["api-version", "apiVersion", "ApiVersion", "api-version"],
    ["HTTPStatus", "httpStatus", "HTTPStatus", "http-status"],
    ["foo_bar", "fooBar", "FooBar", "foo-bar"],
  ])("%s", (input, camel, pascal, kebab) => {
    expect(camelCase(input)).toBe(camel);
    expect(pascalCase(input)).toBe(pascal);
    expect(kebabCase(input)).toBe(kebab);
  });

  it("splits Azure operationIds", () => {
    expect(splitOperationId("IntegrationRuntimes_RegenerateAuthKey")).toEqual({ group: "IntegrationRuntimes", method: "RegenerateAuthKey" });
    expect(splitOperationId("ListKeys")).toEqual({ group: "", method: "ListKeys" });
  });
});

describe("NameScope", () => {
  it("keeps names that collide after casing distinct and deterministic", () => {
    const scope = new NameScope();
    expect(["foo_bar", "FooBar", "foo-bar"].map((n) => scope.claim(pascalCase(n)))).toEqual(["FooBar", "FooBar2", "FooBar3"]);
  });

  it("never hands out a suffixed name that is already taken", () => {
    const scope = new NameScope(["Foo2"]);
    expect(scope.claim("Foo")).toBe("Foo");
    expect(scope.claim("Foo")).toBe("Foo3");
  });

  it("mangles reserved words and leading digits for identifiers, not for property names", () => {
    const ids = new NameScope();
    expect(ids.claim("class")).toBe("class_");
    expect(ids.claim("123start")).toBe("_123start");
    expect(ids.claim("")).toBe("value");
    const props = new NameScope([], { propertyNames: true });
    expect(props.claim("default")).toBe("default");
  });
});
