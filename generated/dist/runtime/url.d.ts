/** A server-URL variable bound from client options (`{endpoint}` in `{endpoint}/scan`). */
export interface ServerVariableSpec {
	/** Name in the URL template. */
	readonly name: string;
	/** Client option holding the value. */
	readonly tsName: string;
}
/**
* The client's base URL. Without template variables the template is the default endpoint and
* `options.endpoint` replaces it; otherwise each variable is filled from its client option.
*/
export declare function resolveBaseUrl(template: string, variables: readonly ServerVariableSpec[], options: Readonly<Record<string, unknown>>): string;
/**
* Throws unless `value` is safe as one encoded path segment: not empty, not `.` or `..`, no `/`, `\`, `?` or
* `#`, and none of those after percent-decoding (up to three rounds), and valid Unicode.
* @param secret the value is a secret: the error does not quote it
*/
export declare function checkPathValue(parameter: string, value: string, secret?: boolean): void;
/** Throws unless `value` can be percent-encoded into a query string (well-formed Unicode). */
export declare function checkQueryValue(parameter: string, value: string, secret?: boolean): void;
/** Throws unless `value` can be sent as an HTTP header value (no CR, LF or NUL: no header injection). */
export declare function checkHeaderValue(parameter: string, value: string, secret?: boolean): void;
/**
* `baseUrl` + `pathTemplate` with every `{name}` replaced by its encoded value, then the query.
* Values must have passed `checkPathValue`.
*/
export declare function buildUrl(baseUrl: string, pathTemplate: string, pathValues: ReadonlyMap<string, string>, query: readonly (readonly [name: string, value: string])[]): string;
//# sourceMappingURL=url.d.ts.map
