/**
* Masking secrets for callers who log results. A generated `redact<Name>(value)` passes its value and the
* schema's `SecretMap` (data emitted from the IR's secret flags) to `redact`, which returns a deep copy with
* every secret replaced by `REDACTED`. The input is never modified.
*/
/** The string every secret value is replaced with. */
export const REDACTED = "REDACTED";
/** A deep copy of `value` with every secret `secrets` names replaced by `REDACTED` (null stays null). */
export function redact(value, secrets) {
	// The copy has the input's shape; only secret leaves change (to a string, as secrets are).
	return redactValue(value, secrets);
}
function redactValue(value, secrets) {
	if (typeof secrets === "function") return redactValue(value, secrets());
	if (value === null || value === undefined) return value;
	if (secrets === true) return REDACTED;
	if (secrets?.variants !== undefined) {
		const { variants, ...own } = secrets;
		const kind = typeof value === "object" && !Array.isArray(value) ? value[variants.propertyName] : undefined;
		const chosen = typeof kind === "string" && Object.hasOwn(variants.maps, kind) ? variants.maps[kind] : variants.otherwise;
		return redactValue(redactValue(value, own), chosen);
	}
	if (secrets?.all !== undefined) {
		const { all, ...own } = secrets;
		return all.reduce((current, member) => redactValue(current, member), redactValue(value, own));
	}
	if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets?.items));
	if (typeof value !== "object") return value;
	const properties = secrets?.properties;
	// Object.fromEntries defines own properties, so a `__proto__` key is copied, not turned into a prototype.
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, properties !== undefined && Object.hasOwn(properties, key) ? properties[key] : secrets?.additionalProperties)]));
}
//# sourceMappingURL=redact.js.map
