/**
 * Definition names as OpenAPI allows them (`^[a-zA-Z0-9.\-_]+$`). Real specs break the rule
 * (`SharedAccessSignatureAuthorizationRule[AccessRightsDescription]` in iotdps.json); such a name is kept as the
 * schema's original name and its definition key is sanitised here: every run of other characters becomes one
 * `_`, leading and trailing `_` are dropped. The caller makes the result unique in its container.
 */
const VALID_DEFINITION_NAME = /^[A-Za-z0-9._-]+$/;

export function isValidDefinitionName(name: string): boolean {
  return VALID_DEFINITION_NAME.test(name);
}

export function sanitizeDefinitionName(name: string): string {
  let out = "";
  let pendingUnderscore = false;
  for (const char of name) {
    if (/[A-Za-z0-9.\-_]/.test(char)) {
      if (pendingUnderscore && out !== "") out += "_";
      pendingUnderscore = false;
      out += char;
    } else {
      pendingUnderscore = true;
    }
  }
  return out.replace(/^_+|_+$/g, "") || "Definition";
}

/** `name`, or `name_2`, `name_3`… : the first that `taken` does not hold. */
export function uniqueDefinitionName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  for (let i = 2; ; i++) if (!taken(`${name}_${i}`)) return `${name}_${i}`;
}
