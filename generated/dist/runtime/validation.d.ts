/**
* Validation results shared by generated validators, clients and mocks, and the small primitives generated
* validators call. (Copied verbatim into the generated package as `src/runtime/validation.ts`.)
*
* Generated validators import this module as a namespace, so the names below never meet a spec's names.
* The service entry re-exports only `ValidationIssue` and `ValidationResult`.
*
* Formats follow ajv-formats' "full" mode, so a generated validator and ajv + ajv-formats agree, with two
* deliberate exceptions: `byte` is strict base64 (ajv-formats tests it line by line, so `"abc\nQUJD"` passes
* there), and `int64` checks the signed 64-bit range (ajv-formats accepts any integer, even `1e300`).
*/
/** One problem found in a value. */
export interface ValidationIssue {
	/** JSON Pointer (RFC 6901) to the offending value; "" for the root. */
	path: string;
	/** The JSON Schema keyword that failed (`type`, `required`, `pattern`, `maxLength`, …). */
	keyword: string;
	/** Plain-English message. Never contains the value itself (it may be a secret). */
	message: string;
}
export type ValidationResult<T> = {
	valid: true;
	value: T;
} | {
	valid: false;
	errors: ValidationIssue[];
};
/** A validator reports at most this many issues. */
export declare const MAX_ISSUES = 100;
/**
* Where a generated check reports a problem: the fail strategy. Every check is one walker over the schema,
* `$check_T(value, path, issues) → boolean`, that calls `add` at each problem and returns false at once when
* `add` does (true: go on checking). Whether a value is valid is up to the strategy: `firstProblem` answers
* with the check's result, `IssueList` with its list.
*/
export interface Issues {
	/** Records one problem (`path` a JSON Pointer, the message never the value); false to stop checking now. */
	add(path: string, keyword: string, message: string): boolean;
	/** In a request, let an extensible enum carry a value the api-version does not list (`unknownEnumValues`). */
	readonly openEnums?: boolean;
}
/**
* How a value is validated. `direction` picks the rules: a response's (the default for `validate<T>`/`is<T>`:
* a required readOnly property must be there, a writeOnly one need not, an extensible enum — `x-ms-enum`
* `modelAsString` — accepts any string) or a request's (the reverse, and an extensible enum must hold a value this
* api-version knows; the default for the parameters validators). `unknownEnumValues: "accept"` lifts that last rule
* for requests: the opt-out for sending a value added to the service after this api-version.
*/
export interface ValidateOptions {
	direction?: "request" | "response" | undefined;
	unknownEnumValues?: "reject" | "accept" | undefined;
}
/** A generated check: `request` is true when a request (not a response) is checked (readOnly/writeOnly). */
export type Check = (value: unknown, path: string, issues: Issues, request: boolean) => boolean;
/**
* The "first problem" strategy (`is<T>`): stops at the first problem, records nothing. One shared, stateless
* object: a check run with it allocates nothing for a valid value.
*/
export declare const firstProblem: Issues;
/** The first-problem strategy for `options`. */
export declare function firstProblemFor(options: ValidateOptions | undefined): Issues;
/** The "collect all" strategy (`validate<T>`): every issue in the order found, stopping at `MAX_ISSUES`. */
export declare class IssueList implements Issues {
	readonly openEnums: boolean;
	/** Created on the first issue: a valid value allocates no list. */
	issues: ValidationIssue[] | undefined;
	constructor(openEnums?: boolean);
	add(path: string, keyword: string, message: string): boolean;
}
/** Runs a check with the "collect all" strategy: the value itself when valid, else its issues. */
export declare function collectAll<T>(value: unknown, check: Check, request?: boolean, options?: ValidateOptions): ValidationResult<T>;
/** One JSON Pointer reference token (RFC 6901): `~` → `~0`, `/` → `~1`. */
export declare function escapePointerToken(token: string): string;
/** The reference tokens of a JSON Pointer (`/a~1b/0` → `["a/b", "0"]`); "" → []. */
export declare function pointerTokens(pointer: string): string[];
/** One JSON Pointer reference token back to its text: `~1` → `/`, `~0` → `~`. */
export declare function unescapePointerToken(token: string): string;
export declare function hasOwn(object: object, key: string): boolean;
/** An own property's value, or undefined: for keys `Object.prototype` also has (`constructor`, `__proto__`). */
export declare function ownProperty(object: Record<string, unknown>, key: string): unknown;
/** Number of own enumerable keys (`minProperties`/`maxProperties`). */
export declare function countProperties(object: object): number;
/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength` (a lone surrogate counts as one). */
export declare function codePointLength(text: string): number;
/** JSON equality: numbers by value, arrays by position, objects by key set regardless of key order. */
export declare function deepEqual(a: unknown, b: unknown): boolean;
/**
* `uniqueItems`: the indices `[earlier, later]` of the first two equal items, or undefined when all differ.
* Primitive items are compared through a Map (linear); objects and arrays pairwise with `deepEqual`.
*/
export declare function findDuplicateItems(items: readonly unknown[]): [number, number] | undefined;
/** `format: int32`: an integer in [-2^31, 2^31 - 1]. */
export declare function isInt32(value: number): boolean;
/** `format: int64`: an integer in [-2^63, 2^63 - 1] (as far as a double can tell). */
export declare function isInt64(value: number): boolean;
/** `format: uuid`: 8-4-4-4-12 hex digits, any case, optionally as a `urn:uuid:` URN (RFC 4122). */
export declare function isUuid(text: string): boolean;
/** `format: date`: RFC 3339 full-date `YYYY-MM-DD` with a real day of the month (leap years included). */
export declare function isDate(text: string): boolean;
/**
* `format: date-time`: RFC 3339 `date-time` (date, `T` or a space, time with seconds, a zone `Z`, `±hh:mm`,
* `±hhmm` or `±hh`); `23:59:60` only where it is a leap second in UTC.
*/
export declare function isDateTime(text: string): boolean;
/** `format: ipv4`: dotted quad of decimal octets 0–255 without leading zeros. */
export declare function isIpv4(text: string): boolean;
/** `format: ipv6`: RFC 4291 text form, with `::` at most once and an optional trailing dotted quad. */
export declare function isIpv6(text: string): boolean;
/** `format: byte`: base64 (RFC 4648 §4) with padding and no line breaks; "" is the empty byte string. */
export declare function isByte(text: string): boolean;
/**
* `format: email`: a dot-atom local part (RFC 5322, no quoted strings or comments) `@` a domain of at least
* two letter/digit/hyphen labels.
*/
export declare function isEmail(text: string): boolean;
export declare function isUri(text: string): boolean;
//# sourceMappingURL=validation.d.ts.map
