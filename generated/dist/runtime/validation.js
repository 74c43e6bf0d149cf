/** A validator reports at most this many issues. */
export const MAX_ISSUES = 100;
/**
* The "first problem" strategy (`is<T>`): stops at the first problem, records nothing. One shared, stateless
* object: a check run with it allocates nothing for a valid value.
*/
export const firstProblem = { add: () => false };
const firstProblemOpenEnums = {
	add: () => false,
	openEnums: true
};
/** The first-problem strategy for `options`. */
export function firstProblemFor(options) {
	return options?.unknownEnumValues === "accept" ? firstProblemOpenEnums : firstProblem;
}
/** The "collect all" strategy (`validate<T>`): every issue in the order found, stopping at `MAX_ISSUES`. */
export class IssueList {
	openEnums;
	/** Created on the first issue: a valid value allocates no list. */
	issues = undefined;
	constructor(openEnums = false) {
		this.openEnums = openEnums;
	}
	add(path, keyword, message) {
		const issue = {
			path,
			keyword,
			message
		};
		if (this.issues === undefined) this.issues = [issue];
		else this.issues.push(issue);
		return this.issues.length < MAX_ISSUES;
	}
}
/** Runs a check with the "collect all" strategy: the value itself when valid, else its issues. */
export function collectAll(value, check, request = false, options) {
	const list = new IssueList(options?.unknownEnumValues === "accept");
	check(value, "", list, request);
	return list.issues === undefined ? {
		valid: true,
		value
	} : {
		valid: false,
		errors: list.issues
	};
}
/** One JSON Pointer reference token (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token) {
	if (token.indexOf("~") === -1 && token.indexOf("/") === -1) return token;
	return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
/** The reference tokens of a JSON Pointer (`/a~1b/0` → `["a/b", "0"]`); "" → []. */
export function pointerTokens(pointer) {
	return pointer === "" ? [] : pointer.split("/").slice(1).map(unescapePointerToken);
}
/** One JSON Pointer reference token back to its text: `~1` → `/`, `~0` → `~`. */
export function unescapePointerToken(token) {
	if (token.indexOf("~") === -1) return token;
	return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
export function hasOwn(object, key) {
	return Object.prototype.hasOwnProperty.call(object, key);
}
/** An own property's value, or undefined: for keys `Object.prototype` also has (`constructor`, `__proto__`). */
export function ownProperty(object, key) {
	return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
/** Number of own enumerable keys (`minProperties`/`maxProperties`). */
export function countProperties(object) {
	let count = 0;
	for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) count++;
	return count;
}
/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength` (a lone surrogate counts as one). */
export function codePointLength(text) {
	let length = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 55296 && code <= 56319 && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 56320 && next <= 57343) i++;
		}
		length++;
	}
	return length;
}
/** JSON equality: numbers by value, arrays by position, objects by key set regardless of key order. */
export function deepEqual(a, b) {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	const left = a;
	const right = b;
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
export function findDuplicateItems(items) {
	const seen = new Map();
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
const MIN_INT64 = -0x8000000000000000;
const INT64_LIMIT = 0x8000000000000000;
/** `format: int32`: an integer in [-2^31, 2^31 - 1]. */
export function isInt32(value) {
	return Number.isInteger(value) && value >= MIN_INT32 && value <= MAX_INT32;
}
/** `format: int64`: an integer in [-2^63, 2^63 - 1] (as far as a double can tell). */
export function isInt64(value) {
	return Number.isInteger(value) && value >= MIN_INT64 && value < INT64_LIMIT;
}
function isDigit(code) {
	return code >= 48 && code <= 57;
}
function isHexDigit(code) {
	return isDigit(code) || (code | 32) >= 97 && (code | 32) <= 102;
}
function isAsciiLetter(code) {
	return (code | 32) >= 97 && (code | 32) <= 122;
}
/** Two digits at `at` as a number, or -1. */
function twoDigits(text, at) {
	const a = text.charCodeAt(at);
	const b = text.charCodeAt(at + 1);
	return isDigit(a) && isDigit(b) ? (a - 48) * 10 + (b - 48) : -1;
}
/** `format: uuid`: 8-4-4-4-12 hex digits, any case, optionally as a `urn:uuid:` URN (RFC 4122). */
export function isUuid(text) {
	let start = 0;
	if (text.length === 45 && text.slice(0, 9).toLowerCase() === "urn:uuid:") start = 9;
	else if (text.length !== 36) return false;
	for (let i = 0; i < 36; i++) {
		const code = text.charCodeAt(start + i);
		if (i === 8 || i === 13 || i === 18 || i === 23) {
			if (code !== 45) return false;
		} else if (!isHexDigit(code)) return false;
	}
	return true;
}
const DAYS_IN_MONTH = [
	0,
	31,
	28,
	31,
	30,
	31,
	30,
	31,
	31,
	30,
	31,
	30,
	31
];
/** `format: date`: RFC 3339 full-date `YYYY-MM-DD` with a real day of the month (leap years included). */
export function isDate(text) {
	return text.length === 10 && isDateAt(text);
}
function isDateAt(text) {
	for (let i = 0; i < 4; i++) if (!isDigit(text.charCodeAt(i))) return false;
	if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
	const year = Number(text.slice(0, 4));
	const month = twoDigits(text, 5);
	const day = twoDigits(text, 8);
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}
/** The whitespace `\s` matches (the date-time separator may be any of them, or `T`/`t`). */
function isRegExpSpace(code) {
	return code >= 9 && code <= 13 || code === 32 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
/**
* `format: date-time`: RFC 3339 `date-time` (date, `T` or a space, time with seconds, a zone `Z`, `±hh:mm`,
* `±hhmm` or `±hh`); `23:59:60` only where it is a leap second in UTC.
*/
export function isDateTime(text) {
	if (text.length < 20 || !isDateAt(text)) return false;
	const separator = text.charCodeAt(10);
	if ((separator | 32) !== 116 && !isRegExpSpace(separator)) return false;
	return isTimeWithZone(text, 11);
}
function isTimeWithZone(text, start) {
	const hour = twoDigits(text, start);
	const minute = twoDigits(text, start + 3);
	const wholeSecond = twoDigits(text, start + 6);
	if (hour < 0 || minute < 0 || wholeSecond < 0) return false;
	if (text.charCodeAt(start + 2) !== 58 || text.charCodeAt(start + 5) !== 58) return false;
	let at = start + 8;
	let second = wholeSecond;
	if (text.charCodeAt(at) === 46) {
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
	if ((zone | 32) === 122) {
		at++;
	} else if (zone === 43 || zone === 45) {
		zoneSign = zone === 45 ? -1 : 1;
		zoneHour = twoDigits(text, at + 1);
		if (zoneHour < 0) return false;
		at += 3;
		if (at < text.length) {
			if (text.charCodeAt(at) === 58) at++;
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
export function isIpv4(text) {
	return ipv4End(text, 0) === text.length;
}
/** Index after a dotted-quad IPv4 address starting at `start`, or -1. */
function ipv4End(text, start) {
	let at = start;
	for (let part = 0; part < 4; part++) {
		if (part > 0) {
			if (text.charCodeAt(at) !== 46) return -1;
			at++;
		}
		const first = at;
		let value = 0;
		while (at - first < 3 && isDigit(text.charCodeAt(at))) value = value * 10 + text.charCodeAt(at++) - 48;
		const digits = at - first;
		if (digits === 0 || digits > 1 && text.charCodeAt(first) === 48 || value > 255) return -1;
	}
	return at;
}
/** `format: ipv6`: RFC 4291 text form, with `::` at most once and an optional trailing dotted quad. */
export function isIpv6(text) {
	let groups = 0;
	let compressed = false;
	let at = 0;
	if (text.startsWith("::")) {
		compressed = true;
		at = 2;
		if (at === text.length) return true;
	} else if (text.charCodeAt(0) === 58) return false;
	for (;;) {
		const quadEnd = ipv4End(text, at);
		if (quadEnd === text.length && groups <= (compressed ? 5 : 6)) return compressed || groups === 6;
		const first = at;
		while (at - first < 4 && isHexDigit(text.charCodeAt(at))) at++;
		if (at === first) return false;
		groups++;
		if (at === text.length) return compressed ? groups <= 7 : groups === 8;
		if (text.charCodeAt(at) !== 58) return false;
		at++;
		if (text.charCodeAt(at) === 58) {
			if (compressed) return false;
			compressed = true;
			at++;
			if (at === text.length) return groups <= 7;
		}
		if (groups >= 8) return false;
	}
}
/** `format: byte`: base64 (RFC 4648 §4) with padding and no line breaks; "" is the empty byte string. */
export function isByte(text) {
	if (text.length % 4 !== 0) return false;
	const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
	const dataEnd = text.length - padding;
	for (let i = 0; i < dataEnd; i++) {
		const code = text.charCodeAt(i);
		if (!isAsciiLetter(code) && !isDigit(code) && code !== 43 && code !== 47) return false;
	}
	return true;
}
const EMAIL_ATEXT = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+$/i;
const EMAIL_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
/**
* `format: email`: a dot-atom local part (RFC 5322, no quoted strings or comments) `@` a domain of at least
* two letter/digit/hyphen labels.
*/
export function isEmail(text) {
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
	const ipv6 = `(?:(?:${h16}:){6}|::(?:${h16}:){5}|(?:${h16})?::(?:${h16}:){4}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}` + `|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}|(?:(?:${h16}:){0,3}${h16})?::${h16}:|(?:(?:${h16}:){0,4}${h16})?::)` + `${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::`;
	const ipFuture = `[Vv][0-9a-f]+\\.[${unreservedSub}:]+`;
	const host = `(?:\\[(?:${ipv6}|${ipFuture})\\]|${ipv4}|(?:[${unreservedSub}]|${pct})*)`;
	const authority = `(?:(?:[${unreservedSub}:]|${pct})*@)?${host}(?::\\d*)?`;
	const segment = `${pchar}*`;
	const segmentNz = `${pchar}+`;
	const hierPart = `(?:\\/?\\/${authority}(?:\\/${segment})*` + `|\\/(?:${segmentNz}(?:\\/${segment})*)?` + `|${segmentNz}(?:\\/${segment})*)`;
	const tail = `(?:[${unreservedSub}:@/?]|${pct})*`;
	return new RegExp(`^[a-z][a-z0-9+\\-.]*:${hierPart}(?:\\?${tail})?(?:#${tail})?$`, "i");
})();
export function isUri(text) {
	return URI.test(text);
}
//# sourceMappingURL=validation.js.map
