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

export type ValidationResult<T> = { valid: true; value: T } | { valid: false; errors: ValidationIssue[] };

/** A validator reports at most this many issues. */
export const MAX_ISSUES = 100;

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
export const firstProblem: Issues = { add: () => false };
const firstProblemOpenEnums: Issues = { add: () => false, openEnums: true };

/** The first-problem strategy for `options`. */
export function firstProblemFor(options: ValidateOptions | undefined): Issues {
  return options?.unknownEnumValues === "accept" ? firstProblemOpenEnums : firstProblem;
}

/** The "collect all" strategy (`validate<T>`): every issue in the order found, stopping at `MAX_ISSUES`. */
export class IssueList implements Issues {
  /** Created on the first issue: a valid value allocates no list. */
  issues: ValidationIssue[] | undefined = undefined;

  constructor(readonly openEnums = false) {}

  add(path: string, keyword: string, message: string): boolean {
    const issue = { path, keyword, message };
    if (this.issues === undefined) this.issues = [issue];
    else this.issues.push(issue);
    return this.issues.length < MAX_ISSUES;
  }
}

/** Runs a check with the "collect all" strategy: the value itself when valid, else its issues. */
export function collectAll<T>(value: unknown, check: Check, request = false, options?: ValidateOptions): ValidationResult<T> {
  const list = new IssueList(options?.unknownEnumValues === "accept");
  check(value, "", list, request);
  return list.issues === undefined ? { valid: true, value: value as T } : { valid: false, errors: list.issues };
}

/** One JSON Pointer reference token (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  if (token.indexOf("~") === -1 && token.indexOf("/") === -1) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The reference tokens of a JSON Pointer (`/a~1b/0` → `["a/b", "0"]`); "" → []. */
export function pointerTokens(pointer: string): string[] {
  return pointer === "" ? [] : pointer.split("/").slice(1).map(unescapePointerToken);
}

/** One JSON Pointer reference token back to its text: `~1` → `/`, `~0` → `~`. */
export function unescapePointerToken(token: string): string {
  if (token.indexOf("~") === -1) return token;
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** An own property's value, or undefined: for keys `Object.prototype` also has (`constructor`, `__proto__`). */
export function ownProperty(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** Number of own enumerable keys (`minProperties`/`maxProperties`). */
export function countProperties(object: object): number {
  let count = 0;
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) count++;
  return count;
}

/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** JSON equality: numbers by value, arrays by position, objects by key set regardless of key order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(right, key) || !deepEqual(left[key], right[key])) return false;
  }
  return true;
}

/**
 * `uniqueItems`: the indices `[earlier, later]` of the first two equal items, or undefined when all differ.
 * Primitive items are compared through a Map (linear); objects and arrays pairwise with `deepEqual`.
 */
export function findDuplicateItems(items: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<unknown, number>();
  let hasComposite = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === "object" && item !== null) {
      hasComposite = true;
      continue;
    }
    const earlier = seen.get(item);
    if (earlier !== undefined) return [earlier, i];
    seen.set(item, i);
  }
  if (!hasComposite) return undefined;
  for (let j = 1; j < items.length; j++) {
    const later = items[j];
    if (typeof later !== "object" || later === null) continue;
    for (let i = 0; i < j; i++) if (deepEqual(items[i], later)) return [i, j];
  }
  return undefined;
}

const MIN_INT32 = -2147483648;
const MAX_INT32 = 2147483647;
const MIN_INT64 = -9223372036854775808; // -(2 ** 63), exact as a double
const INT64_LIMIT = 9223372036854775808; // 2 ** 63

/** `format: int32`: an integer in [-2^31, 2^31 - 1]. */
export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_INT32 && value <= MAX_INT32;
}

/** `format: int64`: an integer in [-2^63, 2^63 - 1] (as far as a double can tell). */
export function isInt64(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_INT64 && value < INT64_LIMIT;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** Two digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return isDigit(a) && isDigit(b) ? (a - 0x30) * 10 + (b - 0x30) : -1;
}

/** `format: uuid`: 8-4-4-4-12 hex digits, any case, optionally as a `urn:uuid:` URN (RFC 4122). */
export function isUuid(text: string): boolean {
  let start = 0;
  if (text.length === 45 && text.slice(0, 9).toLowerCase() === "urn:uuid:") start = 9;
  else if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(start + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 0x2d) return false;
    } else if (!isHexDigit(code)) return false;
  }
  return true;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `format: date`: RFC 3339 full-date `YYYY-MM-DD` with a real day of the month (leap years included). */
export function isDate(text: string): boolean {
  return text.length === 10 && isDateAt(text);
}

function isDateAt(text: string): boolean {
  for (let i = 0; i < 4; i++) if (!isDigit(text.charCodeAt(i))) return false;
  if (text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  const year = Number(text.slice(0, 4));
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]!);
}

/** The whitespace `\s` matches (the date-time separator may be any of them, or `T`/`t`). */
function isRegExpSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `format: date-time`: RFC 3339 `date-time` (date, `T` or a space, time with seconds, a zone `Z`, `±hh:mm`,
 * `±hhmm` or `±hh`); `23:59:60` only where it is a leap second in UTC.
 */
export function isDateTime(text: string): boolean {
  if (text.length < 20 || !isDateAt(text)) return false;
  const separator = text.charCodeAt(10);
  if ((separator | 0x20) !== 0x74 && !isRegExpSpace(separator)) return false;
  return isTimeWithZone(text, 11);
}

function isTimeWithZone(text: string, start: number): boolean {
  const hour = twoDigits(text, start);
  const minute = twoDigits(text, start + 3);
  const wholeSecond = twoDigits(text, start + 6);
  if (hour < 0 || minute < 0 || wholeSecond < 0) return false;
  if (text.charCodeAt(start + 2) !== 0x3a || text.charCodeAt(start + 5) !== 0x3a) return false;
  let at = start + 8;
  let second = wholeSecond;
  if (text.charCodeAt(at) === 0x2e) {
    const fractionStart = at + 1;
    at = fractionStart;
    while (isDigit(text.charCodeAt(at))) at++;
    if (at === fractionStart) return false;
    second = Number(text.slice(start + 6, at));
  }
  let zoneSign = 1;
  let zoneHour = 0;
  let zoneMinute = 0;
  const zone = text.charCodeAt(at);
  if ((zone | 0x20) === 0x7a) {
    at++;
  } else if (zone === 0x2b || zone === 0x2d) {
    zoneSign = zone === 0x2d ? -1 : 1;
    zoneHour = twoDigits(text, at + 1);
    if (zoneHour < 0) return false;
    at += 3;
    if (at < text.length) {
      if (text.charCodeAt(at) === 0x3a) at++;
      zoneMinute = twoDigits(text, at);
      if (zoneMinute < 0) return false;
      at += 2;
    }
  } else return false;
  if (at !== text.length || zoneHour > 23 || zoneMinute > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second is 23:59:60 in UTC.
  const utcMinute = minute - zoneMinute * zoneSign;
  const utcHour = hour - zoneHour * zoneSign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** `format: ipv4`: dotted quad of decimal octets 0–255 without leading zeros. */
export function isIpv4(text: string): boolean {
  return ipv4End(text, 0) === text.length;
}

/** Index after a dotted-quad IPv4 address starting at `start`, or -1. */
function ipv4End(text: string, start: number): number {
  let at = start;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (text.charCodeAt(at) !== 0x2e) return -1;
      at++;
    }
    const first = at;
    let value = 0;
    while (at - first < 3 && isDigit(text.charCodeAt(at))) value = value * 10 + text.charCodeAt(at++) - 0x30;
    const digits = at - first;
    if (digits === 0 || (digits > 1 && text.charCodeAt(first) === 0x30) || value > 255) return -1;
  }
  return at;
}

/** `format: ipv6`: RFC 4291 text form, with `::` at most once and an optional trailing dotted quad. */
export function isIpv6(text: string): boolean {
  let groups = 0;
  let compressed = false;
  let at = 0;
  if (text.startsWith("::")) {
    compressed = true;
    at = 2;
    if (at === text.length) return true;
  } else if (text.charCodeAt(0) === 0x3a) return false;
  for (;;) {
    const quadEnd = ipv4End(text, at);
    if (quadEnd === text.length && groups <= (compressed ? 5 : 6)) return compressed || groups === 6;
    const first = at;
    while (at - first < 4 && isHexDigit(text.charCodeAt(at))) at++;
    if (at === first) return false;
    groups++;
    if (at === text.length) return compressed ? groups <= 7 : groups === 8;
    if (text.charCodeAt(at) !== 0x3a) return false;
    at++;
    if (text.charCodeAt(at) === 0x3a) {
      if (compressed) return false;
      compressed = true;
      at++;
      if (at === text.length) return groups <= 7;
    }
    if (groups >= 8) return false;
  }
}

/** `format: byte`: base64 (RFC 4648 §4) with padding and no line breaks; "" is the empty byte string. */
export function isByte(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const dataEnd = text.length - padding;
  for (let i = 0; i < dataEnd; i++) {
    const code = text.charCodeAt(i);
    if (!isAsciiLetter(code) && !isDigit(code) && code !== 0x2b && code !== 0x2f) return false;
  }
  return true;
}

const EMAIL_ATEXT = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+$/i;
const EMAIL_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/**
 * `format: email`: a dot-atom local part (RFC 5322, no quoted strings or comments) `@` a domain of at least
 * two letter/digit/hyphen labels.
 */
export function isEmail(text: string): boolean {
  const at = text.indexOf("@");
  if (at <= 0 || text.indexOf("@", at + 1) !== -1) return false;
  const local = text.slice(0, at).split(".");
  const domain = text.slice(at + 1).split(".");
  if (domain.length < 2) return false;
  for (const atom of local) if (!EMAIL_ATEXT.test(atom)) return false;
  for (const label of domain) if (!EMAIL_LABEL.test(label)) return false;
  return true;
}

/**
 * `format: uri`: an absolute URI (RFC 3986 `URI`: scheme, hier-part, query, fragment) with a non-empty
 * hier-part, ASCII only. Composed from the RFC's grammar; the authority may follow one or two slashes.
 * The IIFE is marked pure, so a bundle that never checks a URI drops it.
 */
const URI = /* @__PURE__ */ (() => {
  const pct = "%[0-9a-f]{2}";
  const unreservedSub = "a-z0-9\\-._~!$&'()*+,;=";
  const pchar = `(?:[${unreservedSub}:@]|${pct})`;
  const decOctet = "(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)";
  const ipv4 = `(?:${decOctet}\\.){3}${decOctet}`;
  const h16 = "[0-9a-f]{1,4}";
  const ls32 = `(?:${h16}:${h16}|${ipv4})`;
  const ipv6 =
    `(?:(?:${h16}:){6}|::(?:${h16}:){5}|(?:${h16})?::(?:${h16}:){4}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}` +
    `|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}|(?:(?:${h16}:){0,3}${h16})?::${h16}:|(?:(?:${h16}:){0,4}${h16})?::)` +
    `${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::`;
  const ipFuture = `[Vv][0-9a-f]+\\.[${unreservedSub}:]+`;
  const host = `(?:\\[(?:${ipv6}|${ipFuture})\\]|${ipv4}|(?:[${unreservedSub}]|${pct})*)`;
  const authority = `(?:(?:[${unreservedSub}:]|${pct})*@)?${host}(?::\\d*)?`;
  const segment = `${pchar}*`;
  const segmentNz = `${pchar}+`;
  const hierPart =
    `(?:\\/?\\/${authority}(?:\\/${segment})*` +
    `|\\/(?:${segmentNz}(?:\\/${segment})*)?` +
    `|${segmentNz}(?:\\/${segment})*)`;
  const tail = `(?:[${unreservedSub}:@/?]|${pct})*`;
  return new RegExp(`^[a-z][a-z0-9+\\-.]*:${hierPart}(?:\\?${tail})?(?:#${tail})?$`, "i");
})();

export function isUri(text: string): boolean {
  return URI.test(text);
}
