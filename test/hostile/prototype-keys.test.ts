/**
 * Objects built from responses never gain prototype keys: `__proto__` in JSON is data (`JSON.parse` makes it an
 * own property), and every runtime path that copies, masks, records or compares such objects must keep it so
 * — never set a prototype, never touch `Object.prototype`. Checked: `send` (response body → result),
 * `redact` (masked copies), `recordCall`/`redactHeaders` (mock call records) and the validation primitives
 * `ownProperty`, `deepEqual`, `findDuplicateItems`. Generated validators, redactors and fixtures are checked on
 * generated code in hostile-specs.test.ts.
 */
import { createHttpHeaders, type HttpClient } from "@azure/core-rest-pipeline";
import { afterEach, describe, expect, it } from "vitest";
import { recordCall, redactHeaders } from "../../generator/runtime/mock-record.ts";
import { REDACTED, redact, type SecretMap } from "../../generator/runtime/redact.ts";
import { deepEqual, findDuplicateItems, ownProperty } from "../../generator/runtime/validation.ts";
import { countingCredential } from "../runtime/support/credential.ts";
import { FixtureClient, getKeys, SUBSCRIPTION } from "../runtime/support/fixture-service.ts";

const BODY = '{"__proto__":{"polluted":true,"authKey1":"inherited"},"constructor":{"prototype":{"polluted":true}},"authKey2":"k2","items":[{"__proto__":{"polluted":true}}]}';

/** `value` has `__proto__` as an own data property holding `expected`, and the ordinary prototype. */
function expectProtoKey(value: unknown, expected: unknown): void {
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual(expected);
}

afterEach(() => {
  // Nothing may have reached the shared prototype.
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

describe("__proto__ in JSON stays data", () => {
  it("JSON.parse makes it an own property (the baseline every copy must keep)", () => {
    const parsed = JSON.parse(BODY) as Record<string, unknown>;
    expectProtoKey(parsed, { polluted: true, authKey1: "inherited" });
    expect(parsed["authKey1"]).toBeUndefined();
  });

  it("send returns the parsed body with the key as data", async () => {
    const httpClient: HttpClient = {
      sendRequest: async (request) => ({ request, status: 200, headers: createHttpHeaders({ "content-type": "application/json" }), bodyAsText: BODY }),
    };
    const client = new FixtureClient({ credential: countingCredential(), subscriptionId: SUBSCRIPTION, endpoint: "https://example.test", httpClient, validateResponses: "off" });
    const result = (await getKeys(client, { resourceGroupName: "rg", factoryName: "factory" })) as unknown as Record<string, unknown>;
    expectProtoKey(result, { polluted: true, authKey1: "inherited" });
    expect(result["authKey1"]).toBeUndefined();
    expectProtoKey((result["items"] as unknown[])[0], { polluted: true });
  });

  it("redact copies it as data, masks a secret stored under it, and reads no secret map through a prototype", () => {
    const value = JSON.parse(BODY) as Record<string, unknown>;
    const plain = redact(value, { properties: { authKey2: true } }) as Record<string, unknown>;
    expectProtoKey(plain, { polluted: true, authKey1: "inherited" });
    expect(plain["authKey2"]).toBe(REDACTED);
    expectProtoKey((plain["items"] as unknown[])[0], { polluted: true });

    const secretUnderProto = JSON.parse('{"properties":{"__proto__":true}}') as SecretMap;
    expectProtoKey(redact(value, secretUnderProto), REDACTED);
    // A map without an entry for `constructor` must not find Object.prototype.constructor and treat it as a map.
    expect((redact(value, { properties: {} }) as Record<string, unknown>)["constructor"]).toEqual({ prototype: { polluted: true } });
    expectProtoKey(redact(value, { additionalProperties: true }), REDACTED);
  });

  it("mock call records keep it in bodies and cannot have a header replace the prototype", () => {
    const call = recordCall({ method: "PUT", url: "https://example.test/x", headers: { Authorization: "Bearer t" }, bodyText: BODY }, "Things_Put");
    expectProtoKey(call.body, { polluted: true, authKey1: "inherited" });
    const headers = redactHeaders(JSON.parse('{"__proto__":"{\\"polluted\\":true}","authorization":"Bearer secret"}') as Record<string, string>);
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(headers["authorization"]).toBe(`Bearer <redacted>`);
  });

  it("validation primitives see own properties only", () => {
    const value = JSON.parse(BODY) as Record<string, unknown>;
    expect(ownProperty(value, "__proto__")).toEqual({ polluted: true, authKey1: "inherited" });
    expect(ownProperty({}, "__proto__")).toBeUndefined();
    expect(ownProperty({}, "constructor")).toBeUndefined();
    expect(ownProperty({}, "toString")).toBeUndefined();
    expect(deepEqual(JSON.parse('{"__proto__":{"a":1}}'), JSON.parse('{"__proto__":{"a":2}}'))).toBe(false);
    expect(deepEqual(JSON.parse('{"__proto__":{"a":1}}'), {})).toBe(false);
    expect(deepEqual(JSON.parse('{"__proto__":{"a":1}}'), JSON.parse('{"__proto__":{"a":1}}'))).toBe(true);
    expect(findDuplicateItems([JSON.parse('{"__proto__":1}'), JSON.parse('{"__proto__":2}')])).toBeUndefined();
    expect(findDuplicateItems([JSON.parse('{"__proto__":1}'), JSON.parse('{"__proto__":1}')])).toEqual([0, 1]);
  });
});
