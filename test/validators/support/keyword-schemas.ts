/**
 * Hand-built IR covering every keyword the validators support, each in the shape the five specs use it and in
 * the awkward shapes they could: nullable primitives and references, formats, code-point lengths, enums plain
 * and extensible, closed objects with hostile keys, maps, a recursive error model, every composite, object and
 * `oneOf` discriminators with subtypes that include their base, and readOnly/writeOnly by direction.
 */
import type { IrSchema, IrService } from "../../../generator/model/ir.js";
import {
  any,
  arr,
  bool,
  composite,
  int,
  named,
  num,
  obj,
  operation,
  pattern,
  ref,
  schemaId,
  service,
  str,
} from "./ir.js";

export function keywordService(): IrService {
  const animal = obj(
    { kind: [str(), true], name: [str({ minLength: 1 }), false] },
    {
      discriminator: {
        propertyName: "kind",
        mapping: { Cat: schemaId("Cat"), Dog: schemaId("Dog"), Animal: schemaId("Animal") },
      },
    },
  );
  return service(
    [
      named(
        "Strings",
        obj({
          short: [str({ minLength: 2, maxLength: 4 }), false],
          name: [str({ pattern: pattern("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$"), minLength: 3, maxLength: 63 }), true],
          group: [str({ pattern: pattern("^[-\\w\\._\\(\\)]+$") }), false],
          letters: [str({ pattern: pattern("^\\p{L}+$") }), false],
          anchored: [str({ pattern: pattern("\\Aab\\Z") }), false],
          id: [str({ format: "uuid" }), false],
          at: [str({ format: "date-time" }), false],
          day: [str({ format: "date" }), false],
          link: [str({ format: "uri" }), false],
          mail: [str({ format: "email" }), false],
          v4: [str({ format: "ipv4" }), false],
          v6: [str({ format: "ipv6" }), false],
          bytes: [str({ format: "byte" }), false],
          secret: [str({ format: "password", secret: true }), false],
          keyName: [str({ enum: ["authKey1", "authKey2"] }), false],
          access: [str({ enum: ["access", "gitAccess"], extensible: true }), false],
          fixed: [str({ const: "v1" }), false],
          maybe: [str({ nullable: true, enum: ["a", "b"] }), false],
          rights: [
            str({
              enum: [
                "ServiceConfig",
                "EnrollmentRead",
                "EnrollmentWrite",
                "DeviceConnect",
                "RegistrationStatusRead",
                "RegistrationStatusWrite",
                "A",
                "B",
                "C",
              ],
            }),
            false,
          ],
        }),
      ),
      named(
        "Numbers",
        obj({
          count: [int({ minimum: 0, maximum: 10 }), true],
          ratio: [num({ exclusiveMinimum: 0, exclusiveMaximum: 1 }), false],
          step: [num({ multipleOf: 0.5 }), false],
          even: [int({ multipleOf: 2 }), false],
          small: [int({ format: "int32" }), false],
          big: [int({ format: "int64" }), false],
          loose: [num({ format: "int32" }), false],
          level: [int({ enum: [1, 2, 3], nullable: true }), false],
          version: [num({ const: 2 }), false],
          flag: [bool({ const: true }), false],
          either: [bool({ enum: [false] }), false],
        }),
      ),
      named(
        "Lists",
        obj({
          tags: [arr(str(), { minItems: 1, maxItems: 3, uniqueItems: true }), false],
          items: [arr(ref("Password"), { uniqueItems: true }), false],
          matrix: [arr(arr(int(), { maxItems: 2 })), false],
          anything: [arr(any()), false],
        }),
      ),
      named("Password", obj({ name: [str(), false], value: [str({ secret: true }), false] })),
      named(
        "Closed",
        obj(
          {
            "@odata.type": [str(), true],
            "a/b": [int(), false],
            "t~1": [bool(), false],
            // (typed by hand: TypeScript does not apply the contextual tuple type to `Object.prototype` names)
            ["constructor"]: [str(), false] as [IrSchema, boolean],
            ["toString"]: [int(), false] as [IrSchema, boolean],
          },
          { additionalProperties: false },
        ),
      ),
      named("Tags", obj({}, { additionalProperties: str({ maxLength: 3 }), minProperties: 1, maxProperties: 3 })),
      named(
        "Wide",
        obj(Object.fromEntries("abcdefghij".split("").map((k, i) => [k, [i % 2 ? int() : str(), i < 2]])), {
          additionalProperties: false,
        }),
      ),
      named(
        "ErrorModel",
        obj({
          code: [str(), true],
          message: [str(), true],
          target: [str(), false],
          details: [arr(ref("ErrorModel")), false],
        }),
      ),
      named("ErrorResponse", obj({ error: [ref("ErrorModel"), true] })),
      named("NullableRef", obj({ inner: [ref("Password", { nullable: true }), true] })),
      named("AnyOfThing", composite("anyOf", [str({ maxLength: 2 }), int({ minimum: 5 }), ref("Password")])),
      named(
        "OneOfThing",
        composite(
          "oneOf",
          [num({ minimum: 0 }), int({ maximum: 10 }), obj({ a: [str(), true] }, { additionalProperties: false })],
          { nullable: true },
        ),
      ),
      named(
        "AllOfThing",
        composite("allOf", [
          ref("Password"),
          obj({ extra: [int(), true] }),
          obj({ name: [str({ minLength: 2 }), false] }),
        ]),
      ),
      named("Animal", animal),
      named("Cat", composite("allOf", [ref("Animal"), obj({ meows: [bool(), true] })])),
      named("Dog", composite("allOf", [ref("Animal"), obj({ barks: [int({ minimum: 0 }), false] })])),
      named("Zoo", obj({ animals: [arr(ref("Animal")), true], keeper: [ref("Pet"), false] })),
      named(
        "Pet",
        composite("oneOf", [ref("Cat"), ref("Dog")], {
          discriminator: { propertyName: "kind", mapping: { Cat: schemaId("Cat"), Dog: schemaId("Dog") } },
        }),
      ),
      named(
        "Resource",
        obj({
          id: [str({ readOnly: true }), true],
          secret: [str({ writeOnly: true }), true],
          name: [str({ minLength: 1 }), true],
          etag: [str({ readOnly: true }), false],
        }),
      ),
      named("Untyped", any()),
      named("Alias", ref("Untyped")),
    ],
    [
      operation(
        "RegenerateKey",
        [
          {
            name: "resourceGroupName",
            tsName: "resourceGroupName",
            location: "path",
            required: true,
            schema: str({ pattern: pattern("^[-\\w\\._\\(\\)]+$"), minLength: 1, maxLength: 90 }),
          },
          {
            name: "x-ms-client-request-id",
            tsName: "clientRequestId",
            location: "header",
            required: false,
            schema: str({ format: "uuid" }),
          },
          { name: "top", tsName: "top", location: "query", required: false, schema: int({ minimum: 1 }) },
        ],
        { schema: ref("Resource"), required: true },
      ),
      operation("ListKeys", [
        {
          name: "accessName",
          tsName: "accessName",
          location: "path",
          required: true,
          schema: str({ enum: ["access", "gitAccess"], extensible: true }),
        },
      ]),
      operation("Update", [], { schema: ref("Zoo"), required: false }),
    ],
    "keywords",
  );
}
