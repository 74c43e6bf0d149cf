/**
 * A lint over emitter source (TypeScript compiler API, with the type checker): spec text held by the IR may
 * reach generated output only through `generator/emit/escape`. It reports every place where an IR text field
 * flows, unescaped, into
 * - a template literal or a string concatenation,
 * - an argument of a ts-morph `CodeBlockWriter` method (`writer.write(…)`),
 * - a property of an object literal that is a ts-morph structure (`{ name: …, docs: [...] }`),
 * - the context of a handlebars template (arguments of the render functions in `emit/templates.ts`, compiled
 *   with `noEscape`: they must receive pre-escaped values).
 *
 * "IR text fields" are read from `generator/model/ir.ts` itself: every property whose type holds strings
 * (or `unknown` values), except the names the naming module decides and the few values the loader has already
 * restricted (`SAFE_FIELDS`). A value flows through parentheses, `as`, `!`, `?:`, `??`, `||`, `+`, arrays,
 * templates, string methods (`raw.trim()`) and a local `const` initialised from it; a call to an escape
 * function ends the flow (it is the escaping). Calls to other functions are not followed, and text built for an
 * `Error` (internal error messages, never output) is exempt.
 */
import path from "node:path";
import ts from "typescript";

/** Identifiers the naming module decides: plain ASCII identifiers by construction. */
const NAMED_BY_NAMING = new Set([
  "typeName", "validatorName", "guardName", "redactorName", "clientName", "clientOptionsTypeName", "property",
  "interfaceName", "tsName", "group", "method", "pascalName", "functionName", "parametersTypeName",
  "parametersValidatorName", "headersTypeName",
]);

/** Text the loader has already restricted to a safe alphabet, with the reason. */
const SAFE_FIELDS: Record<string, string> = {
  "IrService.name": "a service folder name, checked against ^[a-z0-9][a-z0-9-]*$ (core/discover.ts)",
  "IrResponse.status": "a response key, which the OpenAPI schema restricts to status codes and `default`",
};

/** Array methods whose callback receives the items. */
const ITERATING = new Set(["map", "flatMap", "forEach", "filter", "find", "some", "every"]);

export interface Violation {
  file: string;
  line: number;
  column: number;
  /** The raw read, as written (`op.description`). */
  read: string;
  /** Where it flows: `template`, `concatenation`, `writer`, `structure`, `handlebars`. */
  sink: string;
  /** The enclosing named function, method or variable (`emitModels`), or "" at top level. */
  within: string;
}

export interface LintInput {
  /** Emitter files to check (absolute paths). */
  files: string[];
  /** The escape module's folder: its exports end a flow, and it is not checked itself. */
  escapeDir: string;
  /** `generator/model/ir.ts`. */
  irFile: string;
  /** `generator/emit/templates.ts`: arguments of its functions are handlebars contexts. */
  templatesFile: string;
  /** Extra in-memory files (absolute path → text), for testing the lint itself. */
  virtualFiles?: Record<string, string>;
}

export function findRawIrText(input: LintInput): Violation[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options, true);
  const virtual = input.virtualFiles ?? {};
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => virtual[path.resolve(f)] ?? readFile(f);
  host.fileExists = (f) => path.resolve(f) in virtual || fileExists(f);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, language, onError, create) => {
    const text = virtual[path.resolve(f)];
    return text !== undefined ? ts.createSourceFile(f, text, language, true) : getSourceFile(f, language, onError, create);
  };
  const checked = [...input.files, ...Object.keys(virtual)];
  const program = ts.createProgram([...checked, input.irFile], options, host);
  const checker = program.getTypeChecker();
  const raw = rawFieldDeclarations(program, checker, input.irFile);
  const violations: Violation[] = [];

  /** A render function of `emit/templates.ts`: its context goes into a handlebars template with `noEscape`. */
  const isTemplateRenderer = (node: ts.Expression): boolean => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.some((d) => path.resolve(d.getSourceFile().fileName) === input.templatesFile) ?? false;
  };
  const isEscapeReference = (node: ts.Expression): boolean => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.some((d) => path.resolve(d.getSourceFile().fileName).startsWith(input.escapeDir + path.sep)) ?? false;
  };
  /** Parameters of callbacks over raw text (`scopes.map((s) => …)`): reading them is a raw read. */
  const rawParameters = new Set<ts.Declaration>();
  const isRawRead = (node: ts.Node): boolean => {
    let symbol: ts.Symbol | undefined;
    if (ts.isPropertyAccessExpression(node)) symbol = checker.getSymbolAtLocation(node.name);
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) symbol = checker.getSymbolAtLocation(node.argumentExpression);
    else if (ts.isIdentifier(node)) symbol = checker.getSymbolAtLocation(node);
    return symbol?.declarations?.some((d) => raw.has(d) || rawParameters.has(d)) ?? false;
  };

  /** Raw reads whose value reaches `expression`. */
  const flowsInto = (expression: ts.Expression, seen = new Set<ts.Node>()): ts.Expression[] => {
    if (seen.has(expression)) return [];
    seen.add(expression);
    const e = expression;
    if (isRawRead(e)) return [e];
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) {
      return flowsInto(e.expression, seen);
    }
    if (ts.isConditionalExpression(e)) return [...flowsInto(e.whenTrue, seen), ...flowsInto(e.whenFalse, seen)];
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
        return [...flowsInto(e.left, seen), ...flowsInto(e.right, seen)];
      }
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.CommaToken) return flowsInto(e.right, seen);
      return [];
    }
    if (ts.isTemplateExpression(e)) return e.templateSpans.flatMap((span) => flowsInto(span.expression, seen));
    if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((el) => flowsInto(ts.isSpreadElement(el) ? el.expression : el, seen));
    if (ts.isObjectLiteralExpression(e)) {
      return e.properties.flatMap((p) =>
        ts.isPropertyAssignment(p) ? flowsInto(p.initializer, seen) : ts.isShorthandPropertyAssignment(p) ? flowsInto(p.name, seen) : ts.isSpreadAssignment(p) ? flowsInto(p.expression, seen) : [],
      );
    }
    if (ts.isCallExpression(e)) {
      if (isEscapeReference(e.expression)) return [];
      const callee = e.expression;
      if (ts.isIdentifier(callee) && callee.text === "String" && e.arguments[0]) return flowsInto(e.arguments[0], seen);
      if (ts.isPropertyAccessExpression(callee) && isTextLike(checker.getTypeAtLocation(callee.expression))) {
        const mapper = e.arguments[0];
        if (callee.name.text === "map" && mapper && isEscapeReference(mapper)) return [];
        if (["map", "flatMap"].includes(callee.name.text) && mapper && ts.isArrowFunction(mapper) && !ts.isBlock(mapper.body)) {
          // `xs.map((x) => …)`: what flows is the callback's result; `x` is raw when the items are.
          const items = flowsInto(callee.expression, seen);
          if (items.length > 0) for (const parameter of mapper.parameters) rawParameters.add(parameter);
          return flowsInto(mapper.body, seen);
        }
        // `raw.trim()`, `raw.join(", ")`, `raw.slice(1)` keep the text raw.
        return flowsInto(callee.expression, seen);
      }
      return [];
    }
    if (ts.isIdentifier(e)) {
      const declaration = checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isIdentifier(declaration.name)) {
        return flowsInto(declaration.initializer, seen);
      }
    }
    return [];
  };
  for (const file of checked) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`lint: cannot read ${file}`);
    const report = (sink: string, expression: ts.Expression): void => {
      for (const read of flowsInto(expression)) {
        const { line, character } = source.getLineAndCharacterOfPosition(read.getStart(source));
        violations.push({ file: path.relative(process.cwd(), file), line: line + 1, column: character + 1, read: read.getText(source), sink, within: enclosingName(read) });
      }
    };
    /** Text built inside the arguments of an escape call is escaped as a whole (`jsDocText(\`Name: ${raw}\`)`). */
    const isEscapedByCaller = (node: ts.Node): boolean => {
      for (let child = node, parent = node.parent; parent && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
        if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression) && isEscapeReference(parent.expression)) return true;
        if (ts.isFunctionLike(parent) && !(ts.isArrowFunction(parent) && !ts.isBlock(parent.body))) return false;
      }
      return false;
    };
    // Callback parameters and loop variables over raw text are raw too (`for (const s of service.tags)`).
    const taint = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ITERATING.has(node.expression.name.text)) {
        const callback = node.arguments[0];
        if (callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) && flowsInto(node.expression.expression).length > 0) {
          callback.parameters.slice(0, 1).forEach((p) => rawParameters.add(p));
        }
      } else if (ts.isForOfStatement(node) && ts.isVariableDeclarationList(node.initializer) && flowsInto(node.expression).length > 0) {
        node.initializer.declarations.forEach((d) => rawParameters.add(d));
      }
      ts.forEachChild(node, taint);
    };
    taint(source);
    const visit = (node: ts.Node): void => {
      if (isErrorMessage(node)) return;
      if (ts.isTemplateExpression(node)) {
        if (!isEscapedByCaller(node)) for (const span of node.templateSpans) report("template", span.expression);
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && isTextLike(checker.getTypeAtLocation(node)) && !isEscapedByCaller(node)) {
        if (!ts.isBinaryExpression(node.parent) || node.parent.operatorToken.kind !== ts.SyntaxKind.PlusToken) report("concatenation", node);
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && isCodeBlockWriter(checker.getTypeAtLocation(node.expression.expression))) {
        for (const argument of node.arguments) report("writer", argument);
      } else if (ts.isCallExpression(node) && isTemplateRenderer(node.expression)) {
        for (const argument of node.arguments) report("handlebars", argument);
      } else if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && isTsMorphStructure(checker.getContextualType(node.parent))) {
        report("structure", node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return dedupe(violations);
}

/** The name of the function or method a node is in (an arrow function takes its variable's name), or "". */
function enclosingName(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && ts.isIdentifier(n.name)) return n.name.text;
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) return n.parent.name.text;
  }
  return "";
}

/** Declarations of IR properties that hold spec text. */
function rawFieldDeclarations(program: ts.Program, checker: ts.TypeChecker, irFile: string): Set<ts.Declaration> {
  const source = program.getSourceFile(irFile);
  if (!source) throw new Error(`lint: cannot read ${irFile}`);
  const raw = new Set<ts.Declaration>();
  const visit = (node: ts.Node, owner: string): void => {
    if (ts.isInterfaceDeclaration(node)) owner = node.name.text;
    if (ts.isPropertySignature(node) && ts.isIdentifier(node.name)) {
      const name = node.name.text;
      const type = checker.getTypeAtLocation(node);
      if (!NAMED_BY_NAMING.has(name) && !(`${owner}.${name}` in SAFE_FIELDS) && holdsText(checker, type)) raw.add(node);
    }
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  visit(source, "");
  return raw;
}

/** `string` (not a literal union), `unknown`, or arrays/records of those. */
function holdsText(checker: ts.TypeChecker, type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) : [type];
  return parts.some((t) => {
    if (t.flags & (ts.TypeFlags.String | ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return true;
    if (checker.isArrayType(t)) return holdsText(checker, checker.getTypeArguments(t as ts.TypeReference)[0]!);
    const index = checker.getIndexInfoOfType(t, ts.IndexKind.String);
    return index !== undefined && holdsText(checker, index.type);
  });
}

function isTextLike(type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((t) => (t.flags & ts.TypeFlags.StringLike) !== 0 || t.getSymbol()?.getName() === "Array");
}

function isCodeBlockWriter(type: ts.Type): boolean {
  return type.getSymbol()?.getName() === "CodeBlockWriter";
}

function isTsMorphStructure(type: ts.Type | undefined): boolean {
  if (!type) return false;
  const parts = type.isUnion() || type.isIntersection() ? type.types : [type];
  return parts.some((t) => (t.aliasSymbol ?? t.getSymbol())?.declarations?.some((d) => /[\\/]ts-morph[\\/]lib[\\/]/.test(d.getSourceFile().fileName)) ?? false);
}

/** Inside `new SomethingError(…)` or `throw …`: text for an internal error, never part of the output. */
function isErrorMessage(node: ts.Node): boolean {
  if (ts.isThrowStatement(node)) return true;
  return ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /Error$/.test(node.expression.text);
}

function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.file}:${v.line}:${v.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
