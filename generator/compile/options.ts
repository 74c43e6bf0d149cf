/** The generated package's compiler options as the TypeScript API takes them (for the whole-program type-check). */
import { ts } from "ts-morph";
import { GENERATED_COMPILER_OPTIONS } from "../emit/compiler-options.js";

export function generatedCompilerOptions(baseDir: string): ts.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson(GENERATED_COMPILER_OPTIONS, baseDir);
  if (errors.length > 0) throw new Error("internal error: invalid generated compiler options");
  return options;
}
