import { describe, expect, it } from "vitest";
import { REDACTED, redact, type SecretMap } from "../../generator/runtime/redact.ts";

// Shaped like Machine Learning's ListWorkspaceKeysResult: secrets at the top, in a nested object and in array items.
const passwordSecrets: SecretMap = { properties: { value: true } };
const registrySecrets: SecretMap = { properties: { passwords: { items: () => passwordSecrets } } };
const keysSecrets: SecretMap = {
  properties: {
    userStorageKey: true,
    containerRegistryCredentials: () => registrySecrets,
    notebookAccessKeys: { properties: { primaryAccessKey: true, secondaryAccessKey: true } },
  },
};

describe("redact", () => {
  const keys = {
    userStorageKey: "storage-secret",
    userStorageResourceId: "/subscriptions/x",
    containerRegistryCredentials: {
      username: "user",
      passwords: [
        { name: "password", value: "pw-1" },
        { name: "password2", value: "pw-2" },
      ],
    },
    notebookAccessKeys: { primaryAccessKey: null, secondaryAccessKey: "nb-2" },
  };

  it("masks every secret and keeps everything else", () => {
    expect(redact(keys, keysSecrets)).toEqual({
      userStorageKey: REDACTED,
      userStorageResourceId: "/subscriptions/x",
      containerRegistryCredentials: {
        username: "user",
        passwords: [
          { name: "password", value: REDACTED },
          { name: "password2", value: REDACTED },
        ],
      },
      notebookAccessKeys: { primaryAccessKey: null, secondaryAccessKey: REDACTED },
    });
  });

  it("returns a deep copy and leaves the input alone", () => {
    const before = structuredClone(keys);
    const copy = redact(keys, keysSecrets);
    expect(keys).toEqual(before);
    expect(copy.containerRegistryCredentials).not.toBe(keys.containerRegistryCredentials);
    const plain = redact(keys, {});
    expect(plain).toEqual(keys);
    expect(plain.notebookAccessKeys).not.toBe(keys.notebookAccessKeys);
  });

  it("follows recursive maps lazily", () => {
    const node: SecretMap = { properties: { secret: true, children: { items: () => node } } };
    const tree = { secret: "a", children: [{ secret: "b", children: [{ secret: "c", children: [] }] }] };
    expect(JSON.stringify(redact(tree, node))).not.toMatch(/"[abc]"/);
  });

  it("masks additionalProperties values and applies every member of a composition", () => {
    const map: SecretMap = {
      all: [{ properties: { a: true } }, { properties: { b: true } }],
      properties: { plain: { additionalProperties: true } },
    };
    expect(redact({ a: "1", b: "2", c: "3", plain: { x: "4", y: "5" } }, map)).toEqual({
      a: REDACTED,
      b: REDACTED,
      c: "3",
      plain: { x: REDACTED, y: REDACTED },
    });
  });

  it("copies a __proto__ key as data and does not consult inherited map keys", () => {
    const value = JSON.parse('{"__proto__": {"polluted": "yes"}, "toString": "s"}') as object;
    const copy = redact(value, { properties: {} }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "toString"]);
    expect(copy["toString"]).toBe("s");
  });

  it("masks a discriminated union by the variant its value names, and every variant's secrets for a kind it does not know", () => {
    const keySecrets: SecretMap = { properties: { key: true } };
    const certificateSecrets: SecretMap = { properties: { pfx: true } };
    const union: SecretMap = {
      variants: { propertyName: "kind", maps: { Key: () => keySecrets, Certificate: () => certificateSecrets, Plain: {} }, otherwise: { all: [() => keySecrets, () => certificateSecrets] } },
    };
    expect(redact({ kind: "Key", key: "k", pfx: "kept: not a Key secret" }, union)).toEqual({ kind: "Key", key: REDACTED, pfx: "kept: not a Key secret" });
    expect(redact({ kind: "Certificate", pfx: "p" }, union)).toEqual({ kind: "Certificate", pfx: REDACTED });
    expect(redact({ kind: "Plain", key: "not secret here" }, union)).toEqual({ kind: "Plain", key: "not secret here" });
    expect(redact({ kind: "FutureKind", key: "k", pfx: "p" }, union)).toEqual({ kind: "FutureKind", key: REDACTED, pfx: REDACTED });
    expect(redact([{ key: "k" }], { items: union })).toEqual([{ key: REDACTED }]);
  });
});
