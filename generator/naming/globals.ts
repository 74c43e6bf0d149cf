/**
 * Global names generated modules may refer to: ECMAScript's global values, TypeScript's built-in types, and the
 * host globals the generated package and its runtime use. A generated module imports the model types it names,
 * and an import (even `import type`) shadows the global of that name in the whole module — `new Set(…)` next to
 * a spec's `Set` schema would not compile — so exported names never take these. DOM names the package never
 * touches (`Element`, `Event`, …) stay available: a spec's `Location` or `Resource` keeps its name.
 */
export const GLOBAL_NAMES: ReadonlySet<string> = new Set([
  // ECMAScript global values (ES2022)
  "globalThis", "Infinity", "NaN", "undefined", "eval", "isFinite", "isNaN", "parseFloat", "parseInt",
  "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "unescape",
  "AggregateError", "Array", "ArrayBuffer", "Atomics", "BigInt", "BigInt64Array", "BigUint64Array", "Boolean",
  "DataView", "Date", "Error", "EvalError", "FinalizationRegistry", "Float32Array", "Float64Array", "Function",
  "Int8Array", "Int16Array", "Int32Array", "Intl", "Iterator", "JSON", "Map", "Math", "Number", "Object", "Promise",
  "Proxy", "RangeError", "ReferenceError", "Reflect", "RegExp", "Set", "SharedArrayBuffer", "String", "Symbol",
  "SyntaxError", "TypeError", "Uint8Array", "Uint8ClampedArray", "Uint16Array", "Uint32Array", "URIError",
  "WeakMap", "WeakRef", "WeakSet",
  // TypeScript's built-in types
  "ArrayLike", "ArrayBufferLike", "ArrayBufferView", "AsyncGenerator", "AsyncIterable", "AsyncIterableIterator",
  "AsyncIterator", "Awaited", "Capitalize", "ConstructorParameters", "Exclude", "Extract", "Generator",
  "InstanceType", "Iterable", "IterableIterator", "Lowercase", "NoInfer", "NonNullable", "Omit", "OmitThisParameter",
  "Parameters", "Partial", "Pick", "PromiseLike", "PropertyDescriptor", "PropertyKey", "Readonly", "ReadonlyArray",
  "ReadonlyMap", "ReadonlySet", "Record", "Required", "ReturnType", "TemplateStringsArray", "ThisParameterType",
  "ThisType", "Uncapitalize", "Uppercase",
  // Host globals the generated package uses (Node and browsers)
  "AbortController", "AbortSignal", "Blob", "Buffer", "Headers", "Request", "Response", "TextDecoder",
  "TextEncoder", "URL", "URLSearchParams", "clearTimeout", "console", "crypto", "fetch", "process",
  "queueMicrotask", "setTimeout", "structuredClone",
]);
