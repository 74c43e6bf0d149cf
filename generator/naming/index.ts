/** The one module that turns spec names into TypeScript identifiers. */
export { camelCase, kebabCase, pascalCase, splitWords } from "./casing.js";
export { NameScope } from "./scope.js";
export { isReservedWord } from "./reserved.js";
export { splitOperationId } from "./operation-id.js";
export { FIXED_EXPORT_NAMES } from "./fixed-exports.js";
export { isValidDefinitionName, sanitizeDefinitionName, uniqueDefinitionName } from "./definition-name.js";
