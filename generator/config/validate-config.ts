/**
 * Checks a configuration value against `oagen.config.schema.json` (the same file editors use), interpreting the
 * schema keywords that file uses: type, properties, additionalProperties, required, items, minItems, minLength,
 * maxLength, pattern. Every problem becomes a diagnostic naming the config file, the JSON pointer, what is wrong
 * and the fix; an unknown key gets the nearest known one.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/index.js";
import { suggest } from "../util/suggest.js";
import { PACKAGE_ROOT, RUNS_COMPILED } from "../util/package-root.js";

interface SchemaNode {
  type?: "object" | "array" | "string";
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** Where the schema is: beside this module in the sources and in dist/ (the build copies it). */
export const CONFIG_SCHEMA_FILE: string = path.join(PACKAGE_ROOT, RUNS_COMPILED ? "dist" : "", "config", "oagen.config.schema.json");

let schema: SchemaNode | undefined;
function loadSchema(): SchemaNode {
  return (schema ??= JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, "utf8")) as SchemaNode);
}

export function validateConfig(value: unknown, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  check(value, loadSchema(), "", (pointer, message, hint) => problems.push({ severity: "error", code: "invalid-config", file, pointer: "#" + pointer, message, hint }));
  return problems;
}

type Report = (pointer: string, message: string, hint: string) => void;

function check(value: unknown, node: SchemaNode, pointer: string, report: Report): void {
  const where = pointer === "" ? "The configuration" : `\`${pointer.slice(1).replace(/\//g, ".")}\``;
  const about = node.description ? ` (${node.description})` : "";
  switch (node.type) {
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return report(pointer, `${where} must be an object.`, `Write it as { … }${about}.`);
      const record = value as Record<string, unknown>;
      for (const key of node.required ?? []) {
        if (!(key in record)) report(pointer, `${where} has no "${key}".`, `Add "${key}"${node.properties?.[key]?.description ? ` (${node.properties[key]!.description})` : ""}.`);
      }
      for (const [key, child] of Object.entries(record)) {
        const childPointer = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        const childSchema = node.properties?.[key];
        if (childSchema) check(child, childSchema, childPointer, report);
        else if (node.additionalProperties === false) {
          const near = suggest(key, Object.keys(node.properties ?? {}));
          report(childPointer, `"${key}" is not a setting oagen knows.`, near ? `Did you mean "${near}"?` : `Remove it; known settings: ${Object.keys(node.properties ?? {}).join(", ")}.`);
        }
      }
      return;
    }
    case "array": {
      if (!Array.isArray(value)) return report(pointer, `${where} must be an array.`, `Write it as [ … ]${about}.`);
      if (node.minItems !== undefined && value.length < node.minItems) report(pointer, `${where} is empty.`, `List at least one value, or remove the setting.`);
      if (node.items) value.forEach((item, i) => check(item, node.items!, `${pointer}/${i}`, report));
      return;
    }
    case "string": {
      if (typeof value !== "string") return report(pointer, `${where} must be a string, not ${value === null ? "null" : typeof value}.`, `Write it in quotes${about}.`);
      if (node.minLength !== undefined && value.length < node.minLength) report(pointer, `${where} is empty.`, `Give a value${about}.`);
      if (node.maxLength !== undefined && value.length > node.maxLength) report(pointer, `${where} is longer than ${node.maxLength} characters.`, `Shorten it.`);
      if (node.pattern !== undefined && !new RegExp(node.pattern, "u").test(value)) report(pointer, `${where} is ${JSON.stringify(value)}, which is not valid here.`, `Give a value that matches ${node.pattern}${about}.`);
      return;
    }
  }
}
