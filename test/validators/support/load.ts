/**
 * Emits a service's validators module, writes it beside a copy of the runtime and a stand-in models module in
 * a temporary folder, optionally type-checks it (strict, plus unused-locals checks), and imports it: the
 * generated code runs exactly as written, as plain JavaScript.
 */
import { planService } from "../../../generator/plan/index.ts";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Project } from "ts-morph";
import ts from "typescript";
import { GENERATED_COMPILER_OPTIONS } from "../../../generator/emit/compiler-options.js";
import { emitValidatorFiles, SCHEMAS_PER_VALIDATORS_FILE } from "../../../generator/emit/validators.js";
import type { IrService } from "../../../generator/model/ir.js";

const RUNTIME_SOURCE = fileURLToPath(new URL("../../../generator/runtime/validation.ts", import.meta.url).href);

export type ValidatorExports = Record<string, (value: unknown) => unknown>;

export interface LoadedValidators {
  exports: ValidatorExports;
  /** The printed `validators.ts`. */
  source: string;
  /** Every printed file of the module by path: `validators.ts`, and its parts when it is split. */
  sources: Record<string, string>;
}

const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });

/** The validators module of a service as TypeScript text (ts-morph print of the emitted structure). */
export function printValidators(service: IrService): string {
  const files = printValidatorFiles(service, SCHEMAS_PER_VALIDATORS_FILE);
  return files[planService(service).files.validators]!;
}

/** Every file of the validators module, split when the service has more than `schemasPerFile` named schemas. */
export function printValidatorFiles(service: IrService, schemasPerFile: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const unit of emitValidatorFiles(planService(service), schemasPerFile)) {
    if (unit.kind !== "source") throw new Error("expected source units");
    const file = project.createSourceFile(`/${unit.path}`, unit.structure, { overwrite: true });
    out[unit.path] = file.getFullText();
    project.removeSourceFile(file);
  }
  return out;
}

export async function loadValidators(
  service: IrService,
  options: { typecheck?: boolean; schemasPerFile?: number } = {},
): Promise<LoadedValidators> {
  const sources = printValidatorFiles(service, options.schemasPerFile ?? SCHEMAS_PER_VALIDATORS_FILE);
  const validatorsFile = planService(service).files.validators;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "oagen-validators-"));
  const files: Record<string, string> = {
    "src/runtime/validation.ts": fs.readFileSync(RUNTIME_SOURCE, "utf8"),
    ...sources,
    [planService(service).files.models]: Object.values(service.schemas)
      .map((s) => `export type ${s.typeName} = unknown;\n`)
      .join(""),
  };
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    if (options.typecheck)
      typecheck(
        root,
        Object.keys(files).map((f) => path.join(root, f)),
      );
    for (const file of Object.keys(files)) {
      const output = ts.transpileModule(files[file]!, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      fs.writeFileSync(path.join(root, file.replace(/\.ts$/, ".js")), output);
    }
    fs.writeFileSync(path.join(root, "package.json"), '{ "type": "module" }\n');
    const url = pathToFileURL(path.join(root, validatorsFile.replace(/\.ts$/, ".js"))).href;
    const exports = (await import(/* @vite-ignore */ url)) as ValidatorExports;
    return { exports, source: sources[validatorsFile]!, sources };
  } finally {
    fs.rmSync(root, { recursive: true, force: true }); // imported modules stay in memory
  }
}

/** The previous program: passing it on lets TypeScript reuse the parsed lib files (the slow part). */
let previous: ts.Program | undefined;

/**
 * Type-checks with the generated package's compiler options plus `noUnusedLocals` (every planned constant,
 * local and direction argument must be used). Not `noUnusedParameters`: a degenerate schema's guard may not
 * need its value at all (`oneOf: [{}, {}]` rejects everything).
 */
function typecheck(root: string, files: string[]): void {
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    { ...GENERATED_COMPILER_OPTIONS, noUnusedLocals: true, noEmit: true, declaration: false },
    root,
  );
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]!.messageText, "\n"));
  const program = ts.createProgram(files, options, undefined, previous);
  previous = program;
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const host: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => "\n",
    };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
}
