/** The generated package's compiler options as the TypeScript API takes them (parsed once). */
import { ts } from "ts-morph";
import { GENERATED_COMPILER_OPTIONS } from "../emit/compiler-options.js";

let parsed: ts.CompilerOptions | undefined;

export function generatedCompilerOptions(baseDir: string): ts.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson(GENERATED_COMPILER_OPTIONS, baseDir);
  if (errors.length > 0) throw new Error("internal error: invalid generated compiler options");
  return options;
}

/** Options for per-file transpilation: the package's, plus source maps and isolated declarations. */
export function compilerOptionsForTranspile(): ts.CompilerOptions {
  const { rootDir: _rootDir, outDir: _outDir, ...options } = generatedCompilerOptions("/");
  parsed ??= {
    ...options,
    // ES modules whatever the folder: a lone file has no package.json for NodeNext to read `"type"` from.
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    sourceMap: true,
    declarationMap: true,
    isolatedDeclarations: true,
    inlineSources: false,
  };
  return parsed;
}
