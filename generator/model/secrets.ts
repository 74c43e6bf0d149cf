/**
 * Which properties hold secrets. Explicit marks win (`x-ms-secret: true`, `format: password`, read in
 * schema.ts); on top of them, a string property whose name ends in a secret word (`primaryKey`, `authKey2`,
 * `password`, `sasToken`, `connectionString`) is treated as a secret too: upstream specs flag few of their
 * key fields (Data Factory, Purview and DPS flag none), and masking a non-secret is harmless while logging a
 * key is not. Names that only *describe* a key (`keyName`, `keyId`, `keyType`) do not match.
 */
const SECRET_NAME = /(?:^|[a-z0-9_-])(?:key|password|passwd|pwd|secret|token|connectionstring|sas|credential)s?\d*$/i;

export function isSecretPropertyName(name: string): boolean {
  return SECRET_NAME.test(name);
}
