/**
 * The only ways spec text reaches generated output: one function per output context, each in its own module
 * with its own tests (test/unit/escape.test.ts). `test/hostile/no-raw-ir-text.test.ts` fails the build when an
 * emitter writes raw IR text any other way.
 *
 * | context                         | function                  |
 * |---------------------------------|---------------------------|
 * | identifier (names from naming/) | `identifier`              |
 * | bare property name (`x.delete`) | `identifierName`          |
 * | key in an interface/type literal| `typeMemberKey`           |
 * | key in an object literal        | `objectLiteralKey`        |
 * | string literal                  | `stringLiteral`           |
 * | any JSON value as an expression | `valueLiteral`            |
 * | JSDoc comment text              | `jsDocText`               |
 * | `//` comment text               | `lineCommentText`         |
 * | regex literal                   | `regexLiteral`            |
 * | Markdown table cell / code span | `markdownCell`, `markdownCode` |
 */
export { identifier, identifierName } from "./identifier.js";
export { jsDocText, lineCommentText } from "./jsdoc.js";
export { regexLiteral } from "./regex-literal.js";
export { objectLiteralKey, stringLiteral, typeMemberKey, valueLiteral } from "./string-literal.js";
export { markdownCell, markdownCode } from "./markdown.js";
