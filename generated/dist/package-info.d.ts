/** The generated package: its name and version (the user agent and tracing spans name them). */
export declare const packageInfo: {
	readonly name: string;
	readonly version: string;
};
//# sourceMappingURL=package-info.d.ts.map
