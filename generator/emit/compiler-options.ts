/**
 * The compiler options the generated package is checked and built with: the strictest set downstream users
 * turn on. The platform globals come from `platform-globals.d.ts` (see there), not from the DOM lib.
 */
export const PLATFORM_GLOBALS_FILE = "platform-globals.d.ts";
export const GENERATED_COMPILER_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  declaration: true,
  skipLibCheck: true,
  isolatedModules: true,
  resolveJsonModule: true,
  verbatimModuleSyntax: false,
  rootDir: "src",
  outDir: "dist",
  newLine: "lf",
} as const;
