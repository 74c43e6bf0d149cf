import type { OperationSpec, ParameterLocation, Validator } from "./operation.js";
/** A parameter bound once on the client, from client options. */
export interface ClientParameterSpec {
	/** Wire name. */
	readonly name: string;
	/** Client option holding the value. */
	readonly tsName: string;
	readonly in: ParameterLocation;
	readonly required: boolean;
	/** Used when the option is not set (the spec's api-version). */
	readonly default?: string;
}
export interface BoundParameter {
	readonly in: ParameterLocation;
	readonly value: string;
}
export interface RequestParts {
	/** Path values by wire name. */
	readonly path: Map<string, string>;
	readonly query: [name: string, value: string][];
	readonly headers: [name: string, value: string][];
	/** The JSON body, when the operation has one and it was given. */
	readonly body: {
		readonly value: unknown;
	} | undefined;
}
/** Reads client-level parameters from the client options, checks them with the generated validator: wire name → bound value. */
export declare function bindClientParameters(specs: readonly ClientParameterSpec[], options: Readonly<Record<string, unknown>>, validate: Validator<Readonly<Record<string, unknown>>>, unknownEnumValues?: "reject" | "accept"): Map<string, BoundParameter>;
/** Validates `params` and splits them, with the client's bound parameters, into request parts. */
export declare function readParameters(spec: OperationSpec<unknown>, params: object, clientParameters: ReadonlyMap<string, BoundParameter>, unknownEnumValues?: "reject" | "accept"): RequestParts;
//# sourceMappingURL=parameters.d.ts.map
