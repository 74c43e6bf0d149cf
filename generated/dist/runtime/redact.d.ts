/**
* Masking secrets for callers who log results. A generated `redact<Name>(value)` passes its value and the
* schema's `SecretMap` (data emitted from the IR's secret flags) to `redact`, which returns a deep copy with
* every secret replaced by `REDACTED`. The input is never modified.
*/
/** The string every secret value is replaced with. */
export declare const REDACTED = "REDACTED";
/**
* Where secrets sit in a value, mirroring its schema and holding only branches that lead to a secret.
* `true`: the value is a secret. A function: the map of a named schema, looked up lazily so that recursive
* schemas work.
*/
export type SecretMap = true | SecretObjectMap | (() => SecretMap);
export interface SecretObjectMap {
	/** By JSON key. */
	readonly properties?: Readonly<Record<string, SecretMap>>;
	/** Values of keys not listed in `properties` (`additionalProperties`). */
	readonly additionalProperties?: SecretMap;
	/** Every item of an array. */
	readonly items?: SecretMap;
	/** Maps applied one after the other (the members of `allOf`/`anyOf`/`oneOf`). */
	readonly all?: readonly SecretMap[];
	/**
	* A discriminated union: the map of the variant the value's discriminator names, else (a value no variant has,
	* or none) `otherwise` — every variant's map, so a kind added later is masked as much as any known one.
	*/
	readonly variants?: {
		readonly propertyName: string;
		readonly maps: Readonly<Record<string, SecretMap>>;
		readonly otherwise: SecretMap;
	};
}
/** A deep copy of `value` with every secret `secrets` names replaced by `REDACTED` (null stays null). */
export declare function redact<T>(value: T, secrets: SecretMap): T;
//# sourceMappingURL=redact.d.ts.map
