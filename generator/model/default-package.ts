import type { IrPackage } from "./ir.js";

/** The package `oagen generate` writes unless configured otherwise (kept apart so the CLI can read it cheaply). */
export const DEFAULT_PACKAGE: IrPackage = { name: "azure-keys", version: "0.1.0" };
