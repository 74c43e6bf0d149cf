const REDACTED = "REDACTED";
function redact(value, secrets) {
  return redactValue(value, secrets);
}
function redactValue(value, secrets) {
  if (typeof secrets === "function") return redactValue(value, secrets());
  if (value === null || value === void 0) return value;
  if (secrets === true) return REDACTED;
  if (secrets?.variants !== void 0) {
    const { variants, ...own } = secrets;
    const kind = typeof value === "object" && !Array.isArray(value) ? value[variants.propertyName] : void 0;
    const chosen = typeof kind === "string" && Object.hasOwn(variants.maps, kind) ? variants.maps[kind] : variants.otherwise;
    return redactValue(redactValue(value, own), chosen);
  }
  if (secrets?.all !== void 0) {
    const { all, ...own } = secrets;
    return all.reduce((current, member) => redactValue(current, member), redactValue(value, own));
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets?.items));
  if (typeof value !== "object") return value;
  const properties = secrets?.properties;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      redactValue(
        item,
        properties !== void 0 && Object.hasOwn(properties, key) ? properties[key] : secrets?.additionalProperties
      )
    ])
  );
}
export {
  REDACTED,
  redact
};
//# sourceMappingURL=redact.js.map
