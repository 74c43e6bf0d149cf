/**
 * The flags `generate`, `check` and `inspect` share, and how their values become `CommonOptions`. Unknown flags
 * are errors (exit 2) with the nearest known flag, never ignored. The command table is in commands.ts.
 */
import { parseCommand, type CommandSpec, type FlagSpec, type FlagValues } from "./command-table.js";
import type { OutputFormat } from "./report.js";
import { UsageError } from "./usage-error.js";

export { UsageError };

export interface CommonOptions {
  /** `--out DIR`; undefined: the config file's `out`, else `generated`. */
  out?: string;
  service?: string;
  format: OutputFormat;
  timings: boolean;
  quiet: boolean;
  force: boolean;
  typecheck: boolean;
  /** `--verbose`: also print notes (info diagnostics) in text output. */
  verbose: boolean;
  /** `generate --watch`: regenerate on spec changes. */
  watch: boolean;
  /** `--config FILE`: the config file (default: oagen.config.{ts,mts,mjs,js,json} in the working directory). */
  config?: string;
  /** `--operation ID` (repeatable): generate only these operations. */
  operations?: string[];
  /** `--client-name NAME`: the client class name. */
  clientName?: string;
  /** `--credential-scopes SCOPE` (repeatable): token scopes when the spec declares none. */
  credentialScopes?: string[];
  /** `--spec-root DIR`: the folder `$ref`s may read from. */
  specRoot?: string;
  positionals: string[];
}

export const OUTPUT_FLAGS: readonly FlagSpec[] = [
  { name: "format", type: "string", value: "text|json", description: "diagnostics for people (default) or as JSON for editors and CI" },
  { name: "quiet", short: "q", type: "boolean", description: "print nothing but problems" },
  { name: "timings", type: "boolean", description: "print how long each stage took" },
  { name: "verbose", type: "boolean", description: "also print notes (info), e.g. a spec extension oagen reads but does not apply" },
];

export const SPEC_FLAGS: readonly FlagSpec[] = [
  { name: "config", short: "c", type: "string", value: "FILE", description: "the config file (default: oagen.config.{ts,mts,mjs,js,json} here, if any)" },
  { name: "out", short: "o", type: "string", value: "DIR", description: "the output folder (default: the config's out, else generated)" },
  { name: "service", type: "string", value: "NAME", description: "the service name of a single spec file (default: from info.title)" },
  { name: "operation", type: "string", multiple: true, value: "ID", description: "only this operation and the schemas it reaches" },
  { name: "client-name", type: "string", value: "NAME", description: "the client class name (default: from info.title)" },
  { name: "credential-scopes", type: "string", multiple: true, value: "SCOPE", description: "token scope when the spec declares none" },
  { name: "spec-root", type: "string", value: "DIR", description: "the folder $refs may read from (default: the input folder, or the azure-rest-api-specs checkout a file lies in)" },
  { name: "typecheck", type: "boolean", description: "also type-check the whole output with tsc --strict (never needed to write)" },
];

export const WATCH_FLAG: FlagSpec = { name: "watch", type: "boolean", description: "regenerate whenever a spec changes (debounced); a broken spec prints its diagnostic and keeps the last good output" };

export const FORCE_FLAG: FlagSpec = { name: "force", type: "boolean", description: "rebuild even when the output's manifest shows no spec, config or generator change" };

export const USAGE = "Usage: oagen <command> [flags]. `oagen --help` lists the commands, `oagen <command> --help` one command's flags.";

/** The generate command's flags, for callers that parse generate/check arguments on their own. */
const COMMON_COMMAND: CommandSpec = { name: "generate", summary: "", usage: "", flags: [...SPEC_FLAGS, FORCE_FLAG, ...OUTPUT_FLAGS], examples: [], run: async () => 0 };

export function parseCommonArgs(args: string[]): CommonOptions {
  const parsed = parseCommand(COMMON_COMMAND, args);
  return commonOptionsOf(parsed.values, parsed.positionals);
}

export function commonOptionsOf(values: FlagValues, positionals: string[]): CommonOptions {
  const format = (values["format"] as string | undefined) ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  const str = (name: string) => values[name] as string | undefined;
  return {
    ...(str("out") !== undefined ? { out: str("out")! } : {}),
    ...(str("service") ? { service: str("service")! } : {}),
    ...(str("config") ? { config: str("config")! } : {}),
    format,
    timings: values["timings"] === true,
    quiet: values["quiet"] === true,
    force: values["force"] === true,
    typecheck: values["typecheck"] === true,
    watch: values["watch"] === true,
    verbose: values["verbose"] === true,
    ...generationSettings(values as { operation?: string[]; "client-name"?: string; "credential-scopes"?: string[]; "spec-root"?: string }),
    positionals,
  };
}

function generationSettings(values: { operation?: string[]; "client-name"?: string; "credential-scopes"?: string[]; "spec-root"?: string }): Partial<CommonOptions> {
  const clientName = values["client-name"];
  if (clientName !== undefined && !/^[A-Z][A-Za-z0-9]*$/.test(clientName)) throw new UsageError(`--client-name must be a PascalCase identifier (e.g. DataFactoryClient), not "${clientName}"`);
  for (const scope of values["credential-scopes"] ?? []) {
    if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(scope)) throw new UsageError(`--credential-scopes takes https scope URLs (e.g. https://purview.azure.net/.default), not "${scope}"`);
  }
  const operations = (values.operation ?? []).flatMap((o) => o.split(",")).map((o) => o.trim()).filter((o) => o !== "");
  return {
    ...(operations.length > 0 ? { operations: [...new Set(operations)] } : {}),
    ...(clientName ? { clientName } : {}),
    ...(values["credential-scopes"]?.length ? { credentialScopes: [...new Set(values["credential-scopes"])] } : {}),
    ...(values["spec-root"] ? { specRoot: values["spec-root"] } : {}),
  };
}
