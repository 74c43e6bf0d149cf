/** Command-line parsing. Unknown options are errors (exit 2), never ignored. */
import { parseArgs } from "node:util";
import type { OutputFormat } from "./report.js";

export interface CommonOptions {
  out: string;
  service?: string;
  format: OutputFormat;
  timings: boolean;
  quiet: boolean;
  force: boolean;
  typecheck: boolean;
  /** `generate --watch`: regenerate on spec changes. */
  watch: boolean;
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

export class UsageError extends Error {}

export function parseCommonArgs(args: string[]): CommonOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        service: { type: "string" },
        format: { type: "string" },
        timings: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        force: { type: "boolean" },
        typecheck: { type: "boolean" },
        watch: { type: "boolean" },
        operation: { type: "string", multiple: true },
        "client-name": { type: "string" },
        "credential-scopes": { type: "string", multiple: true },
        "spec-root": { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  return {
    out: parsed.values.out ?? "generated",
    ...(parsed.values.service ? { service: parsed.values.service } : {}),
    format,
    timings: parsed.values.timings ?? false,
    quiet: parsed.values.quiet ?? false,
    force: parsed.values.force ?? false,
    typecheck: parsed.values.typecheck ?? false,
    watch: parsed.values.watch ?? false,
    ...generationSettings(parsed.values),
    positionals: parsed.positionals,
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

export const USAGE = `Usage: oagen <command> [options]

Commands:
  generate [SPEC_FILE_OR_DIR…] [--out DIR] [--service NAME]   generate the package (default specs/ → generated/)
           [--operation OPERATION_ID…] [--client-name NAME] [--credential-scopes SCOPE…] [--spec-root DIR]
  check [SPEC_FILE_OR_DIR…] [--out DIR]                       exit 1 when DIR is not what generate would write
  inspect SPEC [--service NAME]                               print the intermediate model as JSON
  compare FRAGMENT UPSTREAM --operation ID                    list how two specs differ for one operation (exit 1 when they do)
  diff OLD NEW [--json]                                       list what changed between two specs, breaking or not
  mock [--port 4010] [--tls]                                  serve every operation from the mock fixtures

Options:
  --format text|json   diagnostics for people (default) or as JSON for editors and CI
  --timings            print how long each stage took
  --quiet, -q          print nothing but problems
  --force              generate: rebuild even when the output's manifest shows nothing changed
  --watch              generate: regenerate whenever a spec changes (keeps the last good output on errors)
  --typecheck          generate/check: also type-check the whole output with tsc --strict (not needed to write)
  --operation ID       only this operation and the schemas it reaches (repeatable)
  --client-name NAME   the client class name (default: from info.title)
  --credential-scopes SCOPE  token scope when the spec declares none (repeatable)
  --spec-root DIR      the folder $refs may read from (default: the input folder, or the
                       azure-rest-api-specs checkout a spec file lies in)

Exit codes: 0 success, 1 check found differences, 2 bad input, 3 internal error;
  diff: 0 no changes, 1 non-breaking changes only, 4 breaking changes.`;
