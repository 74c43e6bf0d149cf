/** The only ways spec text reaches generated code: one function per output context. */
export { identifier } from "./identifier.js";
export { jsDocText, lineCommentText } from "./jsdoc.js";
export { regexLiteral } from "./regex-literal.js";
export { objectLiteralKey, stringLiteral, typeMemberKey, valueLiteral } from "./string-literal.js";
export { markdownCell } from "./markdown.js";
